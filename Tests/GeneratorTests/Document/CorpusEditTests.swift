import Testing
@testable import Generator

/// Real specs edited the way people edit them: the summary names the sections that changed, and
/// only those.
@Suite struct CorpusEditTests {
    static func corpus(_ prefix: String) -> TestFiles.Case {
        TestFiles.corpusCases().first { $0.name.hasPrefix(prefix) }!
    }

    static func summary(_ testCase: TestFiles.Case, editedSpec: String) throws -> ChangeSummary {
        let before = PlanSync.render(testCase.inputs)
        var edited = testCase
        edited.spec = editedSpec
        let update = PlanSync.update(existing: before, inputs: edited.inputs)
        #expect(update.outcome == .updated, "the edit changed nothing")
        return update.summary
    }

    @Test func anAddedRequirementChangesPhasesAndApproachOnly() throws {
        let excalidraw = Self.corpus("excalidraw")
        let spec = excalidraw.spec.replacing(
            "- **FR-012**: Users MUST be able to select double-headed arrows for editing using standard selection tools",
            with: "- **FR-012**: Users MUST be able to select double-headed arrows for editing using standard selection tools\n- **FR-013**: System MUST let users choose the arrowhead style at each end of a double-headed arrow")
        let summary = try Self.summary(excalidraw, editedSpec: spec)
        #expect(summary.sections.contains("Implementation Phases"))
        #expect(summary.sections.contains("Technical Approach"), "the FR range in the architecture")
        for untouched in ["Title", "Feature Summary", "Dependencies", "Success Criteria"] {
            #expect(!summary.sections.contains(untouched), "\(untouched) changed: \(summary.sections)")
        }
        #expect(summary.added >= 2)
    }

    @Test func aRemovedStoryRemovesItsPhase() throws {
        let openleague = Self.corpus("openleague")
        let story = """
        ### User Story 6 - Public schedule shows what's purchasable (Priority: P2)

        The public rink schedule page shows self-register sessions and lessons with price, remaining
        spots, and a Register/Buy action, alongside the existing schedule and ice-time requests.

        """
        #expect(openleague.spec.contains(story))
        let summary = try Self.summary(openleague, editedSpec: openleague.spec.replacing(story, with: ""))
        #expect(summary.sections.contains("Implementation Phases"))
        #expect(summary.removed > 0)
        for untouched in ["Title", "Feature Summary", "Risks & Mitigations", "Dependencies"] {
            #expect(!summary.sections.contains(untouched), "\(untouched) changed: \(summary.sections)")
        }
    }

    @Test func anAnsweredClarificationRemovesItsRisk() throws {
        let vitafolio = Self.corpus("vitafolio")
        let question = "- **FR-012**: System MUST support multiple users per instance and multiple households [NEEDS CLARIFICATION: can one item belong to two households?]"
        var asked = vitafolio
        asked.spec = vitafolio.spec.replacing("- **FR-012**: System MUST support multiple users per instance and multiple households", with: question)
        let askedSummary = try Self.summary(vitafolio, editedSpec: asked.spec)
        #expect(askedSummary.sections.contains("Risks & Mitigations") && askedSummary.sections.contains("Notes"), "\(askedSummary.sections)")

        let answered = try Self.summary(asked, editedSpec: vitafolio.spec)
        #expect(answered.sections.contains("Risks & Mitigations"), "\(answered.sections)")
        #expect(answered.sections.contains("Notes"))
        #expect(!answered.sections.contains("Feature Summary") && !answered.sections.contains("Success Criteria"))
    }

    @Test func anEditOutsideWhatPlansUseWritesNothing() {
        let modular = Self.corpus("modular")
        var edited = modular
        edited.spec = modular.spec.replacing("**Created**: 2025-09-06", with: "**Created**: 2025-09-07")
        #expect(edited.spec != modular.spec)
        let update = PlanSync.update(existing: PlanSync.render(modular.inputs), inputs: edited.inputs)
        #expect(update.outcome == .unchanged)
    }
}
