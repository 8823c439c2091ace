/// Risks a plan must address: every open question, the spec's own risks, then security,
/// services, performance and edge cases as the spec implies them; never fewer than two.
struct RiskPlanner {
    var spec: Spec
    var constitution: Constitution?
    var shape: ProjectShape
    /// The name of the first phase after Foundation, which the open questions must be answered before.
    var firstFeaturePhase: String?

    func risks() -> [Plan.Risk] {
        var risks = spec.openQuestions.map(questionRisk)
        risks += spec.risks.map(Self.ownRisk)
        if shape.hasRoles { risks.append(accessRisk()) }
        if spec.signals.hasPersonalData {
            risks.append(
                Plan.Risk(
                    title: "Exposure of personal or payment data",
                    mitigation:
                        "Store only what the spec requires, encrypt it in transit and at rest, keep secrets in the environment, and keep personal data out of logs.",
                    key: "personal-data"))
        }
        for service in shape.services.filter({ $0.role == .service }).prefix(3).map(\.name) {
            risks.append(
                Plan.Risk(
                    title: "\(service) outage, latency or API change",
                    mitigation:
                        "Put \(service) behind an adapter, make callbacks idempotent, retry with backoff, and test against its sandbox or a local fake.",
                    key: "service-" + PlanBlockID.key(from: service)))
        }
        if let performance = performanceRisk() { risks.append(performance) }
        if !spec.edgeCases.isEmpty {
            risks.append(
                Plan.Risk(
                    title: "Edge cases handled late (\(spec.edgeCases.count) listed in the spec)",
                    mitigation:
                        "Decide the expected behaviour of each edge case before its phase and turn each into a test.",
                    key: "edge-cases"))
        }
        return risks + Self.fallbacks.prefix(max(0, 2 - risks.count))
    }

    private func questionRisk(_ question: OpenQuestion) -> Plan.Risk {
        let before = firstFeaturePhase.map { "before \"\($0)\" starts" } ?? "before implementation starts"
        return Plan.Risk(
            title: "Open question: \(Prose.shortened(question.text, to: 160))",
            mitigation:
                "Answer it in spec.md \(before) (for example with /speckit.clarify); this plan follows the answer.",
            key: "question-" + PlanBlockID.key(from: question.text))
    }

    /// A risk the spec names itself, with its own mitigation when it gives one.
    private static func ownRisk(_ risk: SpecRisk) -> Plan.Risk {
        Plan.Risk(
            title: Prose.shortened(risk.title, to: 160),
            mitigation: risk.mitigation.map { Prose.asSentence($0) }
                ?? "The spec names this risk without a mitigation: decide one before the phase it threatens.",
            key: "spec-" + PlanBlockID.key(from: risk.title))
    }

    /// Names the requirements about roles and permissions, and the constitution's security rule.
    private func accessRisk() -> Plan.Risk {
        let words = ["auth", "role", "permission", "admin"].map { ByteString(lowercasing: $0) }
        let ids = spec.requirements.filter { requirement in
            let text = ByteString(lowercasing: requirement.text)
            return words.contains { text.contains($0) }
        }.compactMap(\.id)
        var mitigation =
            "Enforce role-based access control on every operation that changes data and cover each role with authorization tests"
        if !ids.isEmpty { mitigation += " (\(Prose.list(ids)))" }
        if let rule = constitution?.securityRules.first {
            mitigation += "; constitution: \(Prose.shortened(rule, to: 160))"
        }
        return Plan.Risk(
            title: "Unauthorized access through a missing role or permission check",
            mitigation: Prose.asSentence(mitigation), key: "access")
    }

    /// Only when the spec sets measurable targets: a success criterion with a figure.
    private func performanceRisk() -> Plan.Risk? {
        let measurable = spec.successCriteria.filter { PhasePlanner.isMeasurable($0.text) }
        guard spec.signals.hasPerformanceTargets, !measurable.isEmpty else { return nil }
        let ids = measurable.compactMap(\.id)
        return Plan.Risk(
            title: "Performance targets missed" + (ids.isEmpty ? "" : " (\(Prose.list(ids)))"),
            mitigation:
                "Measure the critical paths from the first feature phase on and check the targets in CI, not only at the end.",
            key: "performance")
    }

    /// What a plan with fewer than two risks adds, in this order.
    private static let fallbacks = [
        Plan.Risk(
            title: "Scope changes while the work is in progress",
            mitigation: "Change spec.md first: plansync regenerates this plan and keeps the sections edited by hand.",
            key: "scope"),
        Plan.Risk(
            title: "Requirements too thin to estimate",
            mitigation:
                "Add user stories, functional requirements and measurable success criteria to spec.md before committing to dates.",
            key: "thin-spec"),
    ]
}
