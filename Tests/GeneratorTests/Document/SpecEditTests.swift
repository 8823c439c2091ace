import Testing

@testable import Generator

/// Specs edited the way people edit them: the summary names the sections that changed, and only
/// those. The checks run on fixture specs here and on the shared corpus in ``CorpusEditTests``.
@Suite struct SpecEditTests {
    @Test func anAddedRequirementChangesPhasesAndApproachOnly() throws {
        try Self.expectAddedRequirement(
            try TestFiles.fixture("harbour-tides", "001-tide-chart"),
            after: "- **FR-010**: System MUST mark high and low water with labels as well as colour",
            adding: "- **FR-011**: Users MUST be able to choose metres or feet for every height shown")
    }

    @Test func aRemovedStoryRemovesItsPhase() throws {
        try Self.expectRemovedStory(
            try TestFiles.fixture("harbour-tides", "002-berth-booking"),
            story: """
                ### User Story 4 - Cancel a Booking (Priority: P3)

                A skipper cancels a booking from the link in the confirmation email and gets back what the
                cancellation rules allow.

                """)
    }

    @Test func anAnsweredClarificationRemovesItsRisk() throws {
        try Self.expectAnsweredClarification(
            try TestFiles.fixture("pantry-log", "001-pantry-inventory"),
            requirement:
                "- **FR-012**: System MUST let several households use one instance, each with its own pantries",
            question: "[NEEDS CLARIFICATION: can one item belong to two households?]")
    }

    @Test func anEditOutsideWhatPlansUseWritesNothing() throws {
        let relay = try TestFiles.fixture("relay-kit", "001-baseline-runtime")
        Self.expectUnusedEditWritesNothing(relay, replacing: "**Created**: 2025-02-01", with: "**Created**: 2025-02-02")
    }

    static func summary(_ testCase: TestFiles.Case, editedSpec: String) throws -> ChangeSummary {
        let before = PlanSync.render(testCase.inputs)
        var edited = testCase
        edited.spec = editedSpec
        let update = PlanSync.update(existing: before, inputs: edited.inputs)
        #expect(update.outcome == .updated, "the edit changed nothing")
        return update.summary
    }

    static func expectAddedRequirement(_ testCase: TestFiles.Case, after line: String, adding requirement: String)
        throws
    {
        #expect(testCase.spec.contains(line + "\n"), "\(testCase.name) lost the line this test edits")
        let summary = try summary(
            testCase, editedSpec: testCase.spec.replacing(line + "\n", with: line + "\n" + requirement + "\n"))
        #expect(summary.sections.contains("Implementation Phases"))
        #expect(summary.sections.contains("Technical Approach"), "the FR range in the architecture")
        for untouched in ["Title", "Feature Summary", "Dependencies", "Success Criteria"] {
            #expect(!summary.sections.contains(untouched), "\(untouched) changed: \(summary.sections)")
        }
        #expect(summary.added >= 2)
    }

    static func expectRemovedStory(_ testCase: TestFiles.Case, story: String) throws {
        #expect(testCase.spec.contains(story), "\(testCase.name) lost the story this test removes")
        let summary = try summary(testCase, editedSpec: testCase.spec.replacing(story, with: ""))
        #expect(summary.sections.contains("Implementation Phases"))
        #expect(summary.removed > 0)
        // Risks name the phases they threaten by number: removing a phase renumbers those after it.
        for untouched in ["Title", "Feature Summary", "Dependencies"] {
            #expect(!summary.sections.contains(untouched), "\(untouched) changed: \(summary.sections)")
        }
    }

    /// Asking the question adds a risk and a note; answering it (the spec as it was) takes both away.
    static func expectAnsweredClarification(_ testCase: TestFiles.Case, requirement: String, question: String) throws {
        #expect(
            testCase.spec.contains(requirement + "\n"), "\(testCase.name) lost the requirement this test asks about")
        var asked = testCase
        asked.spec = testCase.spec.replacing(requirement + "\n", with: requirement + " " + question + "\n")
        let askedSummary = try summary(testCase, editedSpec: asked.spec)
        #expect(
            askedSummary.sections.contains("Risks & Mitigations") && askedSummary.sections.contains("Notes"),
            "\(askedSummary.sections)")

        let answered = try summary(asked, editedSpec: testCase.spec)
        #expect(answered.sections.contains("Risks & Mitigations"), "\(answered.sections)")
        #expect(answered.sections.contains("Notes"))
        #expect(!answered.sections.contains("Feature Summary") && !answered.sections.contains("Success Criteria"))
    }

    static func expectUnusedEditWritesNothing(_ testCase: TestFiles.Case, replacing old: String, with new: String) {
        var edited = testCase
        edited.spec = testCase.spec.replacing(old, with: new)
        #expect(edited.spec != testCase.spec, "\(testCase.name) lost the line this test edits")
        let update = PlanSync.update(existing: PlanSync.render(testCase.inputs), inputs: edited.inputs)
        #expect(update.outcome == .unchanged)
    }
}
