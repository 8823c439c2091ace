import Testing

@testable import Generator

/// The shape `generate` and the daemon report is the plan as written: the model for what is as
/// generated, the headings for what the user edited, and nothing where the file does not say.
@Suite struct PlanShapeTests {
    /// The merge tests' spec with an open question and personal data, so that its plan has risks to report.
    static let spec = PlanMergeTests.base.replacing(
        "- **FR-002**: System MUST let members add an event with a title and a time",
        with: """
            - **FR-002**: System MUST let members add an event with a title and a time
            - **FR-003**: Members MUST be able to invite guests by email address [NEEDS CLARIFICATION: guests from outside the team?]
            """)
    static let changedSpec = spec.replacing(
        "every event of the member's team", with: "every event of the member's club")

    /// A fresh plan for `spec`, then the update after the spec changed, with `edit` applied to
    /// the plan on disk in between.
    static func shapeAfterEdit(_ edit: (String) -> String) throws -> (update: PlanUpdate, written: String) {
        let first = PlanSync.update(existing: nil, inputs: PlanMergeTests.inputs(spec))
        let text = try #require(first.text)
        let edited = edit(text)
        #expect(edited != text, "the edit changed nothing: the test proves nothing")
        let update = PlanSync.update(existing: edited, inputs: PlanMergeTests.inputs(changedSpec))
        #expect(update.outcome == .updated)
        return (update, try #require(update.text))
    }

    /// The `### ` headings of one `##` section of a plan's text.
    static func subheadings(of section: String, in text: String) -> [String] {
        let lines = normalizedLines(text)
        guard let start = lines.firstIndex(of: "## " + section) else { return [] }
        return lines[(start + 1)...].prefix { !$0.hasPrefix("## ") }.filter { $0.hasPrefix("### ") }
    }

    static func totalLine(in text: String) -> String? {
        normalizedLines(text).first { $0.hasPrefix("**Total: ") }
    }

    @Test func aNewPlansShapeIsItsPhasesTimelineAndRisks() throws {
        let update = PlanSync.update(existing: nil, inputs: PlanMergeTests.inputs(Self.spec))
        let text = try #require(update.text)
        let shape = try #require(update.shape)
        let phases = Self.subheadings(of: "Implementation Phases", in: text)
        #expect(shape.phases?.count == phases.count && !phases.isEmpty)
        for (phase, heading) in zip(shape.phases ?? [], phases) {
            #expect(heading.contains(": \(phase.name) (Day"), "\(heading) is not the phase \(phase.name)")
        }
        #expect(Self.totalLine(in: text)?.hasPrefix("**Total: \(try #require(shape.days)) day") == true)
        let risks = Self.subheadings(of: "Risks & Mitigations", in: text)
        #expect(shape.risks?.count == risks.count)
        for (title, heading) in zip(shape.risks ?? [], risks) { #expect(heading.hasSuffix(": " + title)) }
    }

    @Test func aPlanNotWrittenHasNoShape() throws {
        let text = try #require(PlanSync.update(existing: nil, inputs: PlanMergeTests.inputs(Self.spec)).text)
        let again = PlanSync.update(existing: text, inputs: PlanMergeTests.inputs(Self.spec))
        #expect(again.outcome == .unchanged && again.shape == nil)
    }

    @Test func aHandEditedRiskTitleIsTheOneReported() throws {
        let (update, written) = try Self.shapeAfterEdit {
            $0.replacing(/### Risk 1: [^\n]*/, with: "### Risk 1: Vendor calendar API shut down", maxReplacements: 1)
        }
        #expect(update.summary.kept == ["Risks & Mitigations"])
        let risks = try #require(update.shape?.risks, "a hand-edited risk title left the risks unknown")
        #expect(risks.first == "Vendor calendar API shut down")
        #expect(risks.count == Self.subheadings(of: "Risks & Mitigations", in: written).count)
        #expect(update.shape?.phases != nil)
    }

    @Test func risksRewrittenUnderOneMarkerAreNotReported() throws {
        // Two risks where plansync's marker accounts for one: how many there are is not known.
        let (update, _) = try Self.shapeAfterEdit {
            $0.replacing(
                /### Risk 1: [^\n]*/,
                with: "### Risk 1: Vendor API shut down\n- **Mitigation**: Cache.\n\n### Risk 1b: Rate limits",
                maxReplacements: 1)
        }
        #expect(update.shape?.risks == nil, "\(String(describing: update.shape?.risks))")
        #expect(update.shape?.phases != nil && update.shape?.days != nil, "the phases were not touched")
    }

    @Test func aRiskWrittenBetweenSectionsMakesTheRisksUnknown() throws {
        let (update, _) = try Self.shapeAfterEdit {
            $0.replacing("## Success Criteria", with: "### Risk 9: Our own\n\n## Success Criteria")
        }
        #expect(update.shape?.risks == nil)
    }

    @Test func aSectionOfTheUsersOwnWithSubheadingsChangesNothing() throws {
        let (update, written) = try Self.shapeAfterEdit {
            $0.replacing("## Success Criteria", with: "## Rollout\n\n### Step 1: Beta\n\n## Success Criteria")
        }
        #expect(update.shape?.risks?.count == Self.subheadings(of: "Risks & Mitigations", in: written).count)
        #expect(update.shape?.risks?.isEmpty == false)
    }

    @Test func aHandEditedPhaseIsReadByItsHeading() throws {
        let (update, written) = try Self.shapeAfterEdit {
            $0.replacing(/### Phase 1: [^\n]*/, with: "### Phase 1: Groundwork (Days 1-4)", maxReplacements: 1)
        }
        let phases = try #require(update.shape?.phases)
        #expect(phases.first == PlanShape.Phase(name: "Groundwork", days: 4))
        #expect(phases.count == Self.subheadings(of: "Implementation Phases", in: written).count)
    }

    @Test func phasesRewrittenAsTheUsersOwnAreNotReported() throws {
        let (update, _) = try Self.shapeAfterEdit {
            $0.replacing(
                /### Phase 1: [^\n]*/, with: "### Phase 1: Groundwork\n- a\n\n### Phase 1b: More groundwork",
                maxReplacements: 1)
        }
        #expect(update.shape?.phases == nil, "\(String(describing: update.shape?.phases))")
        #expect(update.shape?.risks != nil)
        #expect(!(update.shape?.description.contains("phases") ?? true), "\(update.shape?.description ?? "")")
    }

    @Test func phasesWhoseMarkersWereDeletedAreNotReported() throws {
        // The phases now stand under the section's heading as the user's text, and plansync
        // writes its own again below them: how many the plan has is not for the shape to guess.
        let (update, _) = try Self.shapeAfterEdit {
            normalizedLines($0).filter { !$0.hasPrefix("<!-- plansync:section id=phase/") }.joined(separator: "\n")
                + "\n"
        }
        #expect(update.shape?.phases == nil, "\(String(describing: update.shape?.phases))")
        #expect(update.shape?.risks != nil)
    }

    @Test func aHandEditedTimelineIsReadWhenItStatesTheTotal() throws {
        let stated = try Self.shapeAfterEdit {
            $0.replacing(/\*\*Total: [^\n]*/, with: "**Total: 30 days (6 weeks)**, with a buffer")
        }
        #expect(stated.update.shape?.days == 30)
        let unstated = try Self.shapeAfterEdit { $0.replacing(/\*\*Total: [^\n]*/, with: "About a month.") }
        #expect(unstated.update.shape?.days == nil, "a total the plan does not state was reported")
    }

    @Test func forceReportsTheFreshPlan() throws {
        let text = try #require(PlanSync.update(existing: nil, inputs: PlanMergeTests.inputs(Self.spec)).text)
        let edited = text.replacing(/### Risk 1: [^\n]*/, with: "### Risk 1: Ours", maxReplacements: 1)
        let forced = PlanSync.update(existing: edited, inputs: PlanMergeTests.inputs(Self.spec), force: true)
        #expect(forced.shape?.risks?.first != "Ours")
        #expect(forced.shape == PlanSync.update(existing: nil, inputs: PlanMergeTests.inputs(Self.spec)).shape)
    }

    // MARK: - Said in a line

    @Test(arguments: [
        (
            PlanShape(
                phases: [.init(name: "A", days: 2), .init(name: "B", days: 3)], days: 5,
                risks: ["Stripe outage, latency or API change", "Data loss", "Third"]),
            "2 phases, 5 days; risks: \"Stripe outage, latency or API change\", \"Data loss\" and 1 more",
            "2 phases, 5 days, 3 risks"
        ),
        (
            PlanShape(
                phases: [.init(name: "A", days: 1)], days: 1,
                risks: ["Open question: FR-002: per list or for the whole account of the member?"]),
            "1 phase, 1 day; risks: \"Open question: FR-002: per list or for the…\"", "1 phase, 1 day, 1 risk"
        ),
        (PlanShape(phases: nil, days: 12, risks: []), "12 days; no risks", "12 days, 0 risks"),
        (PlanShape(phases: nil, days: nil, risks: nil), "", ""),
    ])
    func theLineSaysWhatIsKnownAndCutsLongTitlesAtAWord(shape: PlanShape, line: String, counts: String) {
        #expect(shape.description == line)
        #expect(shape.counts == counts)
    }

    @Test func verboseLinesListEachPhaseWithItsDays() {
        let shape = PlanShape(
            phases: [.init(name: "Foundation", days: 2), .init(name: "Ours", days: nil), .init(name: "Docs", days: 1)],
            days: 3, risks: [])
        #expect(shape.phaseLines == ["Phase 1: Foundation (2 days)", "Phase 2: Ours", "Phase 3: Docs (1 day)"])
    }

    // MARK: - Headings as written

    @Test(
        arguments: [
            ("Phase 3: Checkout (Days 5-7)", "Checkout", 3),
            ("Phase 5: Testing (Day 9)", "Testing", 1),
            ("Phase 2: Ours", "Ours", nil),
            ("Fase 2: Pago con tarjeta (Días 3-4)", "Pago con tarjeta", 2),
            ("Phase 4: Polish (P3)", "Polish (P3)", nil),
            ("Phase 2: Share a list (P2) (Days 3-4)", "Share a list (P2)", 2),
            ("Rollout (whenever)", "Rollout (whenever)", nil),
            ("Phase 6: Backwards (Days 9-3)", "Backwards (Days 9-3)", nil),
        ] as [(String, String, Int?)])
    func aPhaseHeadingGivesItsNameAndDays(heading: String, name: String, days: Int?) {
        #expect(PlanShapeReader.phase(fromHeading: heading) == PlanShape.Phase(name: name, days: days))
    }

    @Test(
        arguments: [
            (["## Estimated Timeline", "**Total: 12 days (3 weeks)**"], 12),
            (["**total**: 1 day"], 1),
            (["Total: 3 weeks"], nil),
            (["About a month."], nil),
        ] as [([String], Int?)])
    func aTimelineGivesTheTotalItStates(lines: [String], days: Int?) {
        #expect(PlanShapeReader.totalDays(in: lines) == days)
    }
}
