/// Orders the work into phases and sizes them: foundation, the feature's work by priority,
/// testing, documentation; day ranges are consecutive.
struct PhasePlanner {
    var spec: Spec
    var constitution: Constitution?
    var shape: ProjectShape
    var estimates: Estimates
    var phrases: PlanPhrases

    /// A phase before its days are known.
    struct Draft {
        var name: String
        var key: String
        var tasks: [String]
        var days: Int
        /// The spec gave this phase's duration: fitting the plan into its timeline leaves it.
        var daysFromSpec = false
    }

    /// The plan's phases, and whether the feature is a small change to existing code (which
    /// Notes say, since it shortens the foundation and testing the estimates name).
    func phases() -> (phases: [Plan.Phase], isSmallChange: Bool) {
        let own = OwnPhases(spec: spec)
        let stories = own.isPlan ? [] : spec.storiesByPriority
        let homes = RequirementHomes(requirements: stories.isEmpty ? [] : spec.requirements, stories: stories)
        let feature = own.isPlan ? ownDrafts(own) : featureDrafts(stories, homes: homes)
        let featureDays = feature.reduce(0) { $0 + $1.days }
        let isSmallChange = !own.isPlan && shape.hasExistingCode && featureDays <= Self.smallChangeDays
        var drafts =
            own.isPlan ? [] : [foundation(dataModel: homes.grouped(spec)[.foundation] ?? [], small: isSmallChange)]
        drafts += feature
        drafts.append(
            merging(own.testing, into: testing(featureDays: featureDays, small: isSmallChange)))
        drafts.append(merging(own.documentation, into: documentation()))
        if own.isPlan { fitting(&drafts, into: own) }
        var day = 1
        let phases = drafts.map { draft in
            defer { day += draft.days }
            return Plan.Phase(
                name: draft.name, firstDay: day, lastDay: day + draft.days - 1, tasks: draft.tasks, key: draft.key)
        }
        return (phases, isSmallChange)
    }

    /// A feature whose own phases take this many days or fewer is a small change: in a project
    /// that already has code it needs neither a two-day foundation nor two days of testing.
    static let smallChangeDays = 3

    /// - Parameters:
    ///   - dataModel: the requirements about the data model that no story owns.
    ///   - small: a small change to existing code: the foundation is a phase's minimum, not `foundationDays`.
    private func foundation(dataModel: [Requirement], small: Bool) -> Draft {
        var tasks = FoundationTasks(spec: spec, shape: shape, phrases: phrases).tasks()
        tasks += dataModel.map(Self.task)
        if let rule = constitution?.securityRules.first {
            tasks.append(phrases.securityRule + Prose.shortened(rule, to: 200))
        }
        let services = shape.services.filter { $0.role == .service }.count
        let days = Estimates.days(
            (small ? estimates.minimumPhaseDays : estimates.foundationDays) + estimates.daysPerService
                * Double(services) + estimates.daysPerRequirement
                * Double(dataModel.count), minimum: estimates.minimumPhaseDays)
        return Draft(name: phrases.foundationPhase, key: "foundation", tasks: tasks, days: days)
    }

    private func featureDrafts(_ stories: [UserStory], homes: RequirementHomes) -> [Draft] {
        if !stories.isEmpty { return storyDrafts(stories, homes: homes) }
        if !spec.requirements.isEmpty {
            return requirementDrafts(spec.requirements, looseScenarios: spec.looseScenarios.map(\.text))
        }
        if !spec.looseScenarios.isEmpty {
            return [
                draft(
                    name: phrases.corePhase, key: "core", requirements: [], scenarios: spec.looseScenarios.map(\.text),
                    fallback: spec.primaryStory)
            ]
        }
        return [
            Draft(
                name: phrases.definitionPhase, key: "definition", tasks: [phrases.definitionTask],
                days: Estimates.days(estimates.minimumPhaseDays, minimum: estimates.minimumPhaseDays))
        ]
    }

    /// Old-template specs have no stories: requirements in order, in phases of at most eight,
    /// each named after the words its requirements share most.
    /// - Parameters:
    ///   - limit: the most requirements a phase holds.
    ///   - looseScenarios: scenarios to share among the phases.
    func requirementDrafts(_ requirements: [Requirement], limit: Int = 8, looseScenarios: [String]) -> [Draft] {
        let chunkCount = (requirements.count + limit - 1) / limit
        // Even sizes (8, 7, 7 rather than 8, 8, 6) so that no phase is a leftover scrap.
        var ranges: [Range<Int>] = []
        var start = 0
        for index in 0..<chunkCount {
            let size = requirements.count / chunkCount + (index < requirements.count % chunkCount ? 1 : 0)
            ranges.append(start..<(start + size))
            start += size
        }
        // Each requirement's words once: the scenarios' matcher and the phases' names use them.
        let words = requirements.map { SignificantWords.of($0.text) }
        // Each scenario goes to the phase whose requirements share most words with it, else the first.
        var scenarios = Array(repeating: [String](), count: ranges.count)
        if !looseScenarios.isEmpty {
            var matcher = WordMatcher(
                groups: ranges.map { range in
                    Dictionary(words[range].joined().map { ($0, 1) }, uniquingKeysWith: { first, _ in first })
                })
            for scenario in looseScenarios {
                scenarios[matcher.bestGroup(for: Set(SignificantWords.of(scenario)))?.group ?? 0].append(scenario)
            }
        }
        let counts = ranges.map { range in Self.wordCounts(requirements[range], words: words[range]) }
        var phasesUsing: [String: Int] = [:]
        for own in counts { for word in own.keys { phasesUsing[word, default: 0] += 1 } }
        let namer = TopicNamer(entities: spec.entities, fallback: phrases.requirementsPhase)
        var used: Set<String> = []
        return ranges.enumerated().map { index, range in
            let chunk = Array(requirements[range])
            let name = namer.name(for: chunk, own: counts[index], phasesUsing: phasesUsing, used: &used)
            let ids = chunk.compactMap(\.id)
            return draft(
                name: name + Prose.idRange(ids), key: "requirements-" + PlanBlockID.key(from: ids.first ?? name),
                requirements: chunk, scenarios: scenarios[index], fallback: nil)
        }
    }

    /// How many requirements of a phase use each word (their open questions left out).
    /// - Parameter words: each requirement's significant words, questions included.
    private static func wordCounts(_ chunk: ArraySlice<Requirement>, words: ArraySlice<[String]>) -> [String: Int] {
        var counts: [String: Int] = [:]
        for (requirement, own) in zip(chunk, words) {
            let text = SpecMarkers.removingQuestions(requirement.text)
            let kept = text == requirement.text ? own : SignificantWords.of(text)
            for word in Set(kept) where !word.allSatisfy(\.isNumber) {
                counts[word, default: 0] += 1
            }
        }
        return counts
    }

    /// A story's plain acceptance criteria and its other labelled lists, as tasks.
    func criteria(of story: UserStory) -> [String] {
        story.acceptanceCriteria.map { phrases.acceptance + $0 }
            + story.lists.flatMap { list in list.items.map { "\(list.label): \($0)" } }
    }

    func draft(
        name: String, key: String, requirements: [Requirement], scenarios: [String], criteria: [String] = [],
        fallback: String?
    ) -> Draft {
        var tasks = requirements.map(Self.task)
        tasks += scenarios.map { phrases.scenario + $0 }
        tasks += criteria
        if tasks.isEmpty, let fallback, !fallback.isEmpty {
            tasks.append(phrases.implement + Prose.firstSentences(fallback, 1))
        }
        let effort =
            estimates.daysPerRequirement * Double(requirements.count) + estimates.daysPerScenario
            * Double(scenarios.count + criteria.count)
        return Draft(
            name: name, key: key, tasks: tasks, days: Estimates.days(effort, minimum: estimates.minimumPhaseDays))
    }

    /// `FR-001: Support X`: a requirement as a phase's task.
    static func task(_ requirement: Requirement) -> String {
        (requirement.id.map { "\($0): " } ?? "") + imperative(requirement.text)
    }

    /// `System MUST support X` -> `Support X`; other wording is kept as the spec says it.
    static func imperative(_ text: String) -> String {
        for subject in ["The system MUST ", "System MUST ", "The System MUST ", "The system SHALL ", "System SHALL "]
        where text.hasPrefix(subject) {
            let rest = text.dropFirst(subject.count)
            return Prose.upperCasingFirstLetter(rest)
        }
        return text
    }

    private func testing(featureDays: Int, small: Bool) -> Draft {
        let verification = VerificationTasks(spec: spec, shape: shape, phrases: phrases)
        var tasks: [String] = []
        if !spec.requirements.isEmpty { tasks.append(verification.requirementTests(count: spec.requirements.count)) }
        let scenarios = spec.allScenarios.count
        if scenarios > 0 { tasks.append(verification.acceptanceTests(count: scenarios)) }
        for edge in spec.edgeCases.prefix(8) { tasks.append(phrases.edgeCase + Prose.shortened(edge, to: 200)) }
        if spec.edgeCases.count > 8 { tasks.append(phrases.otherEdgeCases(spec.edgeCases.count - 8)) }
        if shape.hasRoles { tasks.append(phrases.authorizationTests) }
        let performance = spec.successCriteria.filter { Self.isMeasurable($0.text) }.compactMap(\.id)
        if !performance.isEmpty { tasks.append(verification.performanceChecks(performance)) }
        if let constitution, !constitution.testingRules.isEmpty {
            for rule in constitution.testingRules.prefix(4) {
                tasks.append(phrases.constitution + Prose.shortened(rule, to: 220))
            }
        } else {
            tasks.append(verification.testFirst)
        }
        let edges = estimates.daysPerEdgeCase * Double(spec.edgeCases.count)
        let days = Estimates.days(
            estimates.testingShare * Double(featureDays) + edges,
            minimum: small ? estimates.minimumPhaseDays : estimates.minimumTestingDays)
        return Draft(name: phrases.testingPhase, key: "testing", tasks: tasks, days: days)
    }

    /// A criterion with a figure a check can hold the code to: a percentage, a time, a rate or a load.
    static func isMeasurable(_ text: String) -> Bool {
        text.utf8.contains(UInt8(ascii: "%")) || measureWords.groups(in: text)[0]
    }

    /// The words of a measurable criterion, found in one pass over its words.
    private static let measureWords = WordPhraseTable([
        ["ms", "fps", "seconds", "second", "minute", "minutes", "latency", "p95", "concurrent"]
    ])

    private func documentation() -> Draft {
        let verification = VerificationTasks(spec: spec, shape: shape, phrases: phrases)
        var tasks = [verification.userDocumentation]
        if shape.hasUserInterface, !spec.stories.isEmpty {
            tasks.append(phrases.userFlows(spec.stories.prefix(4).map(\.title).joined(separator: "; ")))
        }
        let text = verification.searchText
        tasks += [verification.apiDocumentation(text), verification.configurationDocumentation(text)].compactMap { $0 }
        if let rules = constitution?.documentationRules {
            for rule in rules.prefix(2) { tasks.append(phrases.constitution + Prose.shortened(rule, to: 200)) }
        }
        tasks.append(phrases.changelog)
        return Draft(
            name: phrases.documentationPhase, key: "documentation", tasks: tasks,
            days: Estimates.days(estimates.documentationDays, minimum: estimates.minimumPhaseDays))
    }
}
