/// Risks from the third-party services the feature talks to: outage, rate limits, credentials
/// and cost, one risk per service (or one line for them all when there are many), tied to the
/// phase that first calls it.
struct ServiceRisks {
    var services: [Technology]
    var items: [SpecItemText]
    var locator: PhaseLocator
    var phrases: ReviewPhrases

    /// More services than this make one grouped risk.
    static let limit = 2

    func findings() -> [RiskPlanner.Finding] {
        guard services.count <= Self.limit else { return [grouped()] }
        return services.map { service in
            let phase = phase(using: service)
            return RiskPlanner.Finding(
                risk: Plan.Risk(
                    title: title(service), mitigation: mitigation(service, phase: phase),
                    key: "service-" + PlanBlockID.key(from: service.name)),
                phase: phase?.number, rank: 3)
        }
    }

    /// The phase of the first item that names the service, else the first feature phase.
    private func phase(using service: Technology) -> PhaseLocator.Located? {
        let name = ByteString(lowercasing: service.name)
        return items.first { $0.folded.contains(name) && $0.phase != nil }?.phase ?? locator.firstFeature
    }

    private func role(_ service: Technology) -> ServiceRiskRole {
        switch service.role {
        case .ciCd: .ciCd
        case .hosting: .hosting
        default: .service
        }
    }

    private func title(_ service: Technology) -> String {
        phrases.risk(.service(service.name, role(service)))
    }

    private func mitigation(_ service: Technology, phase: PhaseLocator.Located?) -> String {
        phrases.risk(.serviceCare(service.name, role(service), foundation: locator.foundation, user: phase))
    }

    private func grouped() -> RiskPlanner.Finding {
        let called = services.contains { $0.role == .service && $0.category != .sourceHosting }
        return RiskPlanner.Finding(
            risk: Plan.Risk(
                title: phrases.risk(.services(services.map(\.name))),
                mitigation: phrases.risk(.servicesCare(called: called, foundation: locator.foundation)),
                key: "services"),
            phase: locator.foundation?.number, rank: 3)
    }
}
