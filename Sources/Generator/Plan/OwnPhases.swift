/// The spec's own plan, when it states one: two or more numbered phases ("Phase 1: Directory
/// Scanning", "Fase 2", "第二阶段"). Its phases become the plan's feature phases, the one about
/// testing is merged into the plan's Testing phase and the one about documentation into its
/// Documentation phase (the plan always has both), and its timeline is the estimate.
struct OwnPhases {
    private(set) var feature: [SpecPhase] = []
    private(set) var testing: SpecPhase?
    private(set) var documentation: SpecPhase?
    /// The spec's total in working days, when it states one.
    let totalDays: Int?

    /// Whether the spec states a plan of its own.
    var isPlan: Bool {
        !feature.isEmpty && feature.count + (testing == nil ? 0 : 1) + (documentation == nil ? 0 : 1) >= 2
    }

    init(spec: Spec) {
        totalDays = spec.timelineDays
        for phase in spec.phases where phase.number != nil {
            switch SectionClassifier.standard.meaning(of: phase.name) {
            case .testing?: testing = Self.merged(testing, phase)
            case .requirements(.documentation)?: documentation = Self.merged(documentation, phase)
            default: feature.append(phase)
            }
        }
    }

    private static func merged(_ known: SpecPhase?, _ phase: SpecPhase) -> SpecPhase {
        guard var known else { return phase }
        known.tasks += phase.tasks
        known.days = known.days.map { $0 + (phase.days ?? 0) } ?? phase.days
        return known
    }
}

extension PhasePlanner {
    /// The spec's own feature phases, with its durations where it gives them. Requirements with
    /// an id that no phase names go to the phase they share most words with, so that none is lost.
    func ownDrafts(_ own: OwnPhases) -> [Draft] {
        var drafts = own.feature.map { phase in
            Draft(
                name: phase.name, key: "phase-" + PlanBlockID.key(from: phase.name), tasks: phase.tasks,
                days: phase.days
                    ?? Estimates.days(
                        estimates.daysPerRequirement * Double(phase.tasks.count), minimum: estimates.minimumPhaseDays),
                daysFromSpec: phase.days != nil)
        }
        let named = Set(own.feature.flatMap(\.tasks).flatMap { ItemIDScanner.all(in: $0).map(\.id.text) })
        var matcher = WordMatcher(
            groups: own.feature.map { phase in
                WordMatcher.weights(
                    title: SignificantWords.of(phase.name),
                    body: SignificantWords.of(phase.tasks.joined(separator: " ")))
            })
        for requirement in spec.requirements {
            guard let id = requirement.id, !named.contains(id) else { continue }
            let best = matcher.bestGroup(for: Set(SignificantWords.of(requirement.text)))?.group ?? 0
            drafts[best].tasks.append("\(id): " + Self.imperative(requirement.text))
        }
        for index in drafts.indices where drafts[index].tasks.isEmpty {
            drafts[index].tasks = [phrases.implement + drafts[index].name]
        }
        return drafts
    }

    /// The plan's Testing or Documentation phase with the spec's own one: its tasks first, its
    /// duration when it gives one.
    func merging(_ own: SpecPhase?, into draft: Draft) -> Draft {
        guard let own else { return draft }
        var merged = draft
        merged.tasks = own.tasks + draft.tasks
        if let days = own.days {
            merged.days = days
            merged.daysFromSpec = true
        }
        return merged
    }

    /// Fits the plan into the spec's timeline: the phases it gives no duration share what its
    /// sized phases leave (a day each at least); when they leave nothing, the longest sized
    /// phases give a day each (the latest first) so that the total stays the spec's.
    func fitting(_ drafts: inout [Draft], into own: OwnPhases) {
        guard let total = own.totalDays else { return }
        let fixed = drafts.filter(\.daysFromSpec).reduce(0) { $0 + $1.days }
        let flexible = drafts.indices.filter { !drafts[$0].daysFromSpec }
        guard !flexible.isEmpty else { return }
        let left = max(total - fixed, flexible.count)
        let estimated = flexible.reduce(0) { $0 + drafts[$1].days }
        var given = 0
        for index in flexible {
            drafts[index].days = max(1, drafts[index].days * left / max(estimated, 1))
            given += drafts[index].days
        }
        // Rounding: the largest flexible phase takes what is left over or gives back what is too much.
        if let largest = flexible.max(by: { drafts[$0].days < drafts[$1].days }) {
            drafts[largest].days = max(1, drafts[largest].days + left - given)
        }
        var excess = drafts.reduce(0) { $0 + $1.days } - total
        while excess > 0,
            let longest = drafts.indices.filter({ drafts[$0].daysFromSpec && drafts[$0].days > 1 })
                .max(by: { drafts[$0].days < drafts[$1].days || drafts[$0].days == drafts[$1].days && $0 < $1 })
        {
            drafts[longest].days -= 1
            excess -= 1
        }
    }
}
