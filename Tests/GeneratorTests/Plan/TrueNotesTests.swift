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
        #expect(Self.falseClaim(.noCriteria(fromRequirements: true, fromStories: false), spec, testCase) != nil)
        #expect(
            Self.falseClaim(
                .contents(stories: 3, requirements: 9, criteria: 2, edgeCases: 0, questions: 0), spec, testCase) != nil)
        #expect(Self.falseClaim(.answered(4), spec, testCase) != nil)
    }

    /// The Notes section of the rendered plan is the claims, in the plan's language, and each is true.
    static func expectTrueNotes(_ testCase: TestFiles.Case) {
        guard !testCase.isUnfilledTemplate else { return }
        let inputs = testCase.inputs
        let spec = SpecParser.parse(inputs.spec, folder: inputs.folder)
        let builder = PlanBuilder(
            spec: spec, constitution: inputs.constitution, siblings: inputs.siblings, options: inputs.options,
            profile: inputs.profile, specStack: SpecStack(spec: inputs.spec))
        let claims = builder.assemble().notes
        let notes = SuccessCriteriaTests.section("## Notes", of: PlanSync.render(inputs))
            .filter { $0.hasPrefix("- ") }.map { String($0.dropFirst(2)) }
        #expect(
            notes == claims.map(builder.language.review.note),
            "\(testCase.name): the plan's Notes are not the claims the tests check")
        for claim in claims {
            if let problem = falseClaim(claim, spec, testCase) {
                Issue.record("\(testCase.name): Notes say \(claim), but \(problem)")
            }
        }
    }

    /// Why the claim is not true of the spec, or nil when it is.
    static func falseClaim(_ note: PlanNote, _ spec: Spec, _ testCase: TestFiles.Case) -> String? {
        let rawIDs = SpecIDCoverageTests.ids(in: testCase.spec)
        let constitution = testCase.constitution.flatMap(ConstitutionParser.parse)
        func check(_ holds: Bool, _ otherwise: String) -> String? { holds ? nil : otherwise }
        switch note {
        case .contents(let stories, let requirements, let criteria, let edgeCases, let questions):
            let raw = rawIDs.filter { $0.hasPrefix("FR-") }.count
            return check(
                [stories, requirements, criteria, edgeCases, questions]
                    == [
                        spec.stories.count, spec.requirements.count, spec.successCriteria.count, spec.edgeCases.count,
                        spec.openQuestions.count,
                    ], "the spec's counts differ")
                ?? check(spec.requirements.count >= raw, "spec.md has \(raw) FR- ids")
        case .noCriteria(let fromRequirements, let fromStories):
            let criterionIDs = rawIDs.filter { ["SC-", "CS-", "CE-", "KPI"].contains(String($0.prefix(3))) }
            return check(spec.successCriteria.isEmpty, "it has \(spec.successCriteria.count)")
                ?? check(criterionIDs.isEmpty, "spec.md has criterion ids \(criterionIDs)")
                ?? check(fromRequirements == !spec.requirements.isEmpty, "its requirements differ")
                ?? check(fromStories == !spec.stories.isEmpty, "its stories differ")
        case .noStories: return check(spec.stories.isEmpty, "it has \(spec.stories.count)")
        case .noRequirements:
            return check(spec.requirements.isEmpty, "it has \(spec.requirements.count)")
                ?? check(!rawIDs.contains { $0.hasPrefix("FR-") }, "spec.md has FR- ids")
        case .noIDs:
            return check(!spec.requirements.isEmpty && spec.requirements.allSatisfy { $0.id == nil }, "some have")
        case .someWithoutIDs(let count, let total):
            let missing = spec.requirements.filter { $0.id == nil }.count
            return check(count == missing && total == spec.requirements.count, "\(missing) have none")
        case .openClarifications(let questions):
            return check(questions.count == spec.openQuestions.count, "it has \(spec.openQuestions.count)")
        case .answered(let count):
            return check(count == spec.answeredQuestions.count, "it has \(spec.answeredQuestions.count)")
        case .status(let status):
            let own = spec.metadata["Status"].map(PlainText.of) ?? ""
            return check(!own.isEmpty && status == own, "its status is \(own)")
        case .noEntities: return check(spec.entities.isEmpty, "it has \(spec.entities.count)")
        case .placeholders(let lines, _, _):
            return check(lines == spec.placeholderItems, "\(spec.placeholderItems) lines hold one")
        case .noTitle: return check(!spec.titleFromHeading, "it has one")
        case .emptySpec: return check(spec.isEmpty, "it is not")
        case .unreadParts(let parts, let more):
            return check(
                parts == Array(spec.unreadParts.prefix(parts.count)) && more == (spec.unreadParts.count > 8), "")
        case .ownPlan: return check(OwnPhases(spec: spec).isPlan, "it has no plan of its own")
        case .aligned(let citation, let principles):
            guard let constitution else { return "there is no constitution" }
            return check(
                citation == constitution.citation && principles == constitution.principles.map(\.name),
                "the constitution differs")
        case .constitutionPlaceholders:
            return check(constitution?.leftoverPlaceholders.isEmpty == false, "it holds none")
        case .noConstitution: return check(constitution == nil, "there is one")
        // Facts of the project's profile and of the options, checked by their own tests
        // (ProfilePlanTests, FixtureProfileTests, EstimatesTests).
        case .stack, .stackAssumed, .sourcesDisagree, .unreadable, .estimates: return nil
        }
    }
}
