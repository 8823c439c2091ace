import Testing

@testable import Generator

/// Every claim of a plan's Notes, for every fixture and corpus spec, checked against the spec it
/// was made from: a count that is off or a "none" that is not true fails. A note of a kind this
/// test does not know fails too, so that no claim is written that nothing checks.
@Suite struct TrueNotesTests {
    @Test(arguments: TestFiles.fixtureCases())
    func fixtureNotesAreTrue(_ testCase: TestFiles.Case) {
        Self.expectTrueNotes(testCase)
    }

    @Test(.needsCorpus, arguments: TestFiles.corpusCases())
    func corpusNotesAreTrue(_ testCase: TestFiles.Case) {
        Self.expectTrueNotes(testCase)
    }

    /// The checks can fail: a plan whose Notes claim what the spec does not hold is caught.
    @Test func aFalseClaimIsCaught() throws {
        let testCase = try TestFiles.fixture("022-named-components")
        let spec = SpecParser.parse(testCase.spec, folder: testCase.folder)
        #expect(Self.falseClaim("No success criteria in the spec (SC-001 …): made up.", spec, testCase) != nil)
        #expect(
            Self.falseClaim(
                "Read from spec.md: 3 user stories, 9 requirements, 2 success criteria, 0 edge cases and 0 open questions.",
                spec, testCase) != nil)
        #expect(Self.falseClaim("Something nobody checks.", spec, testCase) != nil)
    }

    static func expectTrueNotes(_ testCase: TestFiles.Case) {
        guard !testCase.isUnfilledTemplate else { return }
        let spec = SpecParser.parse(testCase.spec, folder: testCase.folder)
        let notes = SuccessCriteriaTests.section("## Notes", of: PlanSync.render(testCase.inputs))
            .filter { $0.hasPrefix("- ") }.map { String($0.dropFirst(2)) }
        for note in notes {
            if let problem = falseClaim(note, spec, testCase) {
                Issue.record("\(testCase.name): Notes say \"\(note.prefix(120))\", but \(problem)")
            }
        }
    }

    /// Why the note is not true of the spec, or nil when it is.
    static func falseClaim(_ note: String, _ spec: Spec, _ testCase: TestFiles.Case) -> String? {
        let rawIDs = SpecIDCoverageTests.ids(in: testCase.spec)
        let constitution = testCase.constitution.flatMap(ConstitutionParser.parse)
        func check(_ holds: Bool, _ otherwise: String) -> String? { holds ? nil : otherwise }
        switch note {
        case let n where n.hasPrefix("Read from spec.md: "):
            let expected = PlanBuilder(spec: spec, constitution: nil, siblings: [], options: PlanOptions()).contents()
            let raw = rawIDs.filter { $0.hasPrefix("FR-") }.count
            return check(n == expected, "the spec holds \(expected)")
                ?? check(spec.requirements.count >= raw, "spec.md has \(raw) FR- ids")
        case let n where n.hasPrefix("No success criteria in the spec"):
            let criterionIDs = rawIDs.filter { ["SC-", "CS-", "CE-", "KPI"].contains(String($0.prefix(3))) }
            return check(spec.successCriteria.isEmpty, "it has \(spec.successCriteria.count)")
                ?? check(criterionIDs.isEmpty, "spec.md has criterion ids \(criterionIDs)")
        case let n where n.hasPrefix("No user stories in the spec"):
            return check(spec.stories.isEmpty, "it has \(spec.stories.count)")
        case let n where n.hasPrefix("No functional requirements found"):
            return check(spec.requirements.isEmpty, "it has \(spec.requirements.count)")
                ?? check(!rawIDs.contains { $0.hasPrefix("FR-") }, "spec.md has FR- ids")
        case let n where n.hasPrefix("Requirements have no ids"):
            return check(!spec.requirements.isEmpty && spec.requirements.allSatisfy { $0.id == nil }, "some have")
        case let n where n.contains(" requirements have no id"):
            let count = spec.requirements.filter { $0.id == nil }.count
            return check(n.hasPrefix("\(count) of \(spec.requirements.count) "), "\(count) have none")
        case let n where n.hasPrefix("Open clarifications ("):
            return check(
                n.hasPrefix("Open clarifications (\(spec.openQuestions.count)):"), "it has \(spec.openQuestions.count)")
        case let n where n.hasPrefix("Clarifications answered in the spec: "):
            return check(n.hasSuffix(": \(spec.answeredQuestions.count)."), "it has \(spec.answeredQuestions.count)")
        case let n where n.hasPrefix("The spec's status is "):
            let status = spec.metadata["Status"].map(PlainText.of) ?? ""
            return check(!status.isEmpty && n.hasPrefix("The spec's status is \(status):"), "its status is \(status)")
        case let n where n.hasPrefix("No Key Entities"):
            return check(spec.entities.isEmpty, "it has \(spec.entities.count)")
        case let n where n.contains("Spec Kit placeholders"):
            return check(n.hasPrefix("\(spec.placeholderItems) "), "\(spec.placeholderItems) lines hold one")
        case let n where n.hasPrefix("spec.md has no `# Feature Specification:` title"):
            return check(!spec.titleFromHeading, "it has one")
        case let n where n.hasPrefix("spec.md is empty"):
            return check(spec.isEmpty, "it is not")
        case let n where n.hasPrefix("Sections of spec.md this plan does not read"):
            return check(spec.unreadParts.allSatisfy { n.contains("\"\($0)\"") } || spec.unreadParts.count > 8, "")
        case let n where n.hasPrefix("Phases follow the spec's own plan"):
            return check(OwnPhases(spec: spec).isPlan, "it has no plan of its own")
        case let n where n.hasPrefix("Aligned with the "):
            guard let constitution else { return "there is no constitution" }
            return check(
                n.hasPrefix("Aligned with the \(constitution.citation)")
                    && constitution.principles.allSatisfy { n.contains($0.name) }, "the constitution differs")
        case let n where n.hasPrefix("The constitution still holds template placeholders"):
            return check(constitution?.leftoverPlaceholders.isEmpty == false, "it holds none")
        case let n where n.hasPrefix("No constitution found"):
            return check(constitution == nil, "there is one")
        // Facts of the project's profile and of the options, checked by their own tests
        // (ProfilePlanTests, FixtureProfileTests, EstimatesTests).
        case let n where n.hasPrefix("Stack: ") || n.hasPrefix("Stack assumed") || n.hasPrefix("Sources disagree"):
            return nil
        case let n where n.hasPrefix("Estimates: "):
            return nil
        default:
            return "no test knows how to check this kind of note"
        }
    }
}
