/// What a written plan amounts to at a glance: its phases, its total days and its risks, the
/// way the Spec Kit prompt this format comes from ends by showing them. `generate` ends each
/// written plan's line with it and the daemon's `plan.updated` line carries it.
///
/// It is the plan as written, after the merge: read from the model for every block still as
/// generated, from the headings of the blocks kept as edited by hand. A part that cannot be
/// known (the user rewrote the phases as a section of their own) is nil, and is left unsaid
/// rather than guessed.
public struct PlanShape: Sendable, Equatable {
    /// One `### Phase`: its name and how many days its range spans (nil when a hand-edited
    /// heading gives none).
    public struct Phase: Sendable, Equatable {
        public var name: String
        public var days: Int?

        public init(name: String, days: Int?) {
            self.name = name
            self.days = days
        }
    }

    /// The phases in order; nil when the Implementation Phases as written cannot be read.
    public var phases: [Phase]?
    /// The total the Estimated Timeline states; nil when a hand edit left no `Total: N days`.
    public var days: Int?
    /// The risk titles in order; nil when the Risks & Mitigations as written cannot be read.
    public var risks: [String]?

    public init(phases: [Phase]?, days: Int?, risks: [String]?) {
        self.phases = phases
        self.days = days
        self.risks = risks
    }

    /// The shape of a plan as built, before any merge.
    public init(_ plan: Plan) {
        phases = plan.phases.map(Self.phase)
        days = plan.totalDays
        risks = plan.risks.map(\.title)
    }

    static func phase(_ phase: Plan.Phase) -> Phase {
        Phase(name: phase.name, days: max(1, phase.lastDay - phase.firstDay + 1))
    }

    // MARK: - Said in a line

    /// How many risk titles a line names; the others are counted.
    public static let namedRisks = 2
    /// How long a risk title may be in a line, in characters, before it is cut at a boundary.
    public static let riskTitleLength = 48

    /// `5 phases, 12 days; risks: "Unauthorized access through a missing role or…", "Stripe outage,
    /// latency or API change" and 3 more`: the shape for the end of `generate`'s line. Titles are
    /// quoted (they hold commas) and cut at a word. Empty when nothing is known.
    public var description: String {
        var parts: [String] = []
        if let counts = countsDescription(withRisks: false) { parts.append(counts) }
        if let risks {
            if risks.isEmpty {
                parts.append("no risks")
            } else {
                let named = risks.prefix(Self.namedRisks).map { "\"\(Self.shortTitle($0))\"" }
                let more = risks.count > Self.namedRisks ? " and \(risks.count - Self.namedRisks) more" : ""
                parts.append("risks: " + named.joined(separator: ", ") + more)
            }
        }
        return parts.joined(separator: "; ")
    }

    /// `5 phases, 12 days, 3 risks`: the counts alone, for the daemon's text log line. Empty when
    /// nothing is known.
    public var counts: String { countsDescription(withRisks: true) ?? "" }

    private func countsDescription(withRisks: Bool) -> String? {
        var parts: [String] = []
        if let phases { parts.append(Prose.count(phases.count, "phase", "phases")) }
        if let days { parts.append(Prose.count(days, "day", "days")) }
        if withRisks, let risks { parts.append(Prose.count(risks.count, "risk", "risks")) }
        return parts.isEmpty ? nil : parts.joined(separator: ", ")
    }

    /// The title cut to `riskTitleLength` at a word, with "…" where something was cut. A word, not
    /// a clause: "Open question: FR-002: per list…" cut at its colon would say nothing.
    static func shortTitle(_ title: String) -> String {
        guard title.count > riskTitleLength else { return title }
        // At most the limit with the "…": the last space before it; a title without one (Chinese,
        // Japanese) is cut at the limit.
        let head = title.prefix(riskTitleLength)
        let end = head.lastIndex(of: " ") ?? head.index(before: head.endIndex)
        var cut = head[..<end]
        while let last = cut.last, last == " " || SentenceRules.isClauseMark(last) { cut = cut.dropLast() }
        return (cut.isEmpty ? head.dropLast() : cut) + "…"
    }

    /// `Phase 1: Foundation (2 days)`, one per phase, for `generate --verbose`; empty when the
    /// phases are not known.
    public var phaseLines: [String] {
        (phases ?? []).enumerated().map { index, phase in
            "Phase \(index + 1): \(phase.name)" + (phase.days.map { " (\(Prose.count($0, "day", "days")))" } ?? "")
        }
    }
}
