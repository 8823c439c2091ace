extension PhasePlanner {
    /// One phase per user story in priority order, each with the requirements `homes` gives it;
    /// then a phase per nature (security, performance…) for the requirements that belong to no
    /// story by theirs; then the rest: one "Cross-Cutting Requirements" phase while it holds at
    /// most a quarter of the requirements (or four), else topic phases of at most a quarter each.
    func storyDrafts(_ stories: [UserStory], homes: RequirementHomes) -> [Draft] {
        let homes = homes.grouped(spec)
        var drafts = stories.enumerated().map { index, story in
            let priority = story.priority.map { " (\($0))" } ?? ""
            return draft(
                name: story.title + priority, key: "story-" + PlanBlockID.key(from: story.title),
                requirements: homes[.story(index)] ?? [],
                scenarios: story.scenarios.map(\.text), criteria: criteria(of: story), fallback: story.description)
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
}

extension RequirementHomes {
    /// The requirements of `spec` by home, each list in the spec's order.
    func grouped(_ spec: Spec) -> [Home: [Requirement]] {
        var result: [Home: [Requirement]] = [:]
        for (index, home) in homes.enumerated() { result[home, default: []].append(spec.requirements[index]) }
        return result
    }
}
