/// The command line, parsed by a table of commands and their options (swift-argument-parser's
/// manners, without the package): `--help` everywhere, usage errors exit 64.
struct CommandSpec {
    struct Option {
        var name: String
        /// Nil for a flag; the placeholder (`FILE`) for an option that takes a value.
        var value: String?
        var help: String
    }

    var name: String
    var summary: String
    var usage: String
    var details: String
    var options: [Option]
}

struct ParsedArguments: Equatable {
    var command: String
    var values: [String: String] = [:]
    var flags: Set<String> = []
    var positional: [String] = []
}

/// A command line that cannot be run; the message says what to type instead. Exit status 64.
struct UsageError: Error, CustomStringConvertible {
    var message: String
    var command: String?
    var description: String {
        message + "\n" + (command.map { "Run 'plansync \($0) --help' for usage." } ?? "Run 'plansync --help' for usage.")
    }
}

enum ArgumentParser {
    enum Request: Equatable {
        case run(ParsedArguments)
        case help(String?)
        case version
    }

    static func parse(_ arguments: [String], commands: [CommandSpec]) throws(UsageError) -> Request {
        guard let first = arguments.first else { return .help(nil) }
        switch first {
        case "-h", "--help", "help":
            if first == "help", arguments.count > 1 { return .help(arguments[1]) }
            return .help(nil)
        case "-V", "--version", "version": return .version
        default: break
        }
        guard let spec = commands.first(where: { $0.name == first }) else {
            if first.hasPrefix("-") { throw UsageError(message: "error: unknown option '\(first)' (a command comes first: plansync generate ...)", command: nil) }
            throw UsageError(message: "error: unknown command '\(first)'; commands: \(commands.map(\.name).joined(separator: ", "))", command: nil)
        }
        var parsed = ParsedArguments(command: spec.name)
        var rest = arguments.dropFirst()[...]
        var onlyPositional = false
        while let argument = rest.popFirst() {
            if onlyPositional || !argument.hasPrefix("-") || argument == "-" {
                parsed.positional.append(argument)
                continue
            }
            if argument == "--" { onlyPositional = true; continue }
            if argument == "-h" || argument == "--help" { return .help(spec.name) }
            var name = argument
            var inlineValue: String? = nil
            if let equals = argument.firstIndex(of: "=") {
                name = String(argument[..<equals])
                inlineValue = String(argument[argument.index(after: equals)...])
            }
            guard let option = spec.options.first(where: { $0.name == name }) else {
                throw UsageError(message: "error: unknown option '\(name)' for 'plansync \(spec.name)'", command: spec.name)
            }
            if let placeholder = option.value {
                guard let value = inlineValue ?? rest.popFirst() else {
                    throw UsageError(message: "error: option '\(name)' needs a value (\(placeholder))", command: spec.name)
                }
                parsed.values[name] = value
            } else {
                if inlineValue != nil { throw UsageError(message: "error: option '\(name)' takes no value", command: spec.name) }
                parsed.flags.insert(name)
            }
        }
        return .run(parsed)
    }

    static func help(for spec: CommandSpec) -> String {
        var text = "\(spec.summary)\n\nUSAGE: \(spec.usage)\n"
        if !spec.details.isEmpty { text += "\n\(spec.details)\n" }
        text += "\nOPTIONS:\n"
        let rows = spec.options.map { ($0.name + ($0.value.map { " \($0)" } ?? ""), $0.help) } + [("-h, --help", "Show help for this command.")]
        let width = rows.map(\.0.count).max() ?? 0
        for (left, right) in rows {
            text += "  " + left + String(repeating: " ", count: width - left.count + 2) + right + "\n"
        }
        return text
    }

    static func overview(_ commands: [CommandSpec], version: String) -> String {
        var text = """
        plansync \(version): keeps every Spec Kit feature's plan.md in sync with its spec.md and the
        project's constitution, section by section, keeping what people write into the plans.

        USAGE: plansync COMMAND [OPTIONS] [PATH ...]

        COMMANDS:

        """
        let width = commands.map(\.name.count).max() ?? 0
        for command in commands {
            text += "  " + command.name + String(repeating: " ", count: width - command.name.count + 2) + command.summary + "\n"
        }
        text += """

        OPTIONS:
          -h, --help     Show this help; 'plansync COMMAND --help' for a command.
          -V, --version  Show the version.

        Config: --config FILE, else $XDG_CONFIG_HOME/plansync/config.json, else ~/.config/plansync/config.json.
        Exit status: 0 success, 1 a plan was skipped for an error (check: a plan is out of date),
        2 check/diff could not read something, 64 usage error, 71 run could not start watching,
        78 invalid config (or, for run, no root exists).

        """
        return text
    }
}
