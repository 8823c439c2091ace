/// The command line, read by the table of commands and their options (swift-argument-parser's
/// manners, without the package): a command first, `--help` everywhere, `--version`, and a
/// `UsageError` that names the help to read.
enum ArgumentParser {
    /// What the command line asks for.
    enum Request {
        case run(any Command.Type, ParsedArguments)
        /// Nil: the overview of every command.
        case help(CommandConfiguration?)
        case version
    }

    /// The width the exit status paragraphs of the help are wrapped at.
    static let width = 100

    static func parse(_ arguments: [String], commands: [any Command.Type]) throws(UsageError) -> Request {
        let specs = commands.map { $0.configuration }
        guard let first = arguments.first else { return .help(nil) }
        switch first {
        case "-h", "--help", "help":
            guard first == "help", arguments.count > 1 else { return .help(nil) }
            let name = arguments[1]
            guard let spec = specs.first(where: { $0.name == name }) else { throw unknownCommand(name, specs: specs) }
            return .help(spec)
        case "-V", "--version", "version": return .version
        default: break
        }
        guard let index = specs.firstIndex(where: { $0.name == first }) else {
            throw unknownCommand(first, specs: specs)
        }
        let spec = specs[index]
        var parsed = ParsedArguments(command: spec.name)
        var rest = arguments.dropFirst()[...]
        var onlyPositional = false
        while let argument = rest.popFirst() {
            if onlyPositional || !argument.hasPrefix("-") || argument == "-" {
                parsed.positional.append(argument)
                continue
            }
            if argument == "--" {
                onlyPositional = true
                continue
            }
            if argument == "-h" || argument == "--help" { return .help(spec) }
            var name = argument
            var inlineValue: String? = nil
            if let equals = argument.firstIndex(of: "=") {
                name = String(argument[..<equals])
                inlineValue = String(argument[argument.index(after: equals)...])
            }
            guard let option = spec.options.first(where: { $0.name == name || $0.short == name }) else {
                let known = spec.options.flatMap { [$0.name] + ($0.short.map { [$0] } ?? []) } + ["--help"]
                throw UsageError(
                    message:
                        "error: unknown option '\(name)' for 'plansync \(spec.name)'\(Suggestion.phrase(for: name, among: known))",
                    command: spec.name)
            }
            name = option.name
            if let placeholder = option.value {
                guard let value = inlineValue ?? rest.popFirst() else {
                    throw UsageError(
                        message: "error: option '\(name)' needs a value (\(placeholder))", command: spec.name)
                }
                parsed.values[name] = value
            } else {
                if inlineValue != nil {
                    throw UsageError(message: "error: option '\(name)' takes no value", command: spec.name)
                }
                parsed.flags.insert(name)
            }
        }
        return .run(commands[index], parsed)
    }

    /// What `plansync WORD` says when WORD is no command: the command or option it may be a typo of.
    private static func unknownCommand(_ word: String, specs: [CommandConfiguration]) -> UsageError {
        if word.hasPrefix("-") {
            let nearest = Suggestion.phrase(for: word, among: ["--help", "-h", "--version", "-V"])
            return UsageError(
                message: "error: unknown option '\(word)'\(nearest) (a command comes first: plansync generate ...)",
                command: nil)
        }
        let names = specs.map(\.name)
        let nearest = Suggestion.phrase(for: word, among: names + ["help", "version"])
        return UsageError(
            message: "error: unknown command '\(word)'\(nearest)\ncommands: \(names.joined(separator: ", "))",
            command: nil)
    }

    /// `plansync COMMAND --help`.
    static func help(for spec: CommandConfiguration) -> String {
        var text = "\(spec.summary)\n\nUSAGE: \(spec.usage)\n"
        if !spec.details.isEmpty { text += "\n\(spec.details)\n" }
        if !spec.exitStatuses.isEmpty {
            text += "\n\(exitStatusParagraph(spec.exitStatuses.map { ($0.key, $0.value) }))\n"
        }
        text += "\nOPTIONS:\n"
        let rows =
            spec.options.map { ($0.synopsis, $0.help) } + [
                ("-h, --help", "Show help for this command.")
            ]
        let width = rows.map(\.0.count).max() ?? 0
        for (left, right) in rows {
            text += "  " + left + String(repeating: " ", count: width - left.count + 2) + right + "\n"
        }
        return text
    }

    /// `plansync --help`: what plansync does, its commands, and every exit status.
    static func overview(_ commands: [any Command.Type], version: String) -> String {
        var text = """
            plansync \(version): keeps every Spec Kit feature's plan.md in sync with its spec.md and the
            project's constitution, section by section, keeping what people write into the plans.

            USAGE: plansync COMMAND [OPTIONS] [PATH ...]

            COMMANDS:

            """
        // A closure, not `\.configuration`: a key path through a protocol's static property
        // crashes the Swift 6.3.1 compiler.
        let specs = commands.map { $0.configuration }
        let width = specs.map(\.name.count).max() ?? 0
        for spec in specs {
            text += "  " + spec.name + String(repeating: " ", count: width - spec.name.count + 2) + spec.summary + "\n"
        }
        text += """

            OPTIONS:
              -h, --help     Show this help; 'plansync COMMAND --help' for a command.
              -V, --version  Show the version.

            Config: --config FILE, else $XDG_CONFIG_HOME/plansync/config.json, else ~/.config/plansync/config.json.

            """
        return text + exitStatusParagraph(ExitStatus.allCases.map { ($0, $0.meaning) }) + "\n"
    }

    /// "Exit status: 0 …, 1 …, 2 …." in lines of at most `width` columns, broken between statuses.
    static func exitStatusParagraph(_ statuses: [(ExitStatus, String)]) -> String {
        var lines = ["Exit status:"]
        for (index, (status, meaning)) in statuses.enumerated() {
            let item = "\(status.rawValue) \(meaning)" + (index == statuses.count - 1 ? "." : ",")
            if lines[lines.count - 1].count + 1 + item.count > width {
                lines.append(item)
            } else {
                lines[lines.count - 1] += " " + item
            }
        }
        return lines.joined(separator: "\n")
    }
}
