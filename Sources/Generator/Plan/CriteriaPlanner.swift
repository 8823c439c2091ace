/// The plan's Success Criteria: what a reviewer ticks when the feature is done, kept short
/// enough to be ticked (`limit` checkboxes, about 20).
///
/// In this order: the spec's own criteria, verbatim with their ids, every one of them, however
/// many; the constitution's gates that can be checked on this feature; then one outcome per
/// user story, in the spec's words. A spec without criteria gets criteria made from its
/// requirements, citing their ids. Scenarios and single requirements stay in the phases: a
/// criteria list that repeats them is a list no one ticks.
struct CriteriaPlanner {
    var spec: Spec
    var constitution: Constitution?
    /// The number of checkboxes the plan aims at; the spec's own criteria go past it when they are more.
    var limit = 20
    var phrases: ReviewPhrases = .english

    func criteria() -> [String] {
        var items = spec.successCriteria.map { criterion in
            criterion.id.map { "\($0): \(criterion.text)" } ?? criterion.text
        }
        guard items.count < limit else { return items.uniqued() }
        let stories = spec.storiesByPriority
        if items.isEmpty {
            items += derivedFromRequirements(room: min(10, max(limit / 2, limit - stories.count - 3)))
        }
        let gateRoom = min(4, max(2, limit - items.count - stories.count))
        let coveredByDerived = spec.successCriteria.isEmpty && items.count < spec.requirements.count
        let gates = gates().filter { !(coveredByDerived && $0 == phrases.criterion(.defaultGate)) }
        items += gates.prefix(max(0, min(gateRoom, limit - items.count)))
        items += stories.prefix(max(0, limit - items.count)).map(outcome)
        return items.uniqued()
    }

    // MARK: Gates

    /// The constitution's gates, short: its gate rules, else its mandatory testing rules, and
    /// its non-negotiable principles; plansync's default without a constitution.
    func gates() -> [String] {
        guard let constitution else { return [phrases.criterion(.defaultGate)] }
        let rules = constitution.gates.isEmpty ? constitution.testingRules : constitution.gates
        var result = rules.map { phrases.criterion(.gate(Prose.complete(Prose.asSentence($0), upTo: 160))) }
        result += constitution.principles.filter(\.isNonNegotiable).map { phrases.criterion(.principle($0.name)) }
        return result
    }

    /// plansync's gate for a project without a constitution.
    static let defaultGate = ReviewPhrases.english.criterion(.defaultGate)

    // MARK: Stories

    /// One criterion for a story: its label and title, then its goal ("so that …"), else the
    /// first sentence of its description, else that its acceptance scenarios pass.
    func outcome(_ story: UserStory) -> String {
        let label = "\(story.id ?? "US\(story.number)") \(story.title)"
        let description = PlainText.collapsingSpaces(
            story.description.isEmpty ? story.acceptanceCriteria.first ?? "" : story.description)
        if let goal = Self.goal(in: description) { return label + goal }
        if !description.isEmpty {
            return phrases.criterion(
                .outcome(label: label, sentence: Prose.complete(Prose.firstSentences(description, 1), upTo: 200)))
        }
        let count = story.scenarios.count + story.acceptanceCriteria.count
        return count == 0 ? label : phrases.criterion(.scenariosPass(label: label, count: count))
    }

    /// The story's goal as its author wrote it, from "so that" (or its translation) to the end
    /// of that sentence, with its marker: ", so that my loan ends that day".
    static func goal(in description: String) -> String? {
        // Most descriptions hold no marker: the text folded once, and its byte pairs, rule them
        // out, where two searches per marker would each walk it.
        let folded = ByteString(lowercasing: description)
        let pairs = BytePairMask(folded.bytes)
        for (index, marker) in goalMarkers.enumerated()
        where pairs.covers(markerKeywords.masks[index]) && folded.contains(markerKeywords.words[index]) {
            guard
                let range = ByteSearch.firstRange(of: marker, in: description)
                    ?? ByteSearch.firstRange(of: capitalizedMarkers[index], in: description)
            else { continue }
            let rest = Prose.firstSentences(String(description[range.upperBound...]), 1).trimmed
            guard rest.count > 3 else { continue }
            var goal = Prose.complete(rest, upTo: 200)
            while let last = goal.last, ".。!！".contains(last) { goal.removeLast() }
            let cjk = marker.unicodeScalars.first.map { $0.value >= 0x3000 } ?? false
            return (cjk ? "，" : ", ") + marker.lowercased() + goal
        }
        return nil
    }

    /// Words that open a story's goal, in the languages of the vocabulary.
    static let goalMarkers = [
        "so that ", "in order to ", "para que ", "a fin de que ", "afin que ", "afin de ", "pour que ", "damit ",
        "sodass ", "so dass ", "以便", "从而",
    ]
    private static let markerKeywords = Keywords(goalMarkers)
    private static let capitalizedMarkers = goalMarkers.map(Prose.upperCasingFirstLetter)

    // MARK: Requirements

    /// Criteria made from the requirements of a spec that has none: each requirement verbatim
    /// when they fit, else one per requirement group with its ids, else the strongest
    /// requirements (MUST, SHALL) and one that covers the rest.
    func derivedFromRequirements(room: Int) -> [String] {
        let requirements = spec.requirements
        guard !requirements.isEmpty, room > 0 else { return [] }
        if requirements.count <= room { return requirements.map(Self.verbatim) }
        let groups = requirements.map(\.group).uniqued()
        if groups.count >= 2 && groups.count <= room {
            return groups.map { group in
                let members = requirements.filter { $0.group == group }
                let ids = members.compactMap(\.id)
                let cited = ids.count > 1 ? Prose.idRange(ids) : ids.first.map { " (\($0))" } ?? ""
                return phrases.criterion(.groupMet(group: group, cited: cited, count: members.count))
            }
        }
        let strong = requirements.filter(Self.isStrong).prefix(room - 1).map(Self.verbatim)
        let ids = requirements.compactMap(\.id)
        return Array(strong) + [phrases.criterion(.allMet(count: requirements.count, cited: Prose.idRange(ids)))]
    }

    static func verbatim(_ requirement: Requirement) -> String {
        requirement.id.map { "\($0): \(requirement.text)" } ?? requirement.text
    }

    /// A requirement written with MUST or SHALL (or its translation), or marked P0/P1.
    static func isStrong(_ requirement: Requirement) -> Bool {
        if let rank = requirement.priority?.rank, rank <= 1 { return true }
        return ["MUST", "SHALL", "DEBE", "DEVE", "MUSS", "DOIT", "必须", "必須"].contains {
            requirement.text.contains($0)
        }
    }
}
