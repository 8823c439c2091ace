/// `plansync run`: the daemon, in the foreground, until SIGTERM or SIGINT.
enum RunCommand: Command {
    static let configuration = CommandConfiguration(
        name: "run", summary: "Watch the spec folders and keep every plan.md in sync as specs are saved (the daemon).",
        usage: "plansync run [--config FILE] [PATH ...]",
        details: """
            Watches every spec folder of the roots (or of the project roots given as PATH) with inotify,
            waits for a burst of saves to settle (debounceMs, at most maxDelayMs), regenerates the plan
            section by section, and logs one line per update to stderr. SIGHUP reloads the config;
            SIGTERM and SIGINT write what is pending and exit 0.
            """,
        options: [.config])

    static func run(_ arguments: ParsedArguments, notifier: SystemdNotifier?) -> ExitStatus {
        guard let config = ConfigOption.loadReportingErrors(arguments) else { return .config }
        let roots = arguments.positional.isEmpty ? nil : arguments.positional.map(projectRoot)
        if (roots ?? config.roots).isEmpty {
            StandardStreams.error(
                "plansync: nothing to watch: list \"roots\" in config.json or pass project roots to 'plansync run'")
            return .usage
        }
        let logger = Logger(config: config, journal: JournalStream.isStandardError())
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
