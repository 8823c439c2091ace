/// The user's systemd manager, through `systemctl --user`: what `uninstall-service` asks before
/// it removes a unit, so that it never pulls the file from under a running service.
enum SystemctlUser {
    /// What the manager says of plansync.service.
    struct UnitState: Equatable {
        /// The file the manager loaded the unit from; empty when it knows none.
        var fragmentPath: String
        /// `active`, `activating`, `reloading`, `deactivating`, `inactive`, `failed`.
        var activeState: String
        /// `enabled`, `disabled`, … as `systemctl is-enabled` says.
        var unitFileState: String

        /// Running, or on its way up or down: stopping it is needed before its file goes.
        var isRunning: Bool { ["active", "activating", "reloading", "deactivating"].contains(activeState) }
        var isEnabled: Bool { unitFileState.hasPrefix("enabled") || unitFileState == "linked" }
    }

    /// The unit's state; nil when no user manager can be reached (systemctl missing, no session
    /// bus or private socket: then no service of this user runs under one).
    static func state(of unit: String) -> UnitState? {
        guard
            let result = try? ChildProcess.run(
                ["systemctl", "--user", "show", "-p", "FragmentPath,ActiveState,UnitFileState", unit]),
            result.status == 0
        else { return nil }
        var fields: [String: String] = [:]
        for line in result.output.split(separator: "\n") {
            guard let equals = line.firstIndex(of: "=") else { continue }
            fields[String(line[..<equals])] = String(line[line.index(after: equals)...])
        }
        guard let active = fields["ActiveState"] else { return nil }
        return UnitState(
            fragmentPath: fields["FragmentPath"] ?? "", activeState: active,
            unitFileState: fields["UnitFileState"] ?? "")
    }

    /// Runs `systemctl --user ARGUMENTS`; nil on success, else what went wrong, in one line.
    static func run(_ arguments: [String]) -> String? {
        do {
            let result = try ChildProcess.run(["systemctl", "--user"] + arguments)
            return result.status == 0
                ? nil : result.errorText.isEmpty ? "exit status \(result.status)" : result.errorText
        } catch {
            return error.description
        }
    }
}
