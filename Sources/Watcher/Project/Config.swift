import Generator

/// config.json, checked: every key known, every value of the right type.
struct Config: Equatable, Sendable {
    /// Absolute project roots.
    var roots: [String] = []
    /// `stack`: the user's word on every project's stack (a project's `.plansync.json` beats it).
    var stack: TechStack?
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
        "roots", "stack", "estimates", "language", "maxSpecBytes", "debounceMs", "maxDelayMs", "logLevel", "logFormat",
        "watch",
        "pollIntervalMs",
    ]

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
        let json: (value: JSONValue, keys: JSONKeyPositions)
        do { json = try JSONValue.parseLocatingKeys(bytes) } catch {
            throw Invalid(path: path, message: "is not valid JSON: \(error)")
        }
        return try parse(json.value, path: path, keys: json.keys)
    }

    /// - Parameter keys: where the keys stand in the file, so that a message names the line and column.
    static func parse(_ json: JSONValue, path: String, keys: JSONKeyPositions = .none) throws(Invalid) -> Config {
        func fail(_ key: String?, _ message: String) -> Invalid {
            Invalid(path: path, message: keys.prefix(for: key) + message)
        }
        guard case .object(let object) = json else {
            throw fail(nil, "must be a JSON object ({ \"roots\": [...] }), not \(json.typeName)")
        }
        var config = Config(path: path)
        for key in object.keys.sorted() where !self.keys.contains(key) {
            throw fail(key, "unknown key \"\(key)\"; known keys: \(self.keys.joined(separator: ", "))")
        }
        let base = Path.folder(of: path)
        if let value = object["roots"] {
            guard case .array(let items) = value else {
                throw fail("roots", "\"roots\" must be an array of paths, not \(value.typeName)")
            }
            config.roots = try items.enumerated().map { index, item throws(Invalid) in
                guard case .string(let root) = item, !root.isEmpty else {
                    throw fail("roots", "\"roots[\(index)]\" must be a path string, not \(item.typeName)")
                }
                return Path.expanded(root, base: base)
            }
        }
        do {
            if let value = object["stack"] { config.stack = try PlanSettings.stack(value) }
            if let value = object["estimates"] {
                config.options.estimates = try PlanSettings.estimates(value).applied(to: Estimates())
            }
            if let value = object["language"] { config.options.language = try PlanSettings.language(value).language }
        } catch {
            throw fail(error.key, error.message)
        }
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
            throw fail(
                "maxDelayMs",
                "\"maxDelayMs\" (\(config.maxDelayMs)) must not be below \"debounceMs\" (\(config.debounceMs))")
        }
        return config
    }

    private static func integer(
        _ object: [String: JSONValue], _ key: String, range: ClosedRange<Int>, default value: Int,
        fail: (String?, String) -> Invalid
    ) throws(Invalid) -> Int {
        guard let field = object[key] else { return value }
        guard case .number(let number) = field, number.rounded() == number, Double(range.lowerBound) <= number,
            number <= Double(range.upperBound)
        else {
            throw fail(
                key,
                "\"\(key)\" must be a whole number from \(range.lowerBound) to \(range.upperBound), not \(field.typeName == "a number" ? "that" : field.typeName)"
            )
        }
        return Int(number)
    }

    private static func choice(
        _ object: [String: JSONValue], _ key: String, _ allowed: [String], default value: String,
        fail: (String?, String) -> Invalid
    ) throws(Invalid) -> String {
        guard let field = object[key] else { return value }
        guard case .string(let text) = field, allowed.contains(text) else {
            throw fail(key, "\"\(key)\" must be one of \(allowed.map { "\"\($0)\"" }.joined(separator: ", "))")
        }
        return text
    }
}
