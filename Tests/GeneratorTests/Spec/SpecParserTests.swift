import Testing

@testable import Generator

@Suite struct SpecParserTests {
    @Test(arguments: [
        ("# Feature Specification: Double-Headed Arrow", "001-x", "Double-Headed Arrow"),
        ("# Feature Specification：全角コロン", "001-x", "全角コロン"),
        ("# Especificación de la funcionalidad: Reservas", "001-x", "Reservas"),
        ("# Spécification de fonctionnalité : Réservations", "001-x", "Réservations"),
        ("# Auth: Login Flow", "001-x", "Auth: Login Flow"),
        ("# Feature Specification: [FEATURE NAME]", "003-rink-sessions", "Rink Sessions"),
        ("no heading at all", "003-rink-sessions", "Rink Sessions"),
        ("```\n# not a heading\n```", "012-code-only", "Code Only"),
    ])
    func titleComesFromTheHeadingElseTheFolder(spec: String, folder: String, expected: String) {
        #expect(SpecTitle.of(spec: spec, folder: folder) == expected)
    }

    @Test func storyHeadingsGiveTitleAndPriorityInAnyLanguage() {
        let cases: [(String, String, Int?)] = [
            ("用户故事 2 - 导出报表（优先级：P0）", "导出报表", 0),
            ("US-03: Export [P2]", "Export", 2),
            ("User Story 1 - Draw Arrows (Priority: P1)", "Draw Arrows", 1),
            ("User Story 2: Persist (Priority: P2)", "Persist", 2),
            ("Historia de usuario 3 - Ver la ocupación (Prioridad: P3)", "Ver la ocupación", 3),
            ("User Story 4 - Without Priority", "Without Priority", nil),
        ]
        for (heading, title, priority) in cases {
            let story = StoryHeading(title: heading)
            #expect(story.title == title, "\(heading)")
            #expect(story.priority?.rank == priority, "\(heading)")
        }
    }

    @Test func onlyRealClarificationMarkersAreOpenQuestions() throws {
        let spec = SpecParser.parse(try TestFiles.fixture("007-export-reports").spec, folder: "007-export-reports")
        #expect(
            spec.openQuestions.map(\.text) == [
                "FR-002: which page size, A4 or Letter?", "FR-003: can admins export all organisations?",
            ])
    }

    @Test func markersInsideCodeBlocksOfTheOldTemplateAreNotOpen() throws {
        let pantry = try TestFiles.fixture("pantry-log", "001-pantry-inventory")
        #expect(
            pantry.spec.contains("→ [NEEDS CLARIFICATION: Do members log in"),
            "the fixture lost the markers this test is about")
        #expect(SpecParser.parse(pantry.spec, folder: pantry.folder).openQuestions.isEmpty)
    }

    @Test func currentTemplateIsReadCompletely() throws {
        let tides = try TestFiles.fixture("harbour-tides", "001-tide-chart")
        let spec = SpecParser.parse(tides.spec, folder: tides.folder)
        #expect(spec.title == "Tide Chart")
        #expect(spec.stories.map { $0.priority?.rank } == [1, 2, 3])
        #expect(spec.stories.map(\.scenarios.count) == [3, 3, 3])
        #expect(spec.requirements.map(\.id) == (1...10).map { padded($0, prefix: "FR-") })
        #expect(spec.successCriteria.compactMap(\.id) == (1...5).map { padded($0, prefix: "SC-") })
        #expect(spec.entities.map(\.name) == ["Tide Event", "Harbour"])
        #expect(spec.edgeCases.count == 4)
        #expect(spec.input?.hasPrefix("Show the week's tides") == true)
        #expect(spec.signals.hasUserInterface)
    }

    @Test func oldTemplateIsReadCompletely() throws {
        let relay = try TestFiles.fixture("relay-kit", "001-baseline-runtime")
        let spec = SpecParser.parse(relay.spec, folder: relay.folder)
        #expect(spec.requirements.count == 45)
        #expect(spec.looseScenarios.count == 10)
        #expect(spec.primaryStory?.hasPrefix("A service developer") == true)
        #expect(spec.entities.count == 9)
        #expect(
            spec.openQuestions.isEmpty,
            "template guidance 'Mark with [NEEDS CLARIFICATION: specific question]' is not a question")
        // Its traceability table names requirement numbers (`| 019 |`, `| FR-020 |`), which are
        // not features, and the folders of two planned specs (`specs/014-hot-reload`), which are.
        #expect(
            spec.featureReferences.map(\.name) == ["014-hot-reload", "017-health-probes"], "\(spec.featureReferences)")
    }

    @Test func wrappedListItemsAreJoined() throws {
        let berths = try TestFiles.fixture("harbour-tides", "002-berth-booking")
        let spec = SpecParser.parse(berths.spec, folder: berths.folder)
        #expect(
            spec.requirements.first?.text
                == "Visiting skippers MUST be able to book a free berth that fits their boat for one or more nights through the harbour's booking page."
        )
        #expect(
            spec.stories[0].scenarios[0].text.hasSuffix(
                "the skipper is sent a confirmation email with the berth number."), "\(spec.stories[0].scenarios)")
        #expect(spec.featureReferences.map(\.name) == ["004-harbour-accounts"])
        #expect(
            FeatureServices.named(in: SpecStack(spec: berths.spec)).map(\.name) == ["Stripe"],
            "a confirmation email is no email service")
    }

    /// Specs whose headings, story titles and priorities are written in another language: German,
    /// French and Chinese headings, and an English template filled in Chinese.
    @Test(arguments: [
        ("ampel-board", "001-ampel-steuerung", [1, 1], 5, 2, 2),
        ("lantern-cli", "001-convertir-notes", [1, 2], 5, 2, 2),
        ("merge-digest", "001-console-skeleton", [1, 2], 4, 2, 2),
        ("merge-digest", "002-pr-summary", [1], 3, 1, 0),
    ])
    func translatedTemplatesAreReadLikeTheEnglishOne(
        project: String, folder: String, priorities: [Int], requirements: Int, criteria: Int, entities: Int
    ) throws {
        let fixture = try TestFiles.fixture(project, folder)
        let spec = SpecParser.parse(fixture.spec, folder: fixture.folder)
        #expect(spec.stories.map { $0.priority?.rank } == priorities)
        #expect(spec.stories.allSatisfy { !$0.scenarios.isEmpty }, "\(spec.stories)")
        #expect(spec.requirements.map(\.id) == (1...requirements).map { padded($0, prefix: "FR-") })
        #expect(spec.successCriteria.count == criteria)
        #expect(spec.entities.count == entities)
        #expect(!spec.edgeCases.isEmpty)
    }

    @Test(arguments: [
        ("Relationship to 002", ["002"]),
        ("see 002-ice-rink and Spec 014", ["002-ice-rink", "014"]),
        ("FR-002 and SC-003 are requirements", []),
        ("2025-12-13 is a date, 100ms a duration, 1000 a count", []),
        ("feature 123 is numbered without zeros", ["123"]),
        ("v1.002 and 002.5 are versions", []),
    ])
    func featureReferencesAreFoundAndOthersIgnored(line: String, expected: [String]) {
        #expect(FeatureReference.all(in: line).map(\.name) == expected)
    }

    @Test func crlfSpecReadsLikeLF() throws {
        let crlf = try TestFiles.fixture("008-line-endings").spec
        #expect(crlf.utf8.contains(13))
        let lf = String(crlf.map { $0 == "\r\n" ? "\n" : $0 })
        #expect(SpecParser.parse(crlf, folder: "008-line-endings") == SpecParser.parse(lf, folder: "008-line-endings"))
    }

    @Test(arguments: ["$ARGUMENTS", "[FEATURE DESCRIPTION]", ""])
    func templateInputIsNoSummary(_ input: String) {
        let spec = SpecParser.parse(
            "# Feature Specification: X\n\n**Input**: User description: \"\(input)\"\n", folder: "001-x")
        #expect(spec.input == nil)
        #expect(
            !PlanBuilder(spec: spec, constitution: nil, siblings: [], options: PlanOptions()).summary().contains(
                input.isEmpty ? "\"\"" : input))
    }

    @Test func emptySpecIsEmpty() {
        let spec = SpecParser.parse("", folder: "005-empty")
        #expect(spec.isEmpty)
        #expect(spec.title == "Empty")
    }
}

/// `padded(7, prefix: "FR-")` -> `FR-007`.
func padded(_ number: Int, prefix: String) -> String {
    let digits = String(number)
    return prefix + String(repeating: "0", count: max(0, 3 - digits.count)) + digits
}
