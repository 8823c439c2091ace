extension PhasePlanner {
    /// One phase per user story in priority order, each with the requirements `homes` gives it;
    /// then a phase per nature (security, performance…) for the requirements that belong to no
    /// story by theirs; then the rest: one "Cross-Cutting Requirements" phase while it holds at
    /// most a quarter of the requirements (or four), else topic phases of at most a quarter each.
    func storyDrafts(_ stories: [UserStory], homes: RequirementHomes) -> [Draft] {
        let homes = homes.grouped(spec)
        var drafts = stories.enumerated().flatMap { index, story in
            storyDrafts(story, requirements: homes[.story(index)] ?? [])
        }
        for nature in RequirementHomes.Nature.allCases {
            let requirements = homes[.nature(nature)] ?? []
            guard !requirements.isEmpty else { continue }
            drafts.append(
                draft(
                    name: phrases.nature(nature), key: "nature-" + PlanBlockID.key(from: nature.name),
                    requirements: requirements,
                    scenarios: [], fallback: nil))
        }
        let rest = homes[.unplaced] ?? []
        guard !rest.isEmpty else { return drafts }
        let quarter = max(1, spec.requirements.count / 4)
        if rest.count <= max(quarter, 4) {
            drafts.append(
                draft(
                    name: phrases.crossCuttingPhase, key: "cross-cutting", requirements: rest, scenarios: [],
                    fallback: nil))
        } else {
            drafts += requirementDrafts(rest, limit: min(8, quarter), looseScenarios: [])
        }
        return drafts
    }

    /// A story holding more requirements than this is built in several phases.
    static let largestStoryPhase = 12

    /// A story's phase; a story with more than ``largestStoryPhase`` requirements (a P1 story
    /// that is the whole feature) is split into phases of at most ten, in the spec's order,
    /// each named after its topic, its scenarios going to the part they share most words with,
    /// so that no phase runs for weeks.
    private func storyDrafts(_ story: UserStory, requirements: [Requirement]) -> [Draft] {
        let name = story.title + (story.priority.map { " (\($0))" } ?? "")
        let key = "story-" + PlanBlockID.key(from: story.title)
        guard requirements.count > Self.largestStoryPhase else {
            return [
                draft(
                    name: name, key: key, requirements: requirements, scenarios: story.scenarios.map(\.text),
                    criteria: criteria(of: story), fallback: story.description)
            ]
        }
        var parts = requirementDrafts(requirements, limit: 10, looseScenarios: story.scenarios.map(\.text))
        for index in parts.indices {
            parts[index].name = "\(name): \(parts[index].name)"
            parts[index].key = key + "-" + parts[index].key
        }
        let criteria = criteria(of: story)
        if !criteria.isEmpty, !parts.isEmpty {
            parts[0].tasks += criteria
            parts[0].days += Estimates.days(estimates.daysPerScenario * Double(criteria.count), minimum: 0)
        }
        return parts
    }
}

extension RequirementHomes {
    /// The requirements of `spec` by home, each list in the spec's order.
    func grouped(_ spec: Spec) -> [Home: [Requirement]] {
        var result: [Home: [Requirement]] = [:]
        for (index, home) in homes.enumerated() { result[home, default: []].append(spec.requirements[index]) }
        return result
    }
}
