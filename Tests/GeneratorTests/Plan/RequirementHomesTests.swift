import Testing

@testable import Generator

/// Where requirements of a spec with stories are built: its structure first, then words, then nature.
struct RequirementHomesTests {
    private let stories = [
        UserStoryFixtures.story(1, "Log a weight entry"), UserStoryFixtures.story(2, "Home screen widget"),
    ]

    @Test func aRequirementCitingAStoryGoesToThatStoryWhateverItsWords() {
        let requirements = [
            Requirement(
                id: "FR-001", text: "Widget MUST display the most recent weight", group: "Requirements", stories: [1])
        ]
        let homes = RequirementHomes(requirements: requirements, stories: stories)
        #expect(homes.homes == [.story(0)], "the requirement cites US1: its phase is story 1's")
    }

    @Test func anAuthorsSubHeadingKeepsItsRequirementsWithTheStoryItNames() {
        let requirements = [
            Requirement(id: "FR-001", text: "Refresh every 15 minutes", group: "Widget"),
            Requirement(id: "FR-002", text: "Show the trend arrow", group: "Widget"),
        ]
        let homes = RequirementHomes(requirements: requirements, stories: stories)
        #expect(homes.homes == [.story(1), .story(1)], "the group heading Widget names story 2")
    }

    @Test func theTitleOfAStoryWinsOverSharedWords() {
        let requirements = [
            Requirement(
                id: "FR-001", text: "Widget MUST display the most recent weight", group: "Functional Requirements")
        ]
        let homes = RequirementHomes(requirements: requirements, stories: stories)
        #expect(homes.homes == [.story(1)], "widget is story 2's title word")
    }

    @Test func dataModelGoesToFoundationAndSecurityToItsOwnPhase() {
        let requirements = [
            Requirement(id: "FR-001", text: "Keep entries for two years", group: "Data", kind: .data),
            Requirement(id: "NFR-001", text: "Encrypt entries at rest", group: "Security", kind: .security),
            Requirement(id: "NFR-002", text: "Respond in 200 ms", group: "Performance", kind: .performance),
        ]
        let homes = RequirementHomes(requirements: requirements, stories: stories)
        #expect(homes.homes == [.foundation, .nature(.security), .nature(.performance)])
    }

    @Test func noCatchAllPhaseHoldsMoreThanAQuarterOfTheRequirements() {
        var requirements = (1...4).map {
            Requirement(id: "FR-00\($0)", text: "Log a weight entry number \($0)", group: "Functional Requirements")
        }
        requirements += (5...16).map {
            Requirement(
                id: "FR-0\($0 < 10 ? "0" : "")\($0)", text: "Quarantine \($0) zeppelin",
                group: "Functional Requirements")
        }
        var spec = Spec(title: "Weights", titleFromHeading: true)
        spec.stories = stories
        spec.requirements = requirements
        let plan = PlanBuilder(spec: spec, constitution: nil, siblings: [], options: PlanOptions()).build()
        for phase in plan.phases where !phase.key.hasPrefix("story-") {
            let count = phase.tasks.filter { $0.hasPrefix("FR-") }.count
            #expect(
                count * 4 <= requirements.count, "\(phase.name) holds \(count) of \(requirements.count) requirements")
        }
    }
}

enum UserStoryFixtures {
    static func story(_ number: Int, _ title: String) -> UserStory {
        UserStory(number: number, title: title, priority: PriorityLevel(rank: number), description: "", scenarios: [])
    }
}

/// Requirements in scripts without spaces find their story by shared character pairs.
struct RequirementHomesInCJKTests {
    @Test func aChineseRequirementGoesToTheStoryItSharesCharacterPairsWith() {
        let stories = [UserStoryFixtures.story(1, "导出为 PDF"), UserStoryFixtures.story(2, "导出月度报表")]
        let requirements = [Requirement(id: "FR-001", text: "系统必须每月生成月度报表", group: "功能需求")]
        let homes = RequirementHomes(requirements: requirements, stories: stories)
        #expect(homes.homes == [.story(1)], "月度 and 度报 and 报表 are story 2's title pairs")
    }

    @Test func aJapaneseRequirementGoesToTheStoryItSharesKatakanaPairsWith() {
        let stories = [UserStoryFixtures.story(1, "ターン数の表示"), UserStoryFixtures.story(2, "スコアボードの文字サイズ")]
        let requirements = [Requirement(id: "FR-001", text: "スコアボードの数字を大きくしなければならない", group: "機能要件")]
        let homes = RequirementHomes(requirements: requirements, stories: stories)
        #expect(homes.homes == [.story(1)])
    }
}

/// A story that holds most of a large spec is built in several phases, not one of weeks.
struct LargeStoryPhaseTests {
    @Test func aStoryWithMoreThanTwelveRequirementsIsSplitIntoPartsOfAtMostTen() {
        let requirements = (1...25).map { number in
            "- **FR-\(number < 10 ? "00" : "0")\(number)**: Ledger export MUST handle case \(number) of the ledger export"
        }
        let spec = """
            # Feature Specification: Ledger Export

            ### User Story 1 - Ledger export (Priority: P1)

            Accountants export the ledger.

            **Acceptance Scenarios**:

            1. **Given** a ledger, **When** the accountant exports it, **Then** a file is written

            ## Requirements

            \(requirements.joined(separator: "\n"))
            """
        let plan = PlanSync.render(PlanInputs(spec: spec, folder: "001-ledger-export", constitution: nil, siblings: []))
        let parts = plan.split(separator: "\n").filter {
            $0.hasPrefix("### Phase") && $0.contains("Ledger export (P1): ")
        }
        #expect(parts.count == 3, "25 requirements in parts of at most ten: \(parts)")
        #expect(parts.first?.contains("(FR-001–FR-009)") == true, "\(parts)")
        for id in 1...25 { #expect(plan.contains("FR-\(id < 10 ? "00" : "0")\(id):"), "FR-\(id) kept") }
    }
}
