/// Where each requirement of a spec with user stories is built: the spec's own structure first
/// (the stories a requirement cites or its group heading names; an author's sub-heading under
/// Requirements, placed as a whole), then the words it shares with a story (a title word counting
/// twice), then its nature (the data model into Foundation; security, performance, reliability and
/// observability into a phase named for them). What is left is a catch-all phase only while it
/// holds at most a quarter of the requirements; beyond that, each goes to the story it shares
/// any word with, and what shares none is split into topic phases of at most a quarter each.
struct RequirementHomes {
    /// A requirement's home.
    enum Home: Hashable {
        case story(Int)
        case foundation
        case nature(Nature)
        case unplaced
    }

    /// What a requirement that belongs to no story is about, in the order its phases come.
    enum Nature: Int, CaseIterable, Comparable {
        case security, performance, reliability, observability

        var name: String {
            switch self {
            case .security: "Security"
            case .performance: "Performance"
            case .reliability: "Reliability"
            case .observability: "Observability"
            }
        }

        static func < (lhs: Nature, rhs: Nature) -> Bool { lhs.rawValue < rhs.rawValue }

        /// The nature its section says, nil for a feature's own requirement.
        init?(_ kind: RequirementKind) {
            switch kind {
            case .security, .compliance: self = .security
            case .performance: self = .performance
            case .reliability: self = .reliability
            case .observability: self = .observability
            default: return nil
            }
        }
    }

    /// One home per requirement, in the spec's order.
    private(set) var homes: [Home]

    /// - Parameter stories: the stories in the order of their phases.
    init(requirements: [Requirement], stories: [UserStory]) {
        var byNumber: [Int: Int] = [:]
        for (index, story) in stories.enumerated() where byNumber[story.number] == nil {
            byNumber[story.number] = index
        }
        var matcher = WordMatcher<UInt64>(
            groups: stories.map { story in
                WordMatcher.weights(
                    title: SignificantWords.hashes(of: story.title),
                    body: SignificantWords.hashes(
                        of:
                            story.description + " " + story.scenarios.map(\.text).joined(separator: " ")
                            + " " + story.acceptanceCriteria.joined(separator: " ")))
            })
        var homes = requirements.map { requirement in
            requirement.stories.lazy.compactMap { byNumber[$0] }.first.map(Home.story) ?? .unplaced
        }
        Self.placeGroups(requirements, homes: &homes, matcher: &matcher)
        var weak: [Int: Int] = [:]
        for index in requirements.indices where homes[index] == .unplaced {
            if requirements[index].kind == .data {
                homes[index] = .foundation
            } else if let nature = Nature(requirements[index].kind) {
                homes[index] = .nature(nature)
            } else if let subject = Self.subject(of: requirements[index].text),
                let best = matcher.bestGroup(for: subject), best.score >= 2
            {
                homes[index] = .story(best.group)
            } else if let best = matcher.bestGroup(for: Set(SignificantWords.hashes(of: requirements[index].text))) {
                if best.score >= 2 { homes[index] = .story(best.group) } else { weak[index] = best.group }
            }
        }
        let unplaced = homes.indices.filter { homes[$0] == .unplaced }
        if unplaced.count * 4 > requirements.count {
            for index in unplaced { if let group = weak[index] { homes[index] = .story(group) } }
        }
        self.homes = homes
    }

    /// The words of what a requirement is about when it names it before its verb ("Widget MUST
    /// display the weight": `widget`); nil when it says "The system MUST" or has no such verb.
    static func subject(of text: String) -> Set<UInt64>? {
        // Most requirements, and every one in a language without these verbs, have none: a byte
        // search rules them out before the text is split into words.
        guard ["MUST", "SHALL", "SHOULD"].contains(where: { ByteSearch.firstRange(of: $0, in: text) != nil }) else {
            return nil
        }
        let tokens = text.split(separator: " ", maxSplits: 8)
        guard let verb = tokens.firstIndex(where: { $0 == "MUST" || $0 == "SHALL" || $0 == "SHOULD" }) else {
            return nil
        }
        let words = Set(tokens[..<verb].flatMap { SignificantWords.hashes(of: String($0)) })
        return words.isEmpty ? nil : words
    }

    /// An author's sub-heading under Requirements (a heading the vocabulary does not know, such as
    /// "Export" or "Widget") keeps its requirements together: the group goes, whole, to the story
    /// its heading names (a title word, or two of its prose), or where most of its placed
    /// requirements already went.
    private static func placeGroups(
        _ requirements: [Requirement], homes: inout [Home], matcher: inout WordMatcher<UInt64>
    ) {
        var members: [String: [Int]] = [:]
        var order: [String] = []
        for (index, requirement) in requirements.enumerated() where requirement.kind != .data {
            if members[requirement.group] == nil { order.append(requirement.group) }
            members[requirement.group, default: []].append(index)
        }
        for group in order where SectionClassifier.standard.meaning(of: group) == nil {
            guard let indices = members[group], indices.contains(where: { homes[$0] == .unplaced }) else { continue }
            var placed: [Int: Int] = [:]
            for index in indices { if case .story(let story) = homes[index] { placed[story, default: 0] += 1 } }
            var story = placed.max { $0.value < $1.value || $0.value == $1.value && $0.key > $1.key }?.key
            if story == nil, let best = matcher.bestGroup(for: Set(SignificantWords.hashes(of: group))), best.score >= 2
            {
                story = best.group
            }
            guard let story else { continue }
            for index in indices where homes[index] == .unplaced { homes[index] = .story(story) }
        }
    }
}
