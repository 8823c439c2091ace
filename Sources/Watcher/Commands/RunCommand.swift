/// `plansync run`: the daemon, in the foreground, until SIGTERM or SIGINT.
enum RunCommand: Command {
    static let configuration = CommandConfiguration(
        name: "run", summary: "Watch the spec folders and keep every plan.md in sync as specs are saved (the daemon).",
        usage: "plansync run [--config FILE] [PATH ...]",
        details: """
            Watches every spec folder of the roots (or of the project roots given as PATH, or of the
            current folder when it is a Spec Kit project and the config lists none) with inotify,
            waits for a burst of saves to settle (debounceMs, at most maxDelayMs), regenerates the plan
            section by section, and logs one line per update to stderr. SIGHUP reloads the config;
            SIGTERM and SIGINT write what is pending and exit 0.
            """,
        options: [.config])

    static func run(_ arguments: ParsedArguments, notifier: SystemdNotifier?) -> ExitStatus {
        guard let config = ConfigOption.loadReportingErrors(arguments) else { return .config }
        let roots = chosenRoots(arguments, config: config)
        if (roots ?? config.roots).isEmpty {
            StandardStreams.error(
                "plansync: nothing to watch: list \"roots\" in config.json, pass project roots to 'plansync run', or run it in a Spec Kit project"
            )
            return .usage
        }
        let logger = Logger(config: config, journal: JournalStream.isStandardError())
        for root in roots ?? config.roots where FileSystem.isDirectory(root) && !looksLikeProject(root) {
            logger.log(
                .warning, "root.unknown",
                "\(ControlCharacters.escaped(root)) has no specs/ and no .specify/: not a Spec Kit project (yet); watching it for specs/ to appear",
                [("root", .string(root))])
        }
        do {
            return try Daemon(config: config, roots: roots, logger: logger, notifier: notifier).run()
        } catch {
            let hint =
                error == .tooManyOpenFiles
                ? "; too many inotify instances: \(InotifyLimit.instances.advice)"
                : ""
            logger.log(.error, "error", "cannot start watching: \(error)\(hint)")
            return .cannotWatch
        }
    }

    /// The roots the command line names, else the current folder when it is a Spec Kit project
    /// and the config lists none; nil: the config's roots.
    private static func chosenRoots(_ arguments: ParsedArguments, config: Config) -> [String]? {
        if !arguments.positional.isEmpty { return arguments.positional.map(projectRoot) }
        let here = Path.currentDirectory()
        return config.roots.isEmpty && ProjectPaths.looksLikeProject(here) ? [here] : nil
    }

    /// A Spec Kit project of either layout: `specs/`, `.specify/`, or `memory/` from before 0.0.22.
    private static func looksLikeProject(_ root: String) -> Bool {
        ProjectPaths.looksLikeProject(root) || FileSystem.isDirectory(Path.join(root, "memory"))
    }

    /// The project root a PATH argument names: the project of a spec folder, or the path itself
    /// made absolute when it is no project yet (the daemon waits for it to appear).
    private static func projectRoot(_ path: String) -> String {
        switch try? SpecProject.target(for: path) {
        case .project(let project)?: project.root
        case .specFolder(let project, _)?: project.root
        case nil: Path.expanded(path)
        }
    }
}
