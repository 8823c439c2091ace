/// The version `plansync --version` prints and plans are stamped with.
let plansyncVersion = "0.1.0"

let configOption = CommandSpec.Option(name: "--config", value: "FILE", help: "Read this config.json instead of the default location.")

let commands: [CommandSpec] = [
    CommandSpec(
        name: "run", summary: "Watch the spec folders and keep every plan.md in sync as specs are saved (the daemon).",
        usage: "plansync run [--config FILE] [PATH ...]",
        details: """
        Watches every spec folder of the roots (or of the project roots given as PATH) with inotify,
        waits for a burst of saves to settle (debounceMs, at most maxDelayMs), regenerates the plan
        section by section, and logs one line per update to stderr. SIGHUP reloads the config;
        SIGTERM and SIGINT write what is pending and exit 0.
        """,
        options: [configOption]),
    CommandSpec(
        name: "generate", summary: "Write or update the plan.md of every spec folder.",
        usage: "plansync generate [--config FILE] [--force] [PATH ...]",
        details: """
        Each PATH is a project root (every specs/*/spec.md under it) or one spec folder; without PATH
        the roots of the config are used. Sections edited by hand are kept. A plan.md that plansync did
        not write is skipped; --force replaces it, keeping the old file as plan.md.orig.
        """,
        options: [configOption, .init(name: "--force", value: nil, help: "Regenerate every section, replacing hand edits and hand-written plans (old file kept as plan.md.orig).")]),
    CommandSpec(
        name: "check", summary: "Exit 1 if any plan.md is out of date (for CI and pre-commit hooks); writes nothing.",
        usage: "plansync check [--config FILE] [PATH ...]",
        details: "Exit status: 0 every managed plan is up to date, 1 some would change (each is listed), 2 on errors.",
        options: [configOption]),
    CommandSpec(
        name: "diff", summary: "Print the unified diff that 'generate' would apply; writes nothing.",
        usage: "plansync diff [--config FILE] [PATH ...]", details: "", options: [configOption]),
    CommandSpec(
        name: "install-service", summary: "Install the systemd user unit that runs 'plansync run'.",
        usage: "plansync install-service [--config FILE] [--force]",
        details: """
        Writes plansync.service into $XDG_CONFIG_HOME/systemd/user/ (default ~/.config/systemd/user/),
        running this binary with this config, and prints the systemctl commands that start it.
        A unit you changed by hand is kept unless --force (then kept as plansync.service.orig).
        """,
        options: [configOption, .init(name: "--force", value: nil, help: "Replace a unit that was changed by hand.")]),
    CommandSpec(
        name: "uninstall-service", summary: "Remove the systemd user unit that install-service wrote.",
        usage: "plansync uninstall-service [--force]", details: "",
        options: [.init(name: "--force", value: nil, help: "Remove the unit even if it was changed by hand.")]),
]

func runCommand(_ arguments: ParsedArguments, notifier: SystemdNotifier?) -> Int32 {
    switch arguments.command {
    case "install-service": return ServiceCommands.install(arguments)
    case "uninstall-service": return ServiceCommands.uninstall(arguments)
    default: break
    }
    let config: Config
    do {
        config = try loadConfig(arguments)
    } catch {
        StandardStreams.error("plansync: config error: \(ControlCharacters.escaped(error.description))")
        return 78
    }
    if arguments.command == "run" { return runDaemon(arguments, config: config, notifier: notifier) }
    var targets: [SpecProject.Target] = []
    var missing = 0
    let paths = arguments.positional.isEmpty ? config.roots : arguments.positional
    if paths.isEmpty {
        StandardStreams.error("plansync: nothing to do: pass a project root or spec folder, or list \"roots\" in config.json (--config FILE, $XDG_CONFIG_HOME/plansync/config.json or ~/.config/plansync/config.json)")
        return 64
    }
    for path in paths {
        do { targets.append(try SpecProject.target(for: path)) } catch {
            StandardStreams.error("error \(ControlCharacters.escaped(error.description))")
            missing += 1
        }
    }
    let mode: PlanCommands.Mode = switch arguments.command {
    case "check": .check
    case "diff": .diff
    default: .generate
    }
    let status = PlanCommands(mode: mode, config: config, force: arguments.flags.contains("--force")).run(targets: targets)
    if missing > 0 { return mode == .generate ? 1 : 2 }
    return status
}

func runDaemon(_ arguments: ParsedArguments, config: Config, notifier: SystemdNotifier?) -> Int32 {
    var roots: [String]? = nil
    if !arguments.positional.isEmpty {
        roots = arguments.positional.map { path in
            switch try? SpecProject.target(for: path) {
            case .project(let project)?: project.root
            case .specFolder(let project, _)?: project.root
            case nil: Path.expanded(path)
            }
        }
    }
    if (roots ?? config.roots).isEmpty {
        StandardStreams.error("plansync: nothing to watch: list \"roots\" in config.json or pass project roots to 'plansync run'")
        return 64
    }
    let logger = Logger(config: config, journal: JournalStream.isStandardError())
    do {
        return try Daemon(config: config, roots: roots, logger: logger, notifier: notifier).run()
    } catch {
        let hint = error == .tooManyOpenFiles
            ? "; too many inotify instances: \(InotifyLimit.instances.advice)"
            : ""
        logger.log(.error, "error", "cannot start watching: \(error)\(hint)")
        return 71
    }
}

func loadConfig(_ arguments: ParsedArguments) throws(Config.Invalid) -> Config {
    let explicit = arguments.values["--config"]
    guard let path = Config.locate(explicit: explicit) else { return Config() }
    if explicit != nil, !FileSystem.isFile(path) {
        throw Config.Invalid(path: path, message: "no such file")
    }
    return try Config.load(from: path)
}

func main() -> Int32 {
    // Read and removed from the environment first thing, so that nothing started later inherits it.
    let notifier = SystemdNotifier.fromEnvironment()
    let arguments = Array(CommandLine.arguments.dropFirst())
    do {
        switch try ArgumentParser.parse(arguments, commands: commands) {
        case .version:
            StandardStreams.line("plansync \(plansyncVersion)")
            return 0
        case .help(nil):
            StandardStreams.line(ArgumentParser.overview(commands, version: plansyncVersion), terminator: "")
            return 0
        case .help(let name?):
            guard let spec = commands.first(where: { $0.name == name }) else {
                throw UsageError(message: "error: unknown command '\(name)'", command: nil)
            }
            StandardStreams.line(ArgumentParser.help(for: spec), terminator: "")
            return 0
        case .run(let parsed):
            // Still single-threaded here: `run` reads its signals from a signalfd, so they must be
            // blocked before any thread exists; every other command can be interrupted.
            if parsed.command == "run" { SignalDescriptor.blockHandledSignals() } else { SignalDescriptor.unblockHandledSignals() }
            return runCommand(parsed, notifier: notifier)
        }
    } catch let error as UsageError {
        StandardStreams.error(error.description)
        return 64
    } catch {
        StandardStreams.error("plansync: \(error)")
        return 64
    }
}

CurrentProcess.exit(main())
