import Glibc

/// One line per event worth knowing, to stderr, each with a single write(2) so that nothing is
/// buffered and lines from a crash are not lost.
///
/// Text lines are for people (`journalctl -f`); JSON lines carry the same fields under stable
/// names for scripts: `event`, `plan`, `trigger`, `added`, `removed`, `sections`, `kept`, `ms`.
struct Logger {
    enum Level: Int, Comparable {
        case debug, info, warning, error

        init?(name: String) {
            switch name {
            case "debug": self = .debug
            case "info": self = .info
            case "warning": self = .warning
            case "error": self = .error
            default: return nil
            }
        }

        var name: String { ["debug", "info", "warning", "error"][rawValue] }

        static func < (a: Level, b: Level) -> Bool { a.rawValue < b.rawValue }
    }

    enum Value {
        case string(String)
        case int(Int)
        case strings([String])
        /// JSON's `null`: a field every line of the event has, whose value is not known this time.
        case null
    }

    var level: Level = .info
    var json = false
    /// Under journald, lines carry an sd-daemon priority prefix instead of a timestamp.
    var journal = false
    var fd: Int32 = STDERR_FILENO

    init(config: Config, journal: Bool = false) {
        level = Level(name: config.logLevel) ?? .info
        json = config.logFormat == "json"
        self.journal = journal
    }

    /// The `errno` field of an `error` line: the system error's number (28 for ENOSPC), so that
    /// a script can tell a full disk from a read-only folder.
    static func systemErrorField(_ error: Errno) -> (String, Value) { ("errno", .int(Int(error.rawValue))) }

    /// The same field holding the error's C name, as the line for the watch limit has it.
    static func systemErrorField(named name: String) -> (String, Value) { ("errno", .string(name)) }

    /// Logs `event` with its fields; `message` is the text form's words after the event name.
    func log(_ level: Level, _ event: String, _ message: String, _ fields: [(String, Value)] = []) {
        guard level >= self.level else { return }
        let line = json ? jsonLine(level, event, message, fields) : textLine(level, event, message)
        StandardStreams.write(line + "\n", to: fd)
    }

    /// One line whatever the message holds: its control characters (a folder named with
    /// `\n<3>`, an escape sequence) are escaped, so that no name can forge a line or a priority.
    private func textLine(_ level: Level, _ event: String, _ message: String) -> String {
        let prefix = journal ? "<\([7, 6, 4, 3][level.rawValue])>" : Timestamp.iso8601() + " "
        return prefix + level.name + " " + event + (message.isEmpty ? "" : " " + ControlCharacters.escaped(message))
    }

    private func jsonLine(_ level: Level, _ event: String, _ message: String, _ fields: [(String, Value)]) -> String {
        var parts = [
            "\"ts\":\(quoted(Timestamp.iso8601()))", "\"level\":\(quoted(level.name))", "\"event\":\(quoted(event))",
        ]
        for (key, value) in fields {
            switch value {
            case .string(let text): parts.append("\(quoted(key)):\(quoted(text))")
            case .int(let number): parts.append("\(quoted(key)):\(number)")
            case .strings(let items): parts.append("\(quoted(key)):[\(items.map(quoted).joined(separator: ","))]")
            case .null: parts.append("\(quoted(key)):null")
            }
        }
        if !message.isEmpty { parts.append("\"message\":\(quoted(message))") }
        return "{" + parts.joined(separator: ",") + "}"
    }

    private func quoted(_ text: String) -> String { JSONText.quoted(text) }
}
