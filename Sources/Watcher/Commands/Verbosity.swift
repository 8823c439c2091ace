/// How much `generate`, `check` and `diff` say: `--quiet` only the problems (errors, plans out of
/// date, plans skipped as cut short), `--verbose` also what they read (the config, each project
/// and its spec folders) on stderr, so that `diff`'s stdout stays a patch, and under each plan
/// `generate` wrote, its phases with their days.
enum Verbosity: Comparable {
    case quiet, normal, verbose

    /// The level the command line asks for; nil when it asks for both.
    init?(_ arguments: ParsedArguments) {
        switch (arguments.flags.contains("--quiet"), arguments.flags.contains("--verbose")) {
        case (true, true): return nil
        case (true, false): self = .quiet
        case (false, true): self = .verbose
        case (false, false): self = .normal
        }
    }
}

extension CommandConfiguration.Option {
    static let quiet = Self(
        name: "--quiet", value: nil, help: "Print only problems: errors, plans out of date or cut short.", short: "-q")
    static let verbose = Self(
        name: "--verbose", value: nil,
        help: "Also say which config, projects and spec folders were read (on stderr), and each written plan's phases.",
        short: "-v")
    static let staged = Self(
        name: "--staged", value: nil,
        help: "Compare the plans in the git index with what the staged specs give (for pre-commit hooks).")
}
