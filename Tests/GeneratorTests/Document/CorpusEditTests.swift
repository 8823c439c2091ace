import Testing

@testable import Generator

/// ``SpecEditTests`` on real specs of the shared corpus, edited the way their authors would.
@Suite(.needsCorpus) struct CorpusEditTests {
    @Test func anAddedRequirementChangesPhasesAndApproachOnly() throws {
        try SpecEditTests.expectAddedRequirement(
            try TestFiles.corpus("excalidraw"),
            after:
                "- **FR-012**: Users MUST be able to select double-headed arrows for editing using standard selection tools",
            adding:
                "- **FR-013**: System MUST let users choose the arrowhead style at each end of a double-headed arrow")
    }

    @Test func aRemovedStoryRemovesItsPhase() throws {
        try SpecEditTests.expectRemovedStory(
            try TestFiles.corpus("openleague"),
            story: """
                ### User Story 6 - Public schedule shows what's purchasable (Priority: P2)

                The public rink schedule page shows self-register sessions and lessons with price, remaining
                spots, and a Register/Buy action, alongside the existing schedule and ice-time requests.

                """)
    }

    @Test func anAnsweredClarificationRemovesItsRisk() throws {
        try SpecEditTests.expectAnsweredClarification(
            try TestFiles.corpus("vitafolio"),
            requirement: "- **FR-012**: System MUST support multiple users per instance and multiple households",
            question: "[NEEDS CLARIFICATION: can one item belong to two households?]")
    }

    @Test func anEditOutsideWhatPlansUseWritesNothing() throws {
        let modular = try TestFiles.corpus("modular")
        SpecEditTests.expectUnusedEditWritesNothing(
            modular, replacing: "**Created**: 2025-09-06", with: "**Created**: 2025-09-07")
    }
}
