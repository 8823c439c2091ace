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
    var phrases: ReviewPhrases

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
        let mitigation = RiskText.checkRoles(
            foundation: locator.foundation, testing: locator.testing, ids: Array(ids.prefix(6)),
            rule: constitution?.securityRules.first.map { Prose.shortened($0, to: 160) })
        return RiskPlanner.Finding(
            risk: Plan.Risk(
                title: phrases.risk(.unauthorizedAccess), mitigation: phrases.risk(mitigation), key: "access"),
            phase: phase?.number, rank: 0)
    }

    private func secrets(onDevice: Bool) -> RiskPlanner.Finding? {
        let matching = items.filter { $0.mentions(Self.secretWords) }
        guard let first = matching.first else { return nil }
        let ids = Array(matching.compactMap(\.id).prefix(5))
        let phase = first.phase ?? locator.foundation
        let title: RiskText
        let mitigation: RiskText
        if onDevice {
            title = .deviceSecrets(ids: ids)
            mitigation = .keystore(testing: locator.testing)
        } else {
            title = .leakingSecrets(commandLine: shape.kind == .commandLineTool, ids: ids)
            mitigation = .secretsFromEnvironment(phase: phase, testing: locator.testing)
        }
        return RiskPlanner.Finding(
            risk: Plan.Risk(title: phrases.risk(title), mitigation: phrases.risk(mitigation), key: "secrets"),
            phase: phase?.number, rank: 0)
    }

    /// Firmware: whoever holds the device or is in radio range.
    private func radio() -> RiskPlanner.Finding? {
        let matching = items.filter { $0.mentions(Self.radioWords) }
        guard let first = matching.first else { return nil }
        let ids = Array(matching.compactMap(\.id).prefix(5))
        let phase = first.phase ?? locator.foundation
        return RiskPlanner.Finding(
            risk: Plan.Risk(
                title: phrases.risk(.radio(ids: ids)), mitigation: phrases.risk(.pairing(phase: phase)),
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
