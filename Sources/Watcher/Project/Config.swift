import Generator

/// config.json, checked: every key known, every value of the right type.
struct Config: Equatable, Sendable {
    /// Absolute project roots.
    var roots: [String] = []
    var options = PlanOptions()
    /// Specs larger than this are reported and skipped.
    var maxSpecBytes = 4 * 1024 * 1024
    var debounceMs = 200
    var maxDelayMs = 2000
    var logLevel = "info"
    var logFormat = "text"
    /// inotify, polling, or inotify where it can see (see `WatchMode`).
    var watch = WatchMode.auto
    /// How often a polled root is looked at.
    var pollIntervalMs = 1000
    /// Where the config was read from; nil for the built-in defaults.
    var path: String?

    /// A config.json that cannot be used; the command exits with `ExitStatus.config`.
    struct Invalid: Error, CustomStringConvertible {
        var path: String
        var message: String
        var description: String { "\(path): \(message)" }
    }

    static let keys = [
        "roots", "stack", "estimates", "maxSpecBytes", "debounceMs", "maxDelayMs", "logLevel", "logFormat", "watch",
        "pollIntervalMs",
    ]
    static let stackKeys = ["backend", "frontend", "database", "cache"]

    /// `--config FILE`, else `$XDG_CONFIG_HOME/plansync/config.json`, else `~/.config/plansync/config.json`;
    /// nil when none of them exists and none was named.
    static func locate(explicit: String?) -> String? {
        if let explicit { return Path.expanded(explicit) }
        var candidates: [String] = []
        if let xdg = Environment.value("XDG_CONFIG_HOME") { candidates.append(Path.join(xdg, "plansync/config.json")) }
        if let home = Environment.value("HOME") { candidates.append(Path.join(home, ".config/plansync/config.json")) }
        return candidates.first(where: FileSystem.isFile)
    }

    /// A config is a few hundred bytes; a larger file than this is not one.
    static let maxBytes = 1024 * 1024

    static func load(from path: String) throws(Invalid) -> Config {
        let bytes: [UInt8]
        do { bytes = try FileSystem.read(path, limit: maxBytes) } catch var error as FileSystem.TooLarge {
            error.limitName = "the 1 MiB limit for a config file"
            throw Invalid(path: path, message: error.reason)
        } catch {
            throw Invalid(path: path, message: "cannot be read (\(error))")
        }
        let json: JSONValue
        do { json = try JSONValue.parse(bytes) } catch {
            throw Invalid(path: path, message: "is not valid JSON: \(error)")
        }
        return try parse(json, path: path)
    }

    static func parse(_ json: JSONValue, path: String) throws(Invalid) -> Config {
        func fail(_ message: String) -> Invalid { Invalid(path: path, message: message) }
        guard case .object(let object) = json else {
            throw fail("must be a JSON object ({ \"roots\": [...] }), not \(json.typeName)")
        }
        var config = Config(path: path)
        for key in object.keys.sorted() where !keys.contains(key) {
            throw fail("unknown key \"\(key)\"; known keys: \(keys.joined(separator: ", "))")
        }
        let base = Path.folder(of: path)
        if let value = object["roots"] {
            guard case .array(let items) = value else {
                throw fail("\"roots\" must be an array of paths, not \(value.typeName)")
            }
            config.roots = try items.enumerated().map { index, item throws(Invalid) in
                guard case .string(let root) = item, !root.isEmpty else {
                    throw fail("\"roots[\(index)]\" must be a path string, not \(item.typeName)")
                }
                return Path.expanded(root, base: base)
            }
        }
        if let value = object["stack"] { config.options.stack = try stack(value, fail: fail) }
        if let value = object["estimates"] { config.options.estimates = try estimates(value, fail: fail) }
        config.maxSpecBytes = try integer(
            object, "maxSpecBytes", range: 1...(1 << 30), default: config.maxSpecBytes, fail: fail)
        config.debounceMs = try integer(object, "debounceMs", range: 0...60_000, default: config.debounceMs, fail: fail)
        config.maxDelayMs = try integer(
            object, "maxDelayMs", range: 0...600_000, default: config.maxDelayMs, fail: fail)
        config.logLevel = try choice(
            object, "logLevel", ["debug", "info", "warning", "error"], default: config.logLevel, fail: fail)
        config.logFormat = try choice(object, "logFormat", ["text", "json"], default: config.logFormat, fail: fail)
        let watch = try choice(
            object, "watch", WatchMode.allCases.map(\.rawValue), default: config.watch.rawValue, fail: fail)
        config.watch = WatchMode(rawValue: watch) ?? .auto
        config.pollIntervalMs = try integer(
            object, "pollIntervalMs", range: 100...600_000, default: config.pollIntervalMs, fail: fail)
        if config.maxDelayMs < config.debounceMs {
            throw fail("\"maxDelayMs\" (\(config.maxDelayMs)) must not be below \"debounceMs\" (\(config.debounceMs))")
        }
        return config
    }

    private static func stack(_ value: JSONValue, fail: (String) -> Invalid) throws(Invalid) -> TechStack {
        guard case .object(let fields) = value else {
            throw fail("\"stack\" must be an object such as {\"backend\": \"Go\"}, not \(value.typeName)")
        }
        var stack = TechStack.default
        stack.source = .config
        for (key, field) in fields.sorted(by: { $0.key < $1.key }) {
            guard stackKeys.contains(key) else {
                throw fail("unknown key \"stack.\(key)\"; known keys: \(stackKeys.joined(separator: ", "))")
            }
            guard case .string(let text) = field, !text.isEmpty else {
                throw fail("\"stack.\(key)\" must be a non-empty string, not \(field.typeName)")
            }
            if let control = ControlCharacters.first(in: text) {
                throw fail(
                    "\"stack.\(key)\" must be one line of text, without control characters; it holds \(ControlCharacters.codePoint(control)) (\(ControlCharacters.escape(control)))"
                )
            }
            switch key {
            case "backend": stack.backend = text
            case "frontend": stack.frontend = text
            case "database": stack.database = text
            default: stack.cache = text
            }
        }
        return stack
    }

    private static func estimates(_ value: JSONValue, fail: (String) -> Invalid) throws(Invalid) -> Estimates {
        guard case .object(let fields) = value else {
            throw fail("\"estimates\" must be an object of numbers, not \(value.typeName)")
        }
        var estimates = Estimates()
        for (key, field) in fields.sorted(by: { $0.key < $1.key }) {
            guard let estimate = Estimates.field(named: key) else {
                throw fail("unknown key \"estimates.\(key)\"; known keys: \(Estimates.keys.joined(separator: ", "))")
            }
            guard case .number(let number) = field, number >= 0, number <= 365 else {
                throw fail(
                    "\"estimates.\(key)\" must be a number of days from 0 to 365, not \(field.typeName == "a number" ? "that" : field.typeName)"
                )
            }
            estimates[keyPath: estimate.keyPath] = number
        }
        return estimates
    }

    private static func integer(
        _ object: [String: JSONValue], _ key: String, range: ClosedRange<Int>, default value: Int,
        fail: (String) -> Invalid
    ) throws(Invalid) -> Int {
        guard let field = object[key] else { return value }
        guard case .number(let number) = field, number.rounded() == number, Double(range.lowerBound) <= number,
            number <= Double(range.upperBound)
        else {
            throw fail(
                "\"\(key)\" must be a whole number from \(range.lowerBound) to \(range.upperBound), not \(field.typeName == "a number" ? "that" : field.typeName)"
            )
        }
        return Int(number)
    }

    private static func choice(
        _ object: [String: JSONValue], _ key: String, _ allowed: [String], default value: String,
        fail: (String) -> Invalid
    ) throws(Invalid) -> String {
        guard let field = object[key] else { return value }
        guard case .string(let text) = field, allowed.contains(text) else {
            throw fail("\"\(key)\" must be one of \(allowed.map { "\"\($0)\"" }.joined(separator: ", "))")
        }
        return text
    }
}
