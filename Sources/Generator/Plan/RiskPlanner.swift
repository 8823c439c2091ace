/// The risks of a plan, each with a mitigation tied to the phase it threatens: every open
/// question (decided before the phase it blocks), the spec's own risks, then what a reviewer
/// raises first from the spec and the project: security in the kind's form, personal data,
/// migrations and replacements, external services, hard measurable targets.
///
/// Nothing generic is added to fill the section: with fewer than two real risks, `note` says so.
struct RiskPlanner {
    var spec: Spec
    var constitution: Constitution?
    var shape: ProjectShape
    /// The phases as built: mitigations name them by number and name.
    var phases: [Plan.Phase]
    var phrases: ReviewPhrases = .english

    /// A risk and the phase it threatens, for ordering.
    struct Finding {
        var risk: Plan.Risk
        /// The number of the phase it threatens; nil when none (the spec's own risks).
        var phase: Int?
        /// Which derived risks are kept first when there are too many: 0 security, 1 personal
        /// data, 2 migrations, 3 services, 4 targets.
        var rank: Int
    }

    /// About this many risks in all: derived ones beyond it are left out (open questions and the
    /// spec's own risks never are).
    static let limit = 8
    /// Derived risks kept however many questions there are.
    static let minimumDerived = 3

    /// The risks, questions first (by the phase they block), then the rest by the phase they threaten.
    func risks() -> [Plan.Risk] {
        let locator = PhaseLocator(phases: phases)
        let questions = spec.openQuestions.map { question in
            let phase = OpenQuestionPhase(spec: spec, locator: locator).phase(of: question)
            return Finding(risk: questionRisk(question, phase: phase), phase: phase?.number, rank: 0)
        }
        let own = spec.risks.map(ownRisk)
        let items = SpecItemText.all(of: spec, locator: locator)
        var derived: [Finding] = []
        if let security = SecurityRisk(
            spec: spec, constitution: constitution, items: items, shape: shape, locator: locator, phrases: phrases
        ).finding() {
            derived.append(security)
        }
        if let personal = PersonalDataRisk(
            spec: spec, items: items, shape: shape, locator: locator, phrases: phrases
        ).finding() {
            derived.append(personal)
        }
        derived += MigrationRisks(items: items, locator: locator, phrases: phrases).findings()
        derived += ServiceRisks(services: shape.services, items: items, locator: locator, phrases: phrases).findings()
        derived += TargetRisks(spec: spec, shape: shape, locator: locator, phrases: phrases).findings()
        let room = max(Self.minimumDerived, Self.limit - questions.count - own.count)
        let kept = derived.enumerated().sorted { ($0.element.rank, $0.offset) < ($1.element.rank, $1.offset) }
            .prefix(room).sorted { $0.offset < $1.offset }.map(\.element)
        return Self.byPhase(questions).map(\.risk) + own + Self.byPhase(kept).map(\.risk)
    }

    /// Stable order by phase number, findings without one last.
    private static func byPhase(_ findings: [Finding]) -> [Finding] {
        findings.enumerated().sorted {
            ($0.element.phase ?? Int.max, $0.offset) < ($1.element.phase ?? Int.max, $1.offset)
        }
        .map(\.element)
    }

    /// The line the section holds instead of invented risks when the spec gives fewer than two.
    static func note(for risks: [Plan.Risk], phrases: ReviewPhrases = .english) -> String? {
        switch risks.count {
        case 0: phrases.risk(.noRisks)
        case 1: phrases.risk(.oneRisk)
        default: nil
        }
    }

    private func questionRisk(_ question: OpenQuestion, phase: PhaseLocator.Located?) -> Plan.Risk {
        Plan.Risk(
            title: phrases.risk(.question(Prose.shortened(question.text, to: 160))),
            mitigation: phrases.risk(.answer(before: phase)),
            key: "question-" + PlanBlockID.key(from: question.text))
    }

    /// A risk the spec names itself, with its own mitigation when it gives one.
    private func ownRisk(_ risk: SpecRisk) -> Plan.Risk {
        Plan.Risk(
            title: Prose.shortened(risk.title, to: 160),
            mitigation: risk.mitigation.map { Prose.asSentence($0) } ?? phrases.risk(.unmitigated),
            key: "spec-" + PlanBlockID.key(from: risk.title))
    }
}
