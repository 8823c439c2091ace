/// `plansync uninstall-service`: stops and disables the service when it runs from the unit
/// `install-service` wrote, then removes that unit, unless it was edited.
enum UninstallServiceCommand: Command {
    static let configuration = CommandConfiguration(
        name: "uninstall-service",
        summary: "Stop, disable and remove the systemd user unit that install-service wrote.",
        usage: "plansync uninstall-service [--force]",
        details: """
            A service running from that unit is stopped and disabled first ('systemctl --user disable --now
            plansync'); if that fails, the unit is kept and the command to run is printed.
            """,
        options: [.init(name: "--force", value: nil, help: "Remove the unit even if it was changed by hand.")],
        operands: .none)

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
        let manager = SystemctlUser.state(of: ServiceUnit.name)
        if let manager, isLoaded(from: unit, manager), manager.isRunning || manager.isEnabled {
            if let failure = SystemctlUser.run(["disable", "--now", ServiceUnit.name]) {
                StandardStreams.error(
                    "plansync: the service runs from \(shown) and could not be stopped (\(ControlCharacters.escaped(failure))); keeping the unit. Stop it with 'systemctl --user disable --now plansync', then run 'plansync uninstall-service' again"
                )
                return .failure
            }
            StandardStreams.line("stopped and disabled \(ServiceUnit.name)")
        }
        let wants = Path.join(ServiceUnit.folder, "default.target.wants/" + ServiceUnit.name)
        if (try? FileSystem.remove(wants)) != nil {
            StandardStreams.line("removed \(ControlCharacters.escaped(wants))")
        }
        do { try FileSystem.remove(unit) } catch {
            StandardStreams.error("plansync: cannot remove \(shown): \(error)")
            return .failure
        }
        StandardStreams.line("removed \(shown)")
        if manager == nil || SystemctlUser.run(["daemon-reload"]) != nil {
            StandardStreams.line(
                "No user manager answered; if one runs plansync elsewhere:\n  systemctl --user disable --now plansync\n  systemctl --user daemon-reload"
            )
        }
        return .ok
    }

    /// True when the manager's plansync.service is this very file, not one of the same name
    /// elsewhere (another XDG_CONFIG_HOME, a package's unit), which is not this command's to stop.
    private static func isLoaded(from unit: String, _ state: SystemctlUser.UnitState) -> Bool {
        guard !state.fragmentPath.isEmpty else { return false }
        let real = { (path: String) in (try? FileSystem.realPath(path).get()) ?? path }
        return real(state.fragmentPath) == real(unit)
    }
}
