/// `plansync install-service`: writes the systemd user unit that runs this binary with this config.
enum InstallServiceCommand: Command {
    static let configuration = CommandConfiguration(
        name: "install-service", summary: "Install the systemd user unit that runs 'plansync run'.",
        usage: "plansync install-service [--config FILE] [--force]",
        details: """
            Writes plansync.service into $XDG_CONFIG_HOME/systemd/user/ (default ~/.config/systemd/user/),
            running this binary with this config, and prints the systemctl commands that start it.
            A unit you changed by hand is kept unless --force (then kept as plansync.service.orig).
            """,
        options: [.config, .init(name: "--force", value: nil, help: "Replace a unit that was changed by hand.")],
        operands: .none)

    static func run(_ arguments: ParsedArguments, notifier: SystemdNotifier?) -> ExitStatus {
        guard let config = Config.locate(explicit: arguments.values["--config"]), FileSystem.isFile(config) else {
            StandardStreams.error(
                "plansync: no config to run with: pass --config FILE, or create $XDG_CONFIG_HOME/plansync/config.json (see the README)"
            )
            return .config
        }
        let roots: [String]
        do { roots = try Config.load(from: config).roots } catch {
            ConfigOption.report(error)
            return .config
        }
        let unit = ServiceUnit.path
        let shown = ControlCharacters.escaped(unit)
        let text: String
        do { text = try ServiceUnit.installed(executable: executablePath(), config: config) } catch {
            StandardStreams.error("plansync: cannot install the unit: \(error)")
            return .failure
        }
        guard checkRoots(roots, config: config) else { return .config }
        let force = arguments.flags.contains("--force")
        if let existing = try? FileSystem.readTextIfPresent(unit) {
            if existing == text {
                StandardStreams.line("unchanged \(shown)")
                printNextSteps()
                return .ok
            }
            if !ServiceUnit.isUntouchedInstall(existing) && !force {
                StandardStreams.error(
                    "plansync: \(shown) was changed by hand; keeping it. Run 'plansync install-service --force' to replace it (the old unit is kept as \(ServiceUnit.name).orig)"
                )
                return .failure
            }
            if !ServiceUnit.isUntouchedInstall(existing) { try? AtomicFile.copy(unit, to: unit + ".orig") }
        }
        do {
            try FileSystem.makeFolders(ServiceUnit.folder, mode: 0o755)
            try AtomicFile.write(text, to: unit)
        } catch {
            StandardStreams.error("plansync: cannot write \(shown): \(ControlCharacters.escaped("\(error)"))")
            return .failure
        }
        StandardStreams.line("wrote \(shown)")
        printNextSteps()
        return .ok
    }

    /// Warns of each root the service would not serve as a project, before the unit is written;
    /// false (nothing written) when the config lists none, since the service would only exit.
    private static func checkRoots(_ roots: [String], config: String) -> Bool {
        guard !roots.isEmpty else {
            StandardStreams.error(
                "plansync: \(ControlCharacters.escaped(config)) lists no \"roots\": the service would have nothing to watch; add your Spec Kit projects to it"
            )
            return false
        }
        var missing = 0
        for root in roots {
            let shown = ControlCharacters.escaped(root)
            if !FileSystem.isDirectory(root) {
                missing += 1
                StandardStreams.error("warning: root \(shown) does not exist; the service waits for it to appear")
            } else if !ProjectPaths.looksLikeProject(root) && !FileSystem.isDirectory(Path.join(root, "memory")) {
                StandardStreams.error(
                    "warning: root \(shown) has no specs/ and no .specify/: not a Spec Kit project (yet)")
            }
        }
        if missing == roots.count {
            StandardStreams.error(
                "warning: no root exists: the service will stop at start with status 78 (not restarted) until one does")
        }
        return true
    }

    /// The absolute path of the running binary, as the unit's ExecStart.
    static func executablePath() -> String {
        guard let path = FileSystem.linkTarget("/proc/self/exe"), !path.isEmpty else {
            return Path.absolute(CommandLine.arguments[0])
        }
        return path
    }

    private static func printNextSteps() {
        StandardStreams.line(
            """

            Next:
              systemctl --user daemon-reload
              systemctl --user enable --now plansync
              journalctl --user -u plansync -f
            To keep it running while you are logged out:
              loginctl enable-linger $USER
            """)
    }

}
