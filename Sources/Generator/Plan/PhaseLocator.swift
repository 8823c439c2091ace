/// Finds, among the phases as built, the one a part of the spec lands in: a story's phase, the
/// phase whose tasks hold a requirement, Foundation, Testing, a phase named for a concern.
///
/// It reads only what a built phase shows (its number, name, key, and the ids its tasks start
/// with), never how the planner chose them, so a risk names the phase the reader of the plan sees
/// whatever way requirements were assigned.
struct PhaseLocator {
    /// A phase as a mitigation names it: `Phase 3: Approve a claim (P2)`.
    struct Located: Equatable {
        /// 1 for the first phase, as the plan numbers them.
        let number: Int
        let name: String

        var label: String { "Phase \(number): \(name)" }
    }

    private let phases: [Plan.Phase]
    /// The phase index of each id a task starts with (`FR-003: …`), the first phase that has it.
    private let phaseOfID: [String: Int]

    init(phases: [Plan.Phase]) {
        self.phases = phases
        var index: [String: Int] = [:]
        for (number, phase) in phases.enumerated() {
            for task in phase.tasks {
                guard let id = Self.leadingID(of: task) else { continue }
                if index[id] == nil { index[id] = number }
            }
        }
        phaseOfID = index
    }

    /// `FR-003` of `FR-003: Finance MUST…`: the text before the first `: ` when it is one short
    /// word holding a digit.
    private static func leadingID(of task: String) -> String? {
        let bytes = task.utf8
        // Only the first 21 bytes can hold the colon: a task is not searched to its end.
        guard let colon = bytes.prefix(21).firstIndex(of: UInt8(ascii: ":")) else { return nil }
        let head = bytes[..<colon]
        guard head.contains(where: { (48...57).contains($0) }), !head.contains(UInt8(ascii: " ")) else { return nil }
        let id = String(decoding: head, as: UTF8.self)
        // Most ids are upper-case ASCII already (`FR-003`): no upper-casing String for them.
        return head.allSatisfy({ $0 < 0x80 && !(97...122).contains($0) }) ? id : id.uppercased()
    }

    private func located(_ index: Int?) -> Located? {
        index.map { Located(number: $0 + 1, name: phases[$0].name) }
    }

    /// The phase whose tasks carry the requirement (or criterion) with this id.
    func phase(ofItem id: String) -> Located? { located(phaseOfID[id.uppercased()]) }

    /// The story's own phase: by its key, else by a name that starts with the story's title.
    func phase(of story: UserStory) -> Located? {
        let key = "story-" + PlanBlockID.key(from: story.title)
        return located(
            phases.firstIndex { $0.key == key } ?? phases.firstIndex { $0.name.hasPrefix(story.title) })
    }

    func phase(keyed key: String) -> Located? { located(phases.firstIndex { $0.key == key }) }

    var foundation: Located? { phase(keyed: "foundation") }
    var testing: Located? { phase(keyed: "testing") }
    var documentation: Located? { phase(keyed: "documentation") }

    /// The first phase of the feature's own work: after Foundation, before Testing.
    var firstFeature: Located? {
        located(phases.firstIndex { !Self.generalKeys.contains($0.key) }) ?? located(phases.isEmpty ? nil : 0)
    }

    /// A phase named for a concern (`security`, `performance`): its key or name holds the word.
    func phase(namedFor word: String) -> Located? {
        located(
            phases.firstIndex { phase in
                !Self.generalKeys.contains(phase.key)
                    && (phase.key.contains(word) || phase.name.lowercased().contains(word))
            })
    }

    /// The phase a requirement of this kind goes to when it cites no story: the one named for its
    /// concern, else Foundation.
    func phase(forKind kind: RequirementKind) -> Located? {
        let word: String? =
            switch kind {
            case .security, .compliance: "security"
            case .performance: "performance"
            case .observability: "observability"
            case .reliability: "reliability"
            case .accessibility: "accessibility"
            default: nil
            }
        return word.flatMap(phase(namedFor:)) ?? foundation ?? firstFeature
    }

    /// The significant words of each feature phase's name and tasks, for
    /// ``phase(sharingWordsWith:among:)``: computed once for all the targets of a plan.
    func featurePhaseWords() -> [(index: Int, words: Set<UInt64>)] {
        phases.enumerated().filter { !Self.generalKeys.contains($0.element.key) }.map { index, phase in
            (index, Set(SignificantWords.hashes(of: ([phase.name] + phase.tasks).joined(separator: "\n"))))
        }
    }

    /// The feature phase whose name and tasks share most words with `words` (at least two), for
    /// a success criterion, which no phase lists by id.
    func phase(sharingWordsWith words: Set<UInt64>, among phaseWords: [(index: Int, words: Set<UInt64>)])
        -> Located?
    {
        var best: (index: Int, score: Int)?
        for (index, own) in phaseWords {
            let score = words.intersection(own).count
            if score >= 2, score > (best?.score ?? 0) { best = (index, score) }
        }
        return located(best?.index)
    }

    /// Keys of the phases every plan has, which hold no story's work.
    static let generalKeys: Set<String> = ["foundation", "testing", "documentation"]
}
