import Testing

@testable import Generator

/// Success Criteria: the spec's own criteria verbatim, the constitution's gates, one outcome per
/// story, about 20 checkboxes, and what the user ticked kept.
@Suite struct SuccessCriteriaTests {
    static func criteria(of testCase: TestFiles.Case) -> [String] {
        section("## Success Criteria", of: PlanSync.render(testCase.inputs)).filter { $0.hasPrefix("- [") }
    }

    /// The lines of a `##` section, heading and marker comments left out.
    static func section(_ heading: String, of plan: String) -> [String] {
        let lines = plan.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard let start = lines.firstIndex(of: heading) else { return [] }
        return Array(lines[(start + 1)...].prefix { !$0.hasPrefix("## ") && !$0.hasPrefix("<!--") })
    }

    @Test func scenariosAreNotRepeatedAsCriteria() throws {
        let criteria = Self.criteria(of: try TestFiles.fixture("022-named-components"))
        #expect(!criteria.contains { $0.contains("Scenario:") }, "\(criteria)")
        #expect(criteria.count == 6, "2 of the spec's, 1 default gate, 3 story outcomes: \(criteria)")
    }

    @Test func theSpecsOwnCriteriaComeFirstVerbatimWithTheirIDs() throws {
        let criteria = Self.criteria(of: try TestFiles.fixture("022-named-components"))
        #expect(
            Array(criteria.prefix(2)) == [
                "- [ ] SC-001: Every evening of the dry season has a plot holder by the first of June",
                "- [ ] SC-002: Nine reminders out of ten arrive before 16:05",
            ])
    }

    @Test func eachStoryGivesOneOutcomeInItsOwnWords() throws {
        let criteria = Self.criteria(of: try TestFiles.fixture("022-named-components"))
        #expect(
            criteria.suffix(3) == [
                "- [ ] US1 Take a Watering Evening, so that the whole site is watered every evening of the dry season",
                "- [ ] US2 Be Reminded: A plot holder gets a text message at four in the afternoon of each evening they took, and can answer it to give the evening back.",
                "- [ ] US3 See Who Watered, in order to thank the most reliable plot holders at the autumn meeting",
            ])
    }

    @Test func aSpecWithMoreThanTwentyCriteriaKeepsThemAllAndAddsNothing() throws {
        let criteria = Self.criteria(of: try TestFiles.fixture("024-many-criteria"))
        #expect(criteria.count == 24)
        #expect(criteria.allSatisfy { $0.hasPrefix("- [ ] SC-0") }, "\(criteria.filter { !$0.contains("SC-0") })")
    }

    @Test func aSpecWithoutCriteriaGetsThemFromItsRequirementGroups() throws {
        let criteria = Self.criteria(of: try TestFiles.fixture("023-derived-criteria"))
        #expect(
            Array(criteria.prefix(3)) == [
                "- [ ] Scanning (FR-001–FR-004): 4 requirements met, each with a passing test",
                "- [ ] Closing Loans (FR-005–FR-008): 4 requirements met, each with a passing test",
                "- [ ] Shelving (FR-009–FR-012): 4 requirements met, each with a passing test",
            ])
    }

    @Test func fewRequirementsWithoutCriteriaAreQuotedOneByOne() {
        var spec = Spec(title: "T", titleFromHeading: true)
        spec.requirements = [
            Requirement(id: "FR-001", text: "The box MUST scan each book", group: "Requirements"),
            Requirement(id: "FR-002", text: "The box MUST print a receipt", group: "Requirements"),
        ]
        let criteria = CriteriaPlanner(spec: spec, constitution: nil).criteria()
        #expect(
            criteria == [
                "FR-001: The box MUST scan each book", "FR-002: The box MUST print a receipt",
                CriteriaPlanner.defaultGate,
            ])
    }

    @Test func manyRequirementsInOneGroupGiveTheStrongOnesAndOneForTheRest() {
        var spec = Spec(title: "T", titleFromHeading: true)
        spec.requirements = (1...30).map {
            Requirement(
                id: "FR-\($0)", text: $0.isMultiple(of: 2) ? "Lists MAY be sorted" : "The box MUST do \($0)",
                group: "Requirements")
        }
        let criteria = CriteriaPlanner(spec: spec, constitution: nil).criteria()
        #expect(criteria.count <= 20)
        #expect(criteria.last == "All 30 requirements (FR-1–FR-30) met, each with a passing test")
        #expect(!criteria.contains { $0.contains("MAY") })
        #expect(!criteria.contains(CriteriaPlanner.defaultGate), "the line for all requirements says it already")
    }

    @Test func gatesAreTheConstitutionsAndShort() {
        var constitution = Constitution(name: "C")
        constitution.gates = [
            "Every change MUST pass CI: type-checking, linting, unit tests, integration tests where practical, security scans, a bundle size budget, a licence check and an accessibility audit of each changed page, reviewed by a second person before merge",
            "Docs updated",
        ]
        constitution.principles = [Principle(name: "Test-First", isNonNegotiable: true, rules: [])]
        let gates = CriteriaPlanner(spec: Spec(title: "T", titleFromHeading: true), constitution: constitution)
            .gates()
        #expect(
            gates == [
                "Constitution gate: Every change MUST pass CI: type-checking, linting, unit tests, integration tests where practical, security scans, a bundle size budget",
                "Constitution gate: Docs updated.",
                "Constitution principle upheld: Test-First (non-negotiable)",
            ])
    }

    @Test func theGoalOfAStoryIsFoundInItsLanguage() {
        #expect(
            CriteriaPlanner.goal(in: "Als Schütze sehe ich die Anzeige, damit ich weiß, wann ich schießen darf.")
                == ", damit ich weiß, wann ich schießen darf")
        #expect(CriteriaPlanner.goal(in: "作为经理，我导出报表，以便在会议上使用。") == "，以便在会议上使用")
        #expect(CriteriaPlanner.goal(in: "A librarian empties the box.") == nil)
    }

    @Test func tickedCriteriaStayTickedWhenTheSpecChanges() throws {
        let testCase = try TestFiles.fixture("022-named-components")
        let plan = PlanSync.render(testCase.inputs)
        let ticked = ["- [ ] SC-002: Nine reminders", "- [ ] US2 Be Reminded"].reduce(plan) { text, prefix in
            PlanMergeTests.editing(
                text, lineStartingWith: prefix,
                to: "- [x]" + (text.split(separator: "\n").first { $0.hasPrefix(prefix) }!.dropFirst(5)))
        }
        var changed = testCase.inputs
        changed.spec += "\n- **SC-003**: No plot holder waters more than two evenings a week\n"
        let update = PlanSync.update(existing: ticked, inputs: changed)
        let text = try #require(update.text)
        #expect(text.contains("- [x] SC-002: Nine reminders out of ten arrive before 16:05"))
        #expect(text.contains("- [x] US2 Be Reminded: A plot holder gets a text message"))
        #expect(text.contains("- [ ] SC-003: No plot holder waters more than two evenings a week"))
    }
}
