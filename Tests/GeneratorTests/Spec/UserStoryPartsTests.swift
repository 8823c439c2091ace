import Testing

@testable import Generator

/// A user story's section is split at its `**Label**:` lines: the text before the first label is
/// the story, the list under Acceptance Scenarios its scenarios, and what stands under any other
/// label (why this priority, how to test it) is neither.
@Suite struct UserStoryPartsTests {
    static let spec = """
        # Feature Specification: Rink Sessions

        ## User Scenarios & Testing

        ### User Story 1 - Book a session (Priority: P1)

        A member books a rink session from the weekly schedule.

        **Why this priority**:

        Without booking there is no feature.

        - Given a full rink, members still ask for this first

        **Acceptance Scenarios**:

        1. **Given** a free slot, **When** the member books it, **Then** the slot is reserved.
        2. **Given** a reserved slot, **When** another member books it, **Then** they are told it is taken.

        **Independent Test**: Book a slot and see it reserved.

        - Given nothing else, this test stands alone
        """

    @Test func storyPartsAreReadFromTheirOwnLabels() throws {
        let story = try #require(SpecParser.parse(Self.spec, folder: "003-rink-sessions").stories.first)
        #expect(story.description == "A member books a rink session from the weekly schedule.")
        #expect(
            story.scenarios.map(\.text) == [
                "Given a free slot, when the member books it, then the slot is reserved.",
                "Given a reserved slot, when another member books it, then they are told it is taken.",
            ])
    }

    @Test func aStoryThatStartsWithALabelHasNoDescription() throws {
        let spec = Self.spec.replacing("A member books a rink session from the weekly schedule.\n", with: "")
        let story = try #require(SpecParser.parse(spec, folder: "003-rink-sessions").stories.first)
        #expect(story.description == "" && story.scenarios.count == 2)
    }
}
