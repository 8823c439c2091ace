import Testing

@testable import Generator

/// The mechanical parts of the review rubric (Tests/REVIEW.md), on every golden plan: fixtures
/// and corpus. What needs judgement is read by eye when a golden changes.
@Suite struct PlanReviewTests {
    @Test(arguments: TestFiles.fixtureCases())
    func fixturePlanPassesTheRubric(_ testCase: TestFiles.Case) {
        Self.expectRubric(testCase)
    }

    @Test(.needsCorpus, arguments: TestFiles.corpusCases())
    func corpusPlanPassesTheRubric(_ testCase: TestFiles.Case) {
        Self.expectRubric(testCase)
    }

    /// One-day phases are written "(Day N)", and no risk is ever about plansync itself.
    @Test(arguments: TestFiles.fixtureCases() + TestFiles.corpusCases())
    func noDayRangeOfOneDayAndNoRiskAboutPlansync(_ testCase: TestFiles.Case) {
        guard !testCase.isUnfilledTemplate else { return }
        let plan = PlanSync.render(testCase.inputs)
        let ranges = plan.split(separator: "\n").filter { $0.hasPrefix("### Phase ") && Self.isOneDayRange($0) }
        #expect(ranges.isEmpty, "\(testCase.name): \(ranges)")
        let risks = SuccessCriteriaTests.section("## Risks & Mitigations", of: plan)
        let about = risks.filter { $0.lowercased().contains("plansync") }
        #expect(about.isEmpty, "\(testCase.name): \(about)")
    }

    /// No phase that is not a story's holds more than a quarter of a storied spec's requirements
    /// (four at least): what belongs to no story is spread by its nature and topic, not dumped.
    @Test(arguments: TestFiles.fixtureCases() + TestFiles.corpusCases())
    func noPhaseOutsideTheStoriesHoldsMoreThanAQuarter(_ testCase: TestFiles.Case) {
        guard !testCase.isUnfilledTemplate else { return }
        let spec = SpecParser.parse(testCase.spec, folder: testCase.folder)
        let ids = Set(spec.requirements.compactMap(\.id))
        guard !spec.stories.isEmpty, !ids.isEmpty else { return }
        let limit = max(spec.requirements.count / 4, 4)
        for (section, count) in Self.requirementsPerPhase(PlanSync.render(testCase.inputs), ids: ids)
        where !section.hasPrefix("phase/story-") {
            #expect(count <= limit, "\(testCase.name): \(section) holds \(count) of \(spec.requirements.count)")
        }
    }

    /// For each phase section (its plansync id), how many of `ids` its tasks open with.
    static func requirementsPerPhase(_ plan: String, ids: Set<String>) -> [(String, Int)] {
        var result: [(String, Int)] = []
        for line in plan.split(separator: "\n") {
            if line.hasPrefix("<!-- plansync:section id=") {
                let id = line.dropFirst(25).prefix { $0 != " " }
                result.append((String(id), 0))
            } else if line.hasPrefix("- "), !result.isEmpty, result[result.count - 1].0.hasPrefix("phase/"),
                let colon = line.firstIndex(of: ":"),
                ids.contains(String(line[line.index(line.startIndex, offsetBy: 2)..<colon]))
            {
                result[result.count - 1].1 += 1
            }
        }
        return result.filter { $0.0.hasPrefix("phase/") }
    }

    @Test func theRubricCatchesWhatItChecks() {
        let plan = """
            <!-- plansync:section id=phase/cross-cutting lines=3 hash=0 -->
            ### Phase 5: Cross-Cutting Requirements (Day 9)
            - FR-001: Log every export
            - FR-002: Keep exports for a year
            <!-- plansync:section id=risks lines=1 hash=0 -->
            - FR-003: not a phase
            """
        #expect(Self.requirementsPerPhase(plan, ids: ["FR-001", "FR-002", "FR-003"]).map(\.1) == [2])
        #expect(Self.isOneDayRange("### Phase 2: Export (Days 5-5)"))
        #expect(!Self.isOneDayRange("### Phase 2: Export (Days 5-6)"))
        #expect(Self.componentProblems(["1. A - x…", "2. B flow - y"]).count == 2)
        #expect(Self.componentProblems(["1. Booking - x", "2. booking - y"]).count == 1)
    }

    static func expectRubric(_ testCase: TestFiles.Case) {
        guard !testCase.isUnfilledTemplate else { return }
        let plan = PlanSync.render(testCase.inputs)
        let spec = SpecParser.parse(testCase.spec, folder: testCase.folder)
        let criteria = SuccessCriteriaTests.section("## Success Criteria", of: plan).filter { $0.hasPrefix("- [") }
        if spec.successCriteria.count > 20 {
            #expect(
                criteria.count == spec.successCriteria.count,
                "\(testCase.name): the spec's own criteria, and nothing else")
        } else {
            #expect(criteria.count <= 20, "\(testCase.name): \(criteria.count) success-criteria checkboxes")
        }
        let components = SuccessCriteriaTests.section("### Key Components", of: plan).filter { !$0.isEmpty }
        let problems = componentProblems(components)
        #expect(problems.isEmpty, "\(testCase.name): Key Components: \(problems)")
        SpecIDCoverageTests.expectIDsKept(testCase)
    }

    /// Components cut with "…", story titles with " flow", names listed twice, more than 12.
    static func componentProblems(_ lines: [String]) -> [String] {
        var problems = lines.filter { $0.contains("…") || $0.contains(" flow - ") }
        var seen = Set<String>()
        for line in lines {
            let item = line.drop { $0 != " " }.dropFirst()
            let name = (item.range(of: " - ").map { item[..<$0.lowerBound] } ?? item).lowercased()
            if !seen.insert(name).inserted { problems.append("twice: \(line)") }
        }
        if lines.count > 12 { problems.append("\(lines.count) components") }
        return problems
    }

    /// `### Phase 2: Export (Days 5-5)`.
    static func isOneDayRange(_ heading: some StringProtocol) -> Bool {
        guard let open = heading.range(of: "(Days ", options: .backwards) else { return false }
        let days = heading[open.upperBound...].dropLast().split(separator: "-")
        return days.count == 2 && days[0] == days[1]
    }
}
