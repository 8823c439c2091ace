/// The security risk in the form that fits the kind of project, when the spec has users, roles,
/// tokens or secrets: authorization for a web application or API, tokens in config files and logs
/// for a command-line tool or a library, tokens on the device for a mobile app, physical access and
/// the radio or update channel for firmware.
struct SecurityRisk {
    var spec: Spec
    var constitution: Constitution?
    var items: [SpecItemText]
    var shape: ProjectShape
    var locator: PhaseLocator

    func finding() -> RiskPlanner.Finding? {
        switch shape.kind {
        case .embedded: return radio()
        case .mobileApp: return secrets(onDevice: true)
        case .webApplication?, .apiService?:
            return shape.hasRoles ? access() : secrets(onDevice: false)
        default: return shape.hasRoles ? access() : secrets(onDevice: false)
        }
    }

    /// Names the requirements about roles and permissions, and the constitution's security rule.
    private func access() -> RiskPlanner.Finding {
        let matching = items.filter { $0.mentions(Self.roleWords) }
        let ids = matching.compactMap(\.id)
        let phase = matching.first { $0.phase != nil }?.phase ?? locator.firstFeature
        var mitigation = "Check roles on the server for every operation that reads or changes data"
        if let foundation = locator.foundation { mitigation += ", in one place set up in \(foundation.label)" }
        mitigation += ", and cover each role with authorization tests"
        if let testing = locator.testing { mitigation += " in \(testing.label)" }
        if !ids.isEmpty { mitigation += " (\(Prose.list(Array(ids.prefix(6)))))" }
        if let rule = constitution?.securityRules.first {
            mitigation += "; constitution: \(Prose.shortened(rule, to: 160))"
        }
        return RiskPlanner.Finding(
            risk: Plan.Risk(
                title: "Unauthorized access through a missing role or permission check",
                mitigation: Prose.asSentence(mitigation), key: "access"),
            phase: phase?.number, rank: 0)
    }

    private func secrets(onDevice: Bool) -> RiskPlanner.Finding? {
        let matching = items.filter { $0.mentions(Self.secretWords) }
        guard let first = matching.first else { return nil }
        let ids = Array(matching.compactMap(\.id).prefix(5))
        let cited = ids.isEmpty ? "" : " (\(Prose.list(ids)))"
        let phase = first.phase ?? locator.foundation
        let testing = locator.testing.map { "; \($0.label) checks that no output holds one" } ?? ""
        let title: String
        let mitigation: String
        if onDevice {
            title = "Tokens and secrets stored on the device" + cited
            mitigation =
                "Keep them in the platform's keystore (Android Keystore, iOS Keychain), never in preferences, files or logs, and clear them at sign-out\(testing)."
        } else {
            let kind = shape.kind == .commandLineTool ? "config files, shell history" : "config files"
            title = "Tokens and secrets leaking through \(kind) and logs" + cited
            mitigation =
                "Read them from the environment or the OS keychain from \(phase?.label ?? "the start") on, never from a file committed with the project; redact them in logs, errors and verbose output\(testing)."
        }
        return RiskPlanner.Finding(
            risk: Plan.Risk(title: title, mitigation: mitigation, key: "secrets"), phase: phase?.number, rank: 0)
    }

    /// Firmware: whoever holds the device or is in radio range.
    private func radio() -> RiskPlanner.Finding? {
        let matching = items.filter { $0.mentions(Self.radioWords) }
        guard let first = matching.first else { return nil }
        let ids = Array(matching.compactMap(\.id).prefix(5))
        let phase = first.phase ?? locator.foundation
        return RiskPlanner.Finding(
            risk: Plan.Risk(
                title:
                    "Physical access and the radio or update link: anyone in range or holding the device can send commands"
                    + (ids.isEmpty ? "" : " (\(Prose.list(ids)))"),
                mitigation:
                    "Pair sender and receiver with an id or key in \(phase?.label ?? "the first phase") and ignore frames from others; lock the bootloader and fuses for release builds and accept only signed firmware updates.",
                key: "device-access"),
            phase: phase?.number, rank: 0)
    }

    private static let roleWords = Keywords(["auth", "role", "permission", "admin"])
    private static let secretWords = Keywords([
        "token", "api key", "secret", "password", "credential", "private key", "access key", "oauth",
    ])
    private static let radioWords = Keywords([
        "radio", "wireless", "bluetooth", "wifi", "wi-fi", " ota ", "ota update", "over-the-air", "firmware update",
        "pairing",
        "nrf24", "lora", "transmi",
    ])
}
