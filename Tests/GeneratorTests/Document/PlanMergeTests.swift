import Testing

@testable import Generator

/// Regeneration onto a plan people have edited: what they wrote is never lost.
@Suite struct PlanMergeTests {
    static let base = """
        # Feature Specification: Team Calendar

        **Input**: User description: "Teams share one calendar. Members see each other's events."

        ## User Scenarios & Testing

        ### User Story 1 - See the team's events (Priority: P1)

        A member opens the calendar page and sees every event of the team.

        **Acceptance Scenarios**:

        1. **Given** a team with events, **When** a member opens the calendar, **Then** all events are shown

        ### User Story 2 - Add an event (Priority: P2)

        A member adds an event with a title and a time.

        ### Edge Cases

        - Two events at the same time.

        ## Requirements

        - **FR-001**: System MUST show every event of the member's team on the calendar
        - **FR-002**: System MUST let members add an event with a title and a time

        ### Key Entities

        - **Event**: a title, a start and an end time.

        ## Success Criteria

        - **SC-001**: A member finds an event in under 5 seconds.
        """

    static func inputs(_ spec: String = base, constitution: String? = nil) -> PlanInputs {
        PlanInputs(spec: spec, folder: "001-team-calendar", constitution: constitution, siblings: [])
    }

    /// The spec with every part changed, so that every generated section changes.
    static let rewritten =
        base
        .replacing("Team Calendar", with: "Club Calendar")
        .replacing("Teams share one calendar.", with: "Clubs share one calendar with all their teams.")
        .replacing("A member opens", with: "A coach opens")
        .replacing("- Two events at the same time.", with: "- Two events at the same time.\n- An event without an end.")
        .replacing(
            "- **FR-002**: System MUST let members add an event with a title and a time",
            with:
                "- **FR-002**: System MUST let members add an event with a title and a time\n- **FR-003**: System MUST let admins remove any event [NEEDS CLARIFICATION: also past events?]"
        )
        .replacing(
            "- **Event**: a title, a start and an end time.",
            with: "- **Event**: a title, a start and an end time.\n- **Team**: a name and its members."
        )
        .replacing("under 5 seconds", with: "under 3 seconds")

    static func generate(_ inputs: PlanInputs) -> String { PlanSync.render(inputs) }

    static func update(_ existing: String, _ inputs: PlanInputs, force: Bool = false) -> PlanUpdate {
        PlanSync.update(existing: existing, inputs: inputs, force: force)
    }

    /// Replaces the first line starting with `prefix` in `text`.
    static func editing(_ text: String, lineStartingWith prefix: String, to replacement: String) -> String {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let index = lines.firstIndex { $0.hasPrefix(prefix) }!
        lines[index] = replacement
        return lines.joined(separator: "\n")
    }

    static let sectionEdits: [(String, String, String)] = [
        ("Title", "# Implementation Plan:", "# Implementation Plan: Our Calendar (renamed by hand)"),
        ("Feature Summary", "Teams share one calendar.", "Our own summary, written by hand."),
        ("Technical Approach", "- **Backend**:", "- **Backend**: Rust with axum, decided in the design review"),
        ("Implementation Phases", "### Phase 1:", "### Phase 1: Foundation, done by the platform team (Days 1-2)"),
        ("Dependencies", "### Internal Dependencies", "### Internal Dependencies\n- The SSO rollout must land first"),
        (
            "Risks & Mitigations", "No significant risks found in the spec",
            "We accept the one risk we see: the vendor's calendar may change its API."
        ),
        ("Success Criteria", "- [ ] SC-001", "- [ ] SC-001: measured by the product team"),
        ("Estimated Timeline", "**Total:", "**Total: 30 days (6 weeks)** agreed with the client"),
        ("Notes", "- Stack", "- Stack: settled, see ADR-7."),
    ]

    @Test(arguments: sectionEdits.map(\.0))
    func anEditedSectionIsKeptWhileTheOthersUpdate(_ section: String) throws {
        let (_, prefix, replacement) = Self.sectionEdits.first { $0.0 == section }!
        let edited = Self.editing(Self.generate(Self.inputs()), lineStartingWith: prefix, to: replacement)
        let update = Self.update(edited, Self.inputs(Self.rewritten))
        let text = try #require(update.text)
        #expect(text.contains(replacement), "the hand edit in \(section) was lost")
        #expect(update.summary.kept == [section], "kept: \(update.summary.kept)")
        // Phases and risks are kept one `###` at a time; the other phases and risks still update.
        if !["Implementation Phases", "Risks & Mitigations"].contains(section) {
            #expect(!update.summary.sections.contains(section))
        }
        #expect(update.summary.sections.count >= 5, "other sections did not update: \(update.summary.sections)")
        let again = Self.update(text, Self.inputs(Self.rewritten))
        #expect(again.text == nil, "regenerating twice wrote the second time")
    }

    @Test func editsInTwoSectionsAreBothKept() throws {
        var plan = Self.generate(Self.inputs())
        plan = Self.editing(plan, lineStartingWith: "Teams share one calendar.", to: "Summary by hand.")
        plan = Self.editing(plan, lineStartingWith: "- Stack", to: "- Notes by hand.")
        let update = Self.update(plan, Self.inputs(Self.rewritten))
        let text = try #require(update.text)
        #expect(text.contains("Summary by hand.") && text.contains("- Notes by hand."))
        #expect(update.summary.kept == ["Feature Summary", "Notes"])
        #expect(text.contains("FR-003"), "the unedited sections did not follow the spec")
    }

    @Test(arguments: ["start", "middle", "end"])
    func sectionsTheUserAddedStayWhereTheyAre(_ place: String) throws {
        let own = "## Our Decisions\nWe use the existing event bus.\n"
        var plan = Self.generate(Self.inputs())
        switch place {
        case "start":
            plan = plan.replacing("<!-- plansync:section id=title", with: own + "\n<!-- plansync:section id=title")
        case "middle":
            plan = plan.replacing(
                "<!-- plansync:section id=dependencies", with: own + "\n<!-- plansync:section id=dependencies")
        default: plan = plan.replacing("<!-- plansync:end -->\n", with: "<!-- plansync:end -->\n\n" + own)
        }
        let update = Self.update(plan, Self.inputs(Self.rewritten))
        let text = try #require(update.text)
        #expect(text.contains(own), "the user's own section was lost")
        #expect(update.summary.kept.isEmpty, "adding a section is not editing one: \(update.summary.kept)")
        switch place {
        case "start":
            #expect(text.firstRange(of: own)!.lowerBound < text.firstRange(of: "# Implementation Plan")!.lowerBound)
        case "middle":
            let at = text.firstRange(of: own)!.lowerBound
            #expect(
                text.firstRange(of: "## Implementation Phases")!.lowerBound < at
                    && at < text.firstRange(of: "## Dependencies")!.lowerBound)
        default: #expect(text.hasSuffix(own))
        }
        #expect(text.contains("FR-003"))
    }

    @Test func aParagraphBetweenSectionsStaysAndTheSectionStillUpdates() throws {
        let paragraph = "A paragraph of ours, right after the summary."
        let plan = Self.generate(Self.inputs()).replacing(
            "<!-- plansync:section id=approach", with: paragraph + "\n\n<!-- plansync:section id=approach")
        let update = Self.update(plan, Self.inputs(Self.rewritten))
        let text = try #require(update.text)
        #expect(text.contains("Clubs share one calendar"), "the summary did not update")
        #expect(text.contains(paragraph + "\n\n<!-- plansync:section id=approach"))
        #expect(update.summary.kept.isEmpty)
    }

    @Test(arguments: [true, false])
    func aDeletedSectionIsGeneratedAgainAtItsPlace(withMarker: Bool) throws {
        let plan = Self.generate(Self.inputs())
        var lines = plan.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let marker = lines.firstIndex { $0.hasPrefix("<!-- plansync:section id=dependencies") }!
        let next = lines[(marker + 1)...].firstIndex { $0.hasPrefix("<!-- plansync:section") }!
        lines.removeSubrange((withMarker ? marker : marker + 1)..<next)
        let deleted = lines.joined(separator: "\n")
        #expect(!deleted.contains("## Dependencies"))
        let update = Self.update(deleted, Self.inputs())
        let text = try #require(update.text)
        #expect(text == plan, "the deleted section did not come back at its place")
        #expect(update.summary.sections == ["Dependencies"])
    }

    @Test func reorderedSectionsKeepTheUsersOrder() throws {
        let plan = Self.generate(Self.inputs())
        let notesStart = plan.firstRange(of: "<!-- plansync:section id=notes")!.lowerBound
        let notesEnd = plan.firstRange(of: "<!-- plansync:end -->")!.lowerBound
        let notes = String(plan[notesStart..<notesEnd])
        var reordered = plan
        reordered.removeSubrange(notesStart..<notesEnd)
        reordered = reordered.replacing(
            "<!-- plansync:section id=summary", with: notes + "\n<!-- plansync:section id=summary")
        let update = Self.update(reordered, Self.inputs(Self.rewritten))
        let text = try #require(update.text)
        #expect(text.firstRange(of: "## Notes")!.lowerBound < text.firstRange(of: "## Feature Summary")!.lowerBound)
        #expect(text.contains("Clubs share one calendar"))
        #expect(update.summary.kept.isEmpty)
    }

    @Test func aTickedBoxStaysTickedWhileItsTextIsTheSame() throws {
        let plan = Self.generate(Self.inputs()).replacing("- [ ] SC-001", with: "- [x] SC-001")
        let unchanged = Self.update(plan, Self.inputs())
        #expect(unchanged.outcome == .unchanged, "ticking a box counted as a change")
        let spec = Self.base.replacing(
            "- **FR-002**: System MUST let members add an event with a title and a time",
            with:
                "- **FR-002**: System MUST let members add an event with a title and a time\n- **FR-003**: System MUST keep a history of changes"
        )
        let update = Self.update(plan, Self.inputs(spec))
        let text = try #require(update.text)
        #expect(
            text.contains("- [x] SC-001: A member finds an event in under 5 seconds."), "the ticked box was unticked")
        #expect(update.summary.kept.isEmpty)
        let changedCriterion = Self.update(
            text, Self.inputs(spec.replacing("under 5 seconds", with: "under 2 seconds")))
        #expect(
            changedCriterion.text?.contains("- [ ] SC-001: A member finds an event in under 2 seconds.") == true,
            "a criterion whose text changed must start unticked")
    }

    @Test func aSpecChangeTouchingOneSectionRewritesOnlyThatSection() throws {
        let plan = Self.generate(Self.inputs())
        let spec = Self.base.replacing("under 5 seconds", with: "under 4 seconds")
        let update = Self.update(plan, Self.inputs(spec))
        #expect(update.summary.sections == ["Success Criteria"])
        #expect(update.summary.added == 1 && update.summary.removed == 1)
        // The header records the inputs' fingerprint, so it changes with any spec change.
        func outside(_ text: String) -> [Substring] {
            text.split(separator: "\n").filter {
                !$0.contains("SC-001") && !$0.contains("id=criteria") && !$0.hasPrefix("<!-- Generated by plansync")
            }
        }
        #expect(outside(plan) == outside(try #require(update.text)), "bytes outside the changed section moved")
    }

    @Test func aSpecChangeTouchingEverySectionRewritesThemAll() throws {
        let update = Self.update(Self.generate(Self.inputs()), Self.inputs(Self.rewritten))
        #expect(update.outcome == .updated)
        #expect(
            Set(update.summary.sections).isSuperset(of: [
                "Title", "Feature Summary", "Technical Approach", "Implementation Phases",
                "Risks & Mitigations", "Success Criteria", "Estimated Timeline",
            ]))
        #expect(
            update.text == Self.generate(Self.inputs(Self.rewritten)),
            "an unedited plan must become exactly the fresh plan")
    }

    @Test func crlfPlansStayCRLFAndMergeTheSame() throws {
        let plan = Self.generate(Self.inputs()).replacing("Teams share one calendar.", with: "Hand summary.")
        let crlf = plan.replacing("\n", with: "\r\n")
        let update = Self.update(crlf, Self.inputs(Self.rewritten))
        let text = try #require(update.text)
        #expect(!text.replacing("\r\n", with: "").contains("\n"), "a CRLF plan got LF lines")
        #expect(text.replacing("\r\n", with: "\n") == Self.update(plan, Self.inputs(Self.rewritten)).text)
        #expect(update.summary.kept == ["Feature Summary"])
    }

    @Test func aPlanCutShortIsKeptAndReported() {
        let plan = Self.generate(Self.inputs())
        let half = String(plan.prefix(plan.count / 2))
        let update = Self.update(half, Self.inputs())
        #expect(update.outcome == .skippedTruncated)
        #expect(update.text == nil, "a truncated plan was treated as generated and rewritten")
        #expect(Self.update(half, Self.inputs(), force: true).outcome == .updated)
    }

    @Test func aPlanWithoutTheHeaderIsTheUsers() {
        let update = Self.update("# My plan\n\nWritten by me.\n", Self.inputs())
        #expect(update.outcome == .skippedUserWritten)
        #expect(update.text == nil)
    }

    @Test func forceRegeneratesEverySectionAndNamesOnlyRealChanges() throws {
        let edited = Self.generate(Self.inputs()).replacing("Teams share one calendar.", with: "Hand summary.")
        let update = Self.update(edited, Self.inputs(), force: true)
        #expect(update.text == Self.generate(Self.inputs()))
        #expect(update.summary.sections == ["Feature Summary"])
        #expect(update.summary.kept.isEmpty)
    }
}

/// The inputs' fingerprint in the header lets the daemon skip plans that are up to date.
@Suite struct PlanFingerprintTests {
    @Test func aPlanRecordingTheseInputsIsTrustedWithoutGenerating() {
        let inputs = PlanMergeTests.inputs()
        let plan = PlanMergeTests.generate(inputs)
        #expect(PlanSync.isComplete(plan, fingerprint: inputs.fingerprint))
        let skipped = PlanSync.update(existing: plan, inputs: inputs, trustFingerprint: true)
        #expect(skipped.outcome == .unchanged && skipped.text == nil)
    }

    @Test func anyInputChangeChangesTheFingerprint() {
        let base = PlanMergeTests.inputs()
        var other = base
        other.spec += "\n"
        #expect(other.fingerprint != base.fingerprint)
        let withSibling = PlanInputs(
            spec: base.spec, folder: base.folder, constitution: nil,
            siblings: [SiblingSpec(folder: "002-x", title: "X")])
        #expect(withSibling.fingerprint != base.fingerprint)
        let withLaw = PlanInputs(
            spec: base.spec, folder: base.folder,
            constitution: "# C\n## Core Principles\n### I. A\n- Tests MUST pass.\n", siblings: [])
        #expect(withLaw.fingerprint != base.fingerprint)
        var estimates = Estimates()
        estimates.daysPerRequirement = 1
        let withOptions = PlanInputs(
            spec: base.spec, folder: base.folder, constitution: nil, siblings: [],
            options: PlanOptions(estimates: estimates))
        #expect(withOptions.fingerprint != base.fingerprint)
    }

    @Test func aTruncatedPlanIsNeverTrusted() {
        let inputs = PlanMergeTests.inputs()
        let plan = PlanMergeTests.generate(inputs)
        let half = String(plan.prefix(plan.count / 2))
        #expect(!PlanSync.isComplete(half, fingerprint: inputs.fingerprint))
        #expect(PlanSync.update(existing: half, inputs: inputs, trustFingerprint: true).outcome == .skippedTruncated)
    }

    @Test func aSpecChangeThatChangesNoSectionWritesNothing() {
        let inputs = PlanMergeTests.inputs()
        let plan = PlanMergeTests.generate(inputs)
        let dated = PlanMergeTests.inputs(PlanMergeTests.base + "\n**Created**: 2026-01-01\n")
        #expect(dated.fingerprint != inputs.fingerprint)
        #expect(PlanSync.update(existing: plan, inputs: dated).outcome == .unchanged)
    }
}
