/// One `plansync` command: its help and what it does, side by side, so that a command is one type
/// and one line of `CommandTable.commands` (swift-argument-parser's `ParsableCommand`, by hand).
protocol Command: Sendable {
    /// The name, summary, usage, details and options: what the parser accepts and `--help` shows.
    static var configuration: CommandConfiguration { get }

    /// Does the command's work and says how the process exits. Called with the command line
    /// parsed and, for `run` only, the signals it handles blocked.
    /// - Parameter notifier: systemd's notify socket, which only `run` answers; taken from the
    ///   environment before anything else runs, so that nothing started later inherits it.
    static func run(_ arguments: ParsedArguments, notifier: SystemdNotifier?) -> ExitStatus
}
