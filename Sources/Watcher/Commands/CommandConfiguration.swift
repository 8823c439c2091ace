/// What a command shows in `--help` and accepts on its command line: the parser and the help
/// text both read this one value, so that they cannot disagree.
struct CommandConfiguration: Sendable {
    /// One option: `--force` (a flag) or `--config FILE` (it takes a value).
    struct Option: Sendable {
        var name: String
        /// Nil for a flag; the placeholder (`FILE`) for an option that takes a value.
        var value: String?
        /// One line for `--help`.
        var help: String
        /// The one-letter spelling (`-q`), which means the same as `name`.
        var short: String? = nil

        /// What `--help` shows in the left column: `-q, --quiet` or `--config FILE`.
        var synopsis: String { (short.map { "\($0), " } ?? "") + name + (value.map { " \($0)" } ?? "") }
    }

    var name: String
    /// One line, for the command list of `plansync --help` and the top of the command's help.
    var summary: String
    var usage: String
    /// A paragraph under the usage; may be empty.
    var details: String = ""
    var options: [Option]
    /// What each exit status means for this command, when it differs from the common meaning;
    /// shown in the command's help as "Exit status: 0 …, 1 …".
    var exitStatuses: KeyValuePairs<ExitStatus, String> = [:]
    /// What the words after the options are, for shell completion.
    var operands: Operands = .folders

    /// The kind of the words that are not options.
    enum Operands: Sendable {
        /// Project roots or spec folders.
        case folders
        case none
        /// One of these words.
        case words([String])
    }
}
