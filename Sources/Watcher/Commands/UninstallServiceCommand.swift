/// `plansync uninstall-service`: removes the unit `install-service` wrote, unless it was edited.
enum UninstallServiceCommand: Command {
    static let configuration = CommandConfiguration(
        name: "uninstall-service", summary: "Remove the systemd user unit that install-service wrote.",
        usage: "plansync uninstall-service [--force]",
        options: [.init(name: "--force", value: nil, help: "Remove the unit even if it was changed by hand.")])

    static func run(_ arguments: ParsedArguments, notifier: SystemdNotifier?) -> ExitStatus {
        let unit = ServiceUnit.path
        let shown = ControlCharacters.escaped(unit)
        guard let existing = try? FileSystem.readTextIfPresent(unit) else {
            StandardStreams.line("nothing to remove: \(shown) does not exist")
            return .ok
        }
        if !ServiceUnit.isUntouchedInstall(existing) && !arguments.flags.contains("--force") {
            StandardStreams.error(
                "plansync: \(shown) was changed by hand; keeping it. Run 'plansync uninstall-service --force' to remove it anyway"
            )
            return .failure
        }
        let wants = Path.join(ServiceUnit.folder, "default.target.wants/" + ServiceUnit.name)
        StandardStreams.line(
            """
            Stop the service first if it runs:
              systemctl --user disable --now plansync
            """)
        if (try? FileSystem.remove(wants)) != nil {
            StandardStreams.line("removed \(ControlCharacters.escaped(wants))")
        }
        do { try FileSystem.remove(unit) } catch {
            StandardStreams.error("plansync: cannot remove \(shown): \(error)")
            return .failure
        }
        StandardStreams.line("removed \(shown)\nThen:\n  systemctl --user daemon-reload")
        return .ok
    }
}
