/// Risks from the third-party services the feature talks to: outage, rate limits, credentials
/// and cost, one risk per service (or one line for them all when there are many), tied to the
/// phase that first calls it.
struct ServiceRisks {
    var services: [Technology]
    var items: [SpecItemText]
    var locator: PhaseLocator

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

    private func title(_ service: Technology) -> String {
        switch service.role {
        case .ciCd: "\(service.name): outages, quotas and the secrets it holds"
        case .hosting: "\(service.name): quotas, credentials and cost"
        default: "\(service.name): outage, rate limits, credentials and cost"
        }
    }

    private func mitigation(_ service: Technology, phase: PhaseLocator.Located?) -> String {
        let foundation = locator.foundation.map { " in \($0.label)" } ?? ""
        let user = phase?.label ?? "the feature"
        switch service.role {
        case .ciCd:
            return
                "Keep the secrets it uses in a secret store, scoped to what needs them; pin versions, and retry a run that fails on \(service.name)'s side rather than taking it for a code failure, before \(user) depends on it."
        case .hosting:
            return
                "Give \(service.name)'s token the least scope and keep it in the CI's secret store\(foundation); tag what is created and tear it down when it is no longer needed, and watch quotas and the bill before \(user) creates resources in bulk."
        default:
            return
                "Put \(service.name) behind an adapter with timeouts, retries with backoff and a fake for tests\(foundation); keep its credentials in the environment or a secret store, check its rate limits and pricing before \(user) calls it, and decide what the feature does while it is down."
        }
    }

    private func grouped() -> RiskPlanner.Finding {
        let names = services.map(\.name)
        let foundation = locator.foundation.map { " in \($0.label)" } ?? ""
        let called = services.contains { $0.role == .service && $0.category != .sourceHosting }
        let mitigation =
            called
            ? "Put each service behind an adapter with timeouts, retries and a fake for tests\(foundation); keep every credential in the environment or a secret store, check each one's rate limits and pricing, and decide what the feature does while one is down."
            : "Give each token the least scope and keep it in the CI's secret store\(foundation); pin versions, watch each provider's rate limits, quotas and bill, and retry a run that fails on the provider's side rather than taking it for a code failure."
        return RiskPlanner.Finding(
            risk: Plan.Risk(
                title: "External services (\(Prose.list(names))): outage, rate limits, credentials and cost",
                mitigation: mitigation, key: "services"),
            phase: locator.foundation?.number, rank: 3)
    }
}
