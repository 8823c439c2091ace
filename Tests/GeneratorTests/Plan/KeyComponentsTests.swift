import Testing

@testable import Generator

/// Key Components: what the spec names as parts (entities, services, screens, endpoints, jobs,
/// stores), each once, with its purpose in the spec's words and complete.
@Suite struct KeyComponentsTests {
    static func components(of testCase: TestFiles.Case) -> [String] {
        SuccessCriteriaTests.section("### Key Components", of: PlanSync.render(testCase.inputs))
            .filter { !$0.isEmpty }
    }

    @Test func componentsAreWhatTheSpecNamesInItsOrder() throws {
        let names = Self.components(of: try TestFiles.fixture("022-named-components")).map { line in
            String(line.drop { $0 != " " }.dropFirst().prefix { $0 != "-" }).trimmingSuffix(" ")
        }
        #expect(
            names == [
                "Evening", "Plot Holder", "Rota screen", "Reminder service", "Nightly report job",
                "`GET /api/rota/{week}`", "`RotaStore`", "`SmsGateway`",
            ])
    }

    @Test func aLongPurposeIsCutWhereAClauseEndsNeverWithAnEllipsis() throws {
        let lines = Self.components(of: try TestFiles.fixture("022-named-components"))
        #expect(
            lines.first
                == "1. Evening - one evening of the season, the plot holder who took it, and whether it was watered, missed or given back; an evening taken twice is a mistake the rota screen prevents"
        )
        #expect(!lines.contains { $0.contains("…") })
    }

    @Test func aRequirementSubjectCitesEveryRequirementAboutIt() throws {
        let lines = Self.components(of: try TestFiles.fixture("022-named-components"))
        #expect(
            lines.contains(
                "4. Reminder service - must send each text message at 16:00 local time through the `SmsGateway` adapter, retrying twice when the gateway does not answer (FR-003, FR-004)"
            ))
    }

    @Test(arguments: [
        ("The sync service MUST retry", "Sync service"), ("Launcher MUST show the clock", "Launcher"),
        ("The `Item` list view MUST sort", "`Item` list view"), ("LexemeSeeder MUST seed", "LexemeSeeder"),
        ("System MUST work", nil), ("Users MUST be able to log in", nil), ("The implementation MUST be fast", nil),
        ("When a user taps it, the screen MUST close", nil), ("Components MUST be small", nil),
    ])
    func aRequirementSubjectNamesAPartOnlyWhenItSaysWhichPart(_ text: String, _ expected: String?) {
        #expect(RequirementSubjects.subject(of: text)?.0 == expected)
    }

    @Test func storyTitlesAreNeverComponents() {
        for testCase in TestFiles.fixtureCases() where !testCase.isUnfilledTemplate {
            let lines = Self.components(of: testCase)
            #expect(!lines.contains { $0.contains(" flow - ") }, "\(testCase.name): \(lines)")
        }
    }

    @Test func aSpecThatNamesNoPartIsToldSoAndNothingIsInvented() throws {
        let lines = Self.components(of: try TestFiles.fixture("023-derived-criteria"))
        #expect(lines.count == 1 && lines[0].hasPrefix("1. None named - spec.md names no key entities"))
    }

    @Test func atMostTwelveComponents() {
        var spec = Spec(title: "T", titleFromHeading: true)
        spec.entities = (1...20).map { Entity(name: "Entity\($0)", description: "holds \($0)") }
        #expect(ComponentPlanner(spec: spec).components().count == 12)
    }
}

extension String {
    fileprivate func trimmingSuffix(_ suffix: String) -> String {
        hasSuffix(suffix) ? String(dropLast(suffix.count)) : self
    }
}

/// Code spans are found by byte, with the answers of a split on the backtick `Character`.
struct CodeSpanTests {
    @Test func spansAreTheOnesASplitOnTheBacktickCharacterGives() {
        for text in [
            "Uses `RotaStore` and `GET /api/rota` then `dangling", "no code", "``", "`a``b`",
            "`\u{301}Accented` is no span but `Plain` is", "Greek varia \u{1FEF}Quoted\u{1FEF} counts as a backtick",
            "`é` and `漢字`",
        ] {
            let parts = text.split(separator: "`", omittingEmptySubsequences: false)
            let expected = stride(from: 1, to: parts.count - 1, by: 2).map { String(parts[$0]) }
            #expect(ComponentPlanner.codeSpans(text) == expected, "\(text)")
        }
    }
}
