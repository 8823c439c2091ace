import Foundation
import Testing

@testable import Generator

/// Spec Kit's own text is never taken for the author's: a spec still holding the template got a
/// plan of placeholders (`### Phase 2: [Brief Title] (P1)`, `[Entity 1] model`) and an "Email
/// delivery" service taken from the template's example marker.
@Suite struct TemplateTextTests {
    @Test(arguments: [
        (
            "IMPORTANT: User stories should be PRIORITIZED as user journeys ordered by importance.",
            TemplateText.Kind.guidance
        ),
        ("ACTION REQUIRED: The content in this section represents placeholders.", .guidance),
        ("Fill them out with the right functional requirements.", .guidance),
        ("  - Tested independently", .guidance),
        ("*GATE: Automated checks run during main() execution*", .guidance),
        ("- ✅ Focus on WHAT users need and WHY", .guidance),
        ("- [ ] Requirements are testable and unambiguous", .guidance),
        ("- [x] No implementation details (languages, frameworks, APIs)", .guidance),
        ("   → If no clear user flow: ERROR \"Cannot determine user scenarios\"", .guidance),
        ("*Example of marking unclear requirements:*", .example),
        (
            "- **FR-006**: System MUST authenticate users via [NEEDS CLARIFICATION: auth method not specified - email/password, SSO, OAuth?]",
            .example
        ),
        (
            "- **FR-012**: System MUST retain user data for [NEEDS CLARIFICATION: retention period not specified]",
            .example
        ),
        ("# Feature Specification: [FEATURE NAME]", .placeholder),
        ("**Feature Branch**: `[###-feature-name]`", .placeholder),
        ("**Created**: [DATE]", .placeholder),
        ("**Input**: User description: \"$ARGUMENTS\"", .placeholder),
        ("### User Story 2 - [Brief Title] (Priority: P2)", .placeholder),
        ("[Describe this user journey in plain language]", .placeholder),
        ("1. **Given** [initial state], **When** [action], **Then** [expected outcome]", .placeholder),
        ("- What happens when [boundary condition]?", .placeholder),
        ("- **FR-001**: System MUST [specific capability, e.g., \"allow users to create accounts\"]", .placeholder),
        ("- **[Entity 1]**: [What it represents, key attributes without implementation]", .placeholder),
        ("- **SC-004**: Reduce support tickets related to [X] by 50%", .placeholder),
        ("- [Assumption about target users, e.g., \"Users have stable internet connectivity\"]", .placeholder),
        ("### Historia de usuario 1 - [Título breve] (Prioridad: P1)", .placeholder),
        ("- **[Entität 1]**: [Was sie darstellt]", .placeholder),
        ("**功能分支**: `[###-feature-name]`", .placeholder),
        ("**Project**: [PROJECT_NAME]", .placeholder),
    ])
    func theTemplatesOwnTextIsKnownByItsWording(line: String, kind: TemplateText.Kind) {
        #expect(TemplateText.kind(of: line) == kind, "\(line)")
    }

    @Test(arguments: [
        "- **FR-001**: Members MUST book a court for one hour",
        "- [x] Export finished",
        "See [the rink spec](../002-rink/spec.md) and [RFC 7231][rfc]",
        "1. **Given** a free court, **When** a member books it, **Then** the booking is confirmed",
        "- **Reservation**: member, court, start and end",
        "The timer shows [000] in red",
        "Tested independently by the QA team in the lab",
        "Arrays like [a, b] and the [API] stay",
        "- Pricing is [NEEDS CLARIFICATION: per hour or per slot?]",
    ])
    func theAuthorsTextIsNotTemplate(line: String) {
        #expect(TemplateText.kind(of: line) == nil, "\(line)")
    }

    @Test func placeholdersAreListedAsWritten() {
        #expect(TemplateText.placeholders(in: "### User Story 1 - [Brief Title] (Priority: P1)") == ["[Brief Title]"])
        #expect(TemplateText.placeholders(in: "**Input**: User description: \"$ARGUMENTS\"") == ["$ARGUMENTS"])
        #expect(
            TemplateText.placeholders(in: "- **[Entity 2]**: [What it represents, relationships to other entities]")
                == ["[Entity 2]", "[What it represents, relationships to other entities]"])
        #expect(TemplateText.isPlaceholder("[Brief Title]"))
        #expect(TemplateText.isPlaceholder("Entity 1"))
        #expect(TemplateText.isPlaceholder("$ARGUMENTS"))
        #expect(!TemplateText.isPlaceholder("Reservation"))
    }

    /// What `/speckit.specify` writes first: the template with its placeholders.
    static let unfilled = """
        # Feature Specification: [FEATURE NAME]

        **Feature Branch**: `[###-feature-name]`
        **Created**: [DATE]
        **Status**: Draft
        **Input**: User description: "$ARGUMENTS"

        ## User Scenarios & Testing *(mandatory)*

        <!--
          IMPORTANT: User stories should be PRIORITIZED as user journeys ordered by importance.
        -->

        ### User Story 1 - [Brief Title] (Priority: P1)

        [Describe this user journey in plain language]

        **Why this priority**: [Explain the value and why it has this priority level]

        **Acceptance Scenarios**:

        1. **Given** [initial state], **When** [action], **Then** [expected outcome]

        ---

        ## Requirements *(mandatory)*

        ### Functional Requirements

        - **FR-001**: System MUST [specific capability, e.g., "allow users to create accounts"]

        *Example of marking unclear requirements:*

        - **FR-006**: System MUST authenticate users via [NEEDS CLARIFICATION: auth method not specified - email/password, SSO, OAuth?]

        ### Key Entities *(include if feature involves data)*

        - **[Entity 1]**: [What it represents, key attributes without implementation]
        """

    @Test func aFreshlyCopiedTemplateIsUnfilled() {
        #expect(TemplateText.isUnfilledTemplate(Self.unfilled))
    }

    @Test func aTemplateWhoseHeaderWasFilledFirstIsStillUnfilled() {
        let header = Self.unfilled
            .replacingOccurrences(of: "[FEATURE NAME]", with: "Court booking")
            .replacingOccurrences(of: "\"$ARGUMENTS\"", with: "\"Members book courts online\"")
        #expect(TemplateText.isUnfilledTemplate(header))
    }

    @Test func oneLineOfTheAuthorsOwnMakesItASpec() {
        let started = Self.unfilled.replacingOccurrences(
            of: "[Describe this user journey in plain language]", with: "A member picks a free court and books it.")
        #expect(!TemplateText.isUnfilledTemplate(started))
    }

    @Test func aSpecWithoutTemplateTextIsNoTemplate() {
        #expect(!TemplateText.isUnfilledTemplate("# Court booking\n\nMembers book courts.\n"))
        #expect(!TemplateText.isUnfilledTemplate(""))
    }

    @Test(.enabled(if: CorpusHeadings.isAvailable, "../shared/corpus is absent beside the package"))
    func bothTemplateVersionsAreUnfilledAndNoCorpusSpecIs() throws {
        for version in ["v0.0-initial", "v1.0.1"] {
            let template = try #require(CorpusHeadings.text("spec-kit-templates/\(version)/spec-template.md"))
            #expect(TemplateText.isUnfilledTemplate(template), "\(version)")
        }
        for path in CorpusHeadings.specPaths() where !path.hasPrefix("spec-kit-templates") {
            let spec = try #require(CorpusHeadings.text(path))
            #expect(!TemplateText.isUnfilledTemplate(spec), "\(path)")
        }
    }

    /// Every line of both template versions that asks something of the author, or stands for
    /// what the author will write, is recognised as the template's.
    @Test(.enabled(if: CorpusHeadings.isAvailable, "../shared/corpus is absent beside the package"))
    func everyBracketAndGuidanceLineOfTheTemplatesIsKnown() throws {
        for version in ["v0.0-initial", "v1.0.1"] {
            let template = try #require(CorpusHeadings.text("spec-kit-templates/\(version)/spec-template.md"))
            for line in template.split(separator: "\n") where line.contains("[") && !line.contains("](") {
                #expect(TemplateText.kind(of: String(line)) != nil, "\(version): \(line)")
            }
        }
    }
}
