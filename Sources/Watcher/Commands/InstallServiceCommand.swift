import Glibc

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
        options: [.config, .init(name: "--force", value: nil, help: "Replace a unit that was changed by hand.")])

    static func run(_ arguments: ParsedArguments, notifier: SystemdNotifier?) -> ExitStatus {
        guard let config = Config.locate(explicit: arguments.values["--config"]), FileSystem.isFile(config) else {
            Output.error("plansync: no config to run with: pass --config FILE, or create $XDG_CONFIG_HOME/plansync/config.json (see the README)")
            return .config
        }
        do { _ = try Config.load(from: config) } catch {
            ConfigOption.report(error)
            return .config
        }
        let unit = ServiceUnit.path
        let shown = ControlCharacters.escaped(unit)
        let text: String
        do { text = try ServiceUnit.installed(executable: executablePath(), config: config) } catch {
            Output.error("plansync: cannot install the unit: \(error)")
            return .failure
        }
        let force = arguments.flags.contains("--force")
        if let existing = try? FileSystem.readTextIfPresent(unit) {
            if existing == text {
                Output.line("unchanged \(shown)")
                printNextSteps()
                return .ok
            }
            if !ServiceUnit.isUntouchedInstall(existing) && !force {
                Output.error("plansync: \(shown) was changed by hand; keeping it. Run 'plansync install-service --force' to replace it (the old unit is kept as \(ServiceUnit.name).orig)")
                return .failure
            }
            if !ServiceUnit.isUntouchedInstall(existing) { try? AtomicFile.copy(unit, to: unit + ".orig") }
        }
        do {
            try makeFolders(ServiceUnit.folder)
            try AtomicFile.write(text, to: unit)
        } catch {
            Output.error("plansync: cannot write \(shown): \(ControlCharacters.escaped("\(error)"))")
            return .failure
        }
        Output.line("wrote \(shown)")
        printNextSteps()
        return .ok
    }

    /// The absolute path of the running binary, as the unit's ExecStart.
    static func executablePath() -> String {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let count = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        guard count > 0 else { return Path.absolute(CommandLine.arguments[0]) }
        return String(decoding: buffer.prefix(count).map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    private static func printNextSteps() {
        Output.line("""

        Next:
          systemctl --user daemon-reload
          systemctl --user enable --now plansync
          journalctl --user -u plansync -f
        To keep it running while you are logged out:
          loginctl enable-linger $USER
        """)
    }

    private static func makeFolders(_ path: String) throws {
        var current = ""
        for part in path.split(separator: "/") {
            current += "/" + part
            if mkdir(current, 0o755) != 0 && errno != EEXIST { throw FileSystem.Failure(path: current, errno: .current) }
        }
    }
}
