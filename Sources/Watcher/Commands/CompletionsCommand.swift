/// `plansync completions SHELL`: the completion script of bash, zsh or fish, from the table of
/// commands; `make install` writes each where its shell looks.
enum CompletionsCommand: Command {
    static let configuration = CommandConfiguration(
        name: "completions", summary: "Print the shell completion script for bash, zsh or fish.",
        usage: "plansync completions bash|zsh|fish",
        details: """
            'make install' puts each script where its shell finds it. By hand: bash
            ~/.local/share/bash-completion/completions/plansync, zsh a file _plansync in a folder of
            $fpath, fish ~/.config/fish/completions/plansync.fish.
            """,
        options: [], operands: .words(ShellCompletion.allCases.map(\.rawValue)))

    static func run(_ arguments: ParsedArguments, notifier: SystemdNotifier?) -> ExitStatus {
        let names = ShellCompletion.allCases.map(\.rawValue)
        guard arguments.positional.count == 1, let shell = ShellCompletion(rawValue: arguments.positional[0]) else {
            let given = arguments.positional.first.map { "unknown shell '\($0)'" } ?? "which shell?"
            let nearest = arguments.positional.first.map { Suggestion.phrase(for: $0, among: names) } ?? ""
            StandardStreams.error(
                "error: \(given)\(nearest); pass one of \(names.joined(separator: ", "))\n"
                    + "Run 'plansync completions --help' for usage.")
            return .usage
        }
        StandardStreams.raw(shell.script(for: CommandTable.commands.map { $0.configuration }))
        return .ok
    }
}
