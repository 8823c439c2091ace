/// A command line that cannot be run; the message says what to type instead, and the process
/// exits with `ExitStatus.usage`.
struct UsageError: Error, CustomStringConvertible {
    var message: String
    /// The command whose help the hint points to; nil for `plansync --help`.
    var command: String?
    var description: String {
        message + "\n"
            + (command.map { "Run 'plansync \($0) --help' for usage." } ?? "Run 'plansync --help' for usage.")
    }
}
