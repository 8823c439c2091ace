/// A command line the parser accepted: the command, its options and its paths.
struct ParsedArguments: Equatable {
    var command: String
    /// Options given with a value (`--config FILE` or `--config=FILE`), by name; the last one wins.
    var values: [String: String] = [:]
    /// Flags given (`--force`).
    var flags: Set<String> = []
    /// Everything else, in order, and everything after `--`.
    var positional: [String] = []
}
