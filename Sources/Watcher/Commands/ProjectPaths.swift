/// The PATH arguments of `generate`, `check`, `diff` and `run`, or what stands for them when there
/// are none: the config's roots, else the current folder when it is a Spec Kit project.
enum ProjectPaths {
    /// The paths to work on; nil when there are none (a usage error, reported by the caller).
    static func resolve(_ arguments: ParsedArguments, config: Config) -> [String]? {
        if !arguments.positional.isEmpty { return arguments.positional }
        if !config.roots.isEmpty { return config.roots }
        return looksLikeProject(Path.currentDirectory()) ? ["."] : nil
    }

    /// A folder with `specs/` or `.specify/` in it: what Spec Kit's `specify init` leaves.
    static func looksLikeProject(_ path: String) -> Bool {
        FileSystem.isDirectory(Path.join(path, "specs")) || FileSystem.isDirectory(Path.join(path, ".specify"))
    }

    /// What a PATH argument names, or the message that says why it names nothing plansync serves.
    static func target(for argument: String) -> Result<SpecProject.Target, PathProblem> {
        let path = Path.expanded(argument)
        guard FileSystem.exists(path) else { return .failure(PathProblem(path: argument, message: "does not exist")) }
        guard FileSystem.isDirectory(path) else {
            return .failure(
                PathProblem(path: argument, message: "is not a folder; pass a project root or specs/NNN-name"))
        }
        if let target = try? SpecProject.target(for: argument) { return .success(target) }
        // A project Spec Kit has initialised but that has no feature yet: nothing to do, no error.
        if FileSystem.isDirectory(Path.join(path, ".specify")) { return .success(.project(SpecProject(root: path))) }
        return .failure(
            PathProblem(
                path: argument,
                message:
                    "not a Spec Kit project (no specs/ or .specify/ folder) nor a spec folder (no spec.md); pass a project root or specs/NNN-name"
            ))
    }

    /// The message when there is nothing to work on.
    static let nothingToDo =
        "plansync: nothing to do: pass a project root or spec folder, run it in a Spec Kit project, or list \"roots\" in config.json (--config FILE, $XDG_CONFIG_HOME/plansync/config.json or ~/.config/plansync/config.json)"
}

/// A PATH argument that names no project or spec folder: `error PATH: MESSAGE`.
struct PathProblem: Error, CustomStringConvertible {
    var path: String
    var message: String
    var description: String { "\(ControlCharacters.escaped(path)): \(message)" }
}
