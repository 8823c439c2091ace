import Testing

@testable import Generator

/// One fixture per shape a spec takes in real projects (Fixtures/README.md says which project
/// each is modelled on), each checked for what the spec model holds and what the plan must say.
@Suite struct SpecShapeTests {
    @Test func idsOfEveryShapeAreKeptVerbatimAndCited() throws {
        let read = try FixtureReading("012-id-shapes")
        let ids = [
            "FR-001", "FR-002", "FR-003", "FR-020A", "FR-021", "FR-030", "NFR-001", "OR-001", "SEC-001", "SEC-002",
        ]
        #expect(
            read.spec.requirements.map(\.id) == ids, "lists, bold, a bare label, a heading and a table all carry ids")
        #expect(read.spec.requirements.map(\.kind).suffix(4) == [.nonFunctional, .nonFunctional, .security, .security])
        #expect(read.spec.successCriteria.map(\.id) == ["SC-001", "KPI-2"])
        #expect(read.spec.stories.map(\.id) == ["US-01", "US-02", nil])
        #expect(
            read.spec.requirements.prefix(4).map(\.stories) == [[1], [2], [2], [3]],
            "US-01, User Story 2, Story 2, [US3]")
        for id in ids {
            #expect(read.plan.contains("- \(id): "), "\(id) is not cited as a task")
        }
        #expect(read.plan.contains("- [ ] KPI-2: Fewer than 1 in 500 openings needs a technician"))
        #expect(
            !read.plan.contains("FR-020: A") && !read.plan.contains("FR-020:"), "FR-020A must not become \"FR-020: A:\""
        )
        #expect(
            read.plan.contains("- FR-030: Audit trail: Every opening of a compartment is logged"),
            "a heading id and its paragraph")
    }

    @Test func prioritiesInBracketsDashesAndLanguagesOrderThePhases() throws {
        let parcels = try FixtureReading("012-id-shapes")
        #expect(parcels.spec.stories.map { $0.priority?.rank } == [1, 0, 2], "[P1], [P0], - P2")
        #expect(
            parcels.phaseHeadings.dropFirst().prefix(3).map { $0.components(separatedBy: " (Day").first ?? $0 } == [
                "### Phase 2: Collect a parcel (P0)", "### Phase 3: Drop a parcel (P1)",
                "### Phase 4: Report a broken compartment (P2)",
            ], "P0 is planned before P1, and P1 before P2")
        let rooms = try FixtureReading("010-reservas-salas")
        #expect(
            rooms.spec.stories.map { $0.priority?.rank } == [1, 2, 0],
            "(Prioridad: Alta), (Prioridad: P2), (Prioridad: P0)")
        let reports = try FixtureReading("013-baobiao-daochu")
        #expect(
            reports.phaseHeadings.dropFirst().first?.hasPrefix("### Phase 2: 导出为 PDF (P1)") == true,
            "（优先级：P1） before （优先级：P2）")
    }

    @Test func everyOpenQuestionIsARiskOnceAndNoneComesFromCodeCommentsOrTheTemplatesExample() throws {
        let read = try FixtureReading("015-open-questions")
        let questions = read.spec.openQuestions.map(\.text)
        #expect(questions.count == 9, "\(questions)")
        #expect(
            questions.filter { $0.lowercased().contains("upper limit per claim") }.count == 1,
            "a question asked twice is one question")
        #expect(
            questions.contains("FR-002: who approves a manager's own claims?"),
            "a marker after its item's id reads with the id")
        #expect(
            questions.contains { $0.hasPrefix("FR-003:") }, "a bold bare **[NEEDS CLARIFICATION]** asks about its line")
        #expect(questions.contains("how many years does the tax office require?"), "a marker in a table cell")
        #expect(questions.contains("Do mileage claims need a map of the route?"), "**NEEDS CLARIFICATION**: as a label")
        #expect(questions.contains("Who sees the claims of staff on leave?"), "an Open Questions item numbered Q4")
        for never in ["auth method", "code block", "HTML comment", "stored in the EU", "markers remain"] {
            #expect(
                !read.plan.contains(never),
                "\"\(never)\": the template's example, code, comments, answered items and checklists ask nothing")
        }
        let risks = read.plan.split(separator: "\n").filter {
            $0.hasPrefix("### Risk ") && $0.contains(": Open question: ")
        }
        #expect(risks.count == 9, "each open question is one risk: \(risks)")
        #expect(read.plan.contains("- Open clarifications (9): "))
    }

    @Test func theUnfilledTemplateGetsNoPlanAndAHalfFilledSpecIsNotIt() throws {
        let template = try TestFiles.fixture("016-unfilled-template")
        #expect(SpecParser.parse(template.spec, folder: template.folder).isUnfilledTemplate)
        let update = PlanSync.update(existing: nil, inputs: template.inputs, force: true)
        #expect(update.outcome == .skippedTemplate && update.text == nil, "a plan of placeholders would be written")
        let half = try FixtureReading("017-half-filled")
        #expect(!half.spec.isUnfilledTemplate)
    }

    @Test func aHalfFilledSpecsPlaceholdersAreLeftOutAndCountedInNotes() throws {
        let read = try FixtureReading("017-half-filled")
        #expect(
            read.spec.stories.map(\.title) == ["Join the waiting list"],
            "the template's `[Brief Title]` story is not the author's")
        #expect(
            read.spec.requirements.map(\.id) == ["FR-001", "FR-002"],
            "FR-003 is a placeholder, FR-006 and FR-007 the template's example")
        #expect(read.spec.entities.map(\.name) == ["Applicant"])
        #expect(read.spec.successCriteria.map(\.id) == ["SC-001"])
        #expect(read.spec.edgeCases == ["A resident who moves out of the borough is removed from the list."])
        #expect(
            ["[DATE]", "[Brief Title]", "[Entity 2]"].allSatisfy(read.spec.placeholders.contains),
            "\(read.spec.placeholders)")
        let body = read.plan.components(separatedBy: "## Notes").first ?? read.plan
        for placeholder in [
            "[DATE]", "[Brief Title]", "[Entity", "[Describe", "[initial state]", "[behavior", "[Measurable",
            "[error scenario]", "auth method",
        ] {
            #expect(!body.contains(placeholder), "\(placeholder) reached the plan")
        }
        #expect(
            read.section("Notes").contains {
                $0.contains(
                    "lines of spec.md still hold Spec Kit placeholders and are left out of this plan: [DATE], [Brief Title]"
                )
            })
    }

    @Test func aFreeFormSpecsOwnPhasesRisksTimelineAndInterfacesMakeThePlan() throws {
        let read = try FixtureReading("018-free-form-plan")
        #expect(read.spec.phases.map(\.name) == ["PDF text extraction", "Table parsing", "JSON output and packaging"])
        #expect(read.spec.phases.map(\.days) == [3, 3, 2])
        #expect(read.spec.risks.map(\.title).count == 3 && read.spec.timelineDays == 8)
        #expect(
            read.phaseHeadings.prefix(3).map { $0.components(separatedBy: " (Day").first ?? $0 } == [
                "### Phase 1: PDF text extraction", "### Phase 2: Table parsing",
                "### Phase 3: JSON output and packaging",
            ], "its own phases, not a foundation and \"Write the user stories…\"")
        #expect(read.plan.contains("- Recognise the harbour name and the month on each page"))
        #expect(
            read.plan.contains(
                "### Risk 1: Some offices send scanned PDFs without text\n- **Mitigation**: Detect them and report them; no OCR in this version."
            ))
        #expect(read.plan.contains("### Risk 3: Daylight-saving dates are wrong near the change"))
        #expect(read.plan.contains("**Total: 8 days"), "its timeline is the estimate")
        #expect(
            read.section("Technical Approach").contains(
                "1. CLI `tides import <pdf>` - reads one PDF and writes `out/<harbour>.json`."))
        #expect(!read.plan.contains("Write the user stories") && !read.plan.contains("No prioritised user stories"))
    }

    @Test func structuredEdgeCasesAreCountedOnceEach() throws {
        let read = try FixtureReading("019-edge-case-ids")
        #expect(
            read.spec.edgeCases.count == 3,
            "a heading and its Scenario / Expected Behavior fields are one edge case: \(read.spec.edgeCases)")
        #expect(read.spec.edgeCases.first == "EC-001: Empty file — The upload is refused with \"The file is empty\".")
        #expect(read.plan.split(separator: "\n").filter { $0.hasPrefix("- Edge case: EC-") }.count == 3)
    }

    @Test func textIsQuotedFaithfully() throws {
        let read = try FixtureReading("020-text-fidelity")
        #expect(
            read.spec.input?.hasPrefix("Cache the build outputs of `backend/**`") == true,
            "the prefix and the stray quote stripped")
        #expect(read.plan.contains("`backend/**` and `web/dist/*.js`"), "globs and inline code keep their backticks")
        #expect(read.plan.contains("- FR-003: Paths like `backend/**/*.snap` MUST be excluded from the key."))
        #expect(
            !read.plan.contains("backend/.") && !read.plan.contains("User description")
                && !read.plan.contains("\"Cache"))
        #expect(read.plan.contains("(e.g. `node-20.11.1`)"), "e.g. ends no sentence, a version is no feature")
        for line in read.plan.split(separator: "\n") where line.hasSuffix("…") {
            let kept = line.dropLast()
            #expect(kept.last.map { !$0.isLetter && !$0.isNumber } == true, "cut inside a word or an id: \(line)")
        }
    }

    @Test func featureReferencesAreOnlyWhereAFeatureIsMeant() throws {
        let read = try FixtureReading("020-text-fidelity")
        #expect(
            read.spec.featureReferences.map(\.name) == ["002-ci-runners"],
            "1,000, 10.000, 2.001, 10:030 and node-20.11.1 name no feature")
        #expect(
            read.section("Dependencies").contains(
                "- Spec 002: Ci Runners — not found in specs/ (referenced as `002-ci-runners`)"))
        let rooms = try FixtureReading("010-reservas-salas")
        #expect(rooms.spec.featureReferences.isEmpty, "\"1,000 reservas\" names no feature")
    }
}

/// Story headings in the languages of the heading table lose their "User Story N -" prefix,
/// hyphenated ones too: "Phase 2: Benutzer-Story 1 - Fernsteuerung" was a phase title.
@Suite struct StoryHeadingTests {
    @Test(arguments: [
        ("Benutzer-Story 1 - Fernsteuerung des Timers (Priorität: P1)", 1, "Fernsteuerung des Timers"),
        ("User Story 2 - Export (Priority: P0)", 2, "Export"),
        ("Historia de usuario 3 - Ver la ocupación del día (Prioridad: P0)", 3, "Ver la ocupación del día"),
        ("用户故事 2 - 导出为 PDF（优先级：P1）", 2, "导出为 PDF"),
    ])
    func numberedStoryHeadingsGiveTheirOwnTitle(heading: String, number: Int, title: String) {
        let read = StoryHeading(title: heading)
        #expect(read.number == number && read.title == title, "\(read)")
    }
}
