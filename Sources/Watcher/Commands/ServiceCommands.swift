/// `install-service` and `uninstall-service`: the unit in `$XDG_CONFIG_HOME/systemd/user/`.
enum ServiceCommands {
    static var unitFolder: String {
        if let xdg = Environment.value("XDG_CONFIG_HOME") { return Path.join(xdg, "systemd/user") }
        return Path.join(Environment.value("HOME") ?? "/", ".config/systemd/user")
    }

    /// The absolute path of the running binary, as the unit's ExecStart.
    static func executablePath() -> String {
        guard let path = FileSystem.linkTarget("/proc/self/exe"), !path.isEmpty else { return Path.absolute(CommandLine.arguments[0]) }
        return path
    }

    static func install(_ arguments: ParsedArguments) -> Int32 {
        guard let config = Config.locate(explicit: arguments.values["--config"]), FileSystem.isFile(config) else {
            StandardStreams.error("plansync: no config to run with: pass --config FILE, or create $XDG_CONFIG_HOME/plansync/config.json (see the README)")
            return 78
        }
        do { _ = try Config.load(from: config) } catch {
            StandardStreams.error("plansync: config error: \(ControlCharacters.escaped(error.description))")
            return 78
        }
        let unit = Path.join(unitFolder, ServiceUnit.name)
        let shown = ControlCharacters.escaped(unit)
        let text: String
        do { text = try ServiceUnit.installed(executable: executablePath(), config: config) } catch {
            StandardStreams.error("plansync: cannot install the unit: \(error)")
            return 1
        }
        let force = arguments.flags.contains("--force")
        if let existing = try? FileSystem.readTextIfPresent(unit) {
            if existing == text {
                StandardStreams.line("unchanged \(shown)")
                printNextSteps()
                return 0
            }
            if !ServiceUnit.isUntouchedInstall(existing) && !force {
                StandardStreams.error("plansync: \(shown) was changed by hand; keeping it. Run 'plansync install-service --force' to replace it (the old unit is kept as \(ServiceUnit.name).orig)")
                return 1
            }
            if !ServiceUnit.isUntouchedInstall(existing) { try? AtomicFile.copy(unit, to: unit + ".orig") }
        }
        do {
            try FileSystem.makeFolders(unitFolder, mode: 0o755)
            try AtomicFile.write(text, to: unit)
        } catch {
            StandardStreams.error("plansync: cannot write \(shown): \(ControlCharacters.escaped("\(error)"))")
            return 1
        }
        StandardStreams.line("wrote \(shown)")
        printNextSteps()
        return 0
    }

    private static func printNextSteps() {
        StandardStreams.line("""

        Next:
          systemctl --user daemon-reload
          systemctl --user enable --now plansync
          journalctl --user -u plansync -f
        To keep it running while you are logged out:
          loginctl enable-linger $USER
        """)
    }

    static func uninstall(_ arguments: ParsedArguments) -> Int32 {
        let unit = Path.join(unitFolder, ServiceUnit.name)
        let shown = ControlCharacters.escaped(unit)
        guard let existing = try? FileSystem.readTextIfPresent(unit) else {
            StandardStreams.line("nothing to remove: \(shown) does not exist")
            return 0
        }
        if !ServiceUnit.isUntouchedInstall(existing) && !arguments.flags.contains("--force") {
            StandardStreams.error("plansync: \(shown) was changed by hand; keeping it. Run 'plansync uninstall-service --force' to remove it anyway")
            return 1
        }
        let wants = Path.join(unitFolder, "default.target.wants/" + ServiceUnit.name)
        StandardStreams.line("""
        Stop the service first if it runs:
          systemctl --user disable --now plansync
        """)
        if (try? FileSystem.remove(wants)) != nil { StandardStreams.line("removed \(ControlCharacters.escaped(wants))") }
        do { try FileSystem.remove(unit) } catch {
            StandardStreams.error("plansync: cannot remove \(shown): \(error)")
            return 1
        }
        StandardStreams.line("removed \(shown)\nThen:\n  systemctl --user daemon-reload")
        return 0
    }
}
