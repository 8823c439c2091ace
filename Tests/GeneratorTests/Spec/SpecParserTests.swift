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
            ("User Story 1 - Draw Arrows (Priority: P1)", "Draw Arrows", 1),
            ("User Story 2: Persist (Priority: P2)", "Persist", 2),
            ("Historia de usuario 3 - Ver la ocupación (Prioridad: P3)", "Ver la ocupación", 3),
            ("User Story 4 - Without Priority", "Without Priority", nil),
        ]
        for (heading, title, priority) in cases {
            let story = StoryHeading(title: heading)
            #expect(story?.title == title, "\(heading)")
            #expect(story?.priority == priority, "\(heading)")
        }
        #expect(StoryHeading(title: "Edge Cases") == nil)
    }

    @Test func onlyRealClarificationMarkersAreOpenQuestions() {
        let spec = SpecParser.parse(TestFiles.fixture("007-export-reports").spec, folder: "007-export-reports")
        #expect(spec.openQuestions == ["FR-002: which page size, A4 or Letter?", "FR-003: can admins export all organisations?"])
    }

    @Test func markersInsideCodeBlocksOfTheOldTemplateAreNotOpen() throws {
        let vitafolio = try #require(TestFiles.corpusCases().first { $0.name.hasPrefix("vitafolio") })
        #expect(SpecParser.parse(vitafolio.spec, folder: vitafolio.folder).openQuestions.isEmpty)
    }

    @Test func currentTemplateIsReadCompletely() throws {
        let excalidraw = try #require(TestFiles.corpusCases().first { $0.name.hasPrefix("excalidraw") })
        let spec = SpecParser.parse(excalidraw.spec, folder: excalidraw.folder)
        #expect(spec.title == "Double-Headed Arrow")
        #expect(spec.stories.map(\.priority) == [1, 2, 3])
        #expect(spec.stories.map(\.scenarios.count) == [3, 3, 3])
        #expect(spec.requirements.map(\.id) == (1...12).map { padded($0, prefix: "FR-") })
        #expect(spec.successCriteria.compactMap(\.id) == (1...6).map { padded($0, prefix: "SC-") })
        #expect(spec.entities.map(\.name) == ["Double-Headed Arrow Element", "Arrow Head Marker"])
        #expect(spec.edgeCases.count == 5)
        #expect(spec.input?.hasPrefix("Add a new line type") == true)
        #expect(spec.signals.hasUserInterface)
    }

    @Test func oldTemplateIsReadCompletely() throws {
        let modular = try #require(TestFiles.corpusCases().first { $0.name.hasPrefix("modular") })
        let spec = SpecParser.parse(modular.spec, folder: modular.folder)
        #expect(spec.requirements.count == 50)
        #expect(spec.looseScenarios.count == 10)
        #expect(spec.primaryStory?.hasPrefix("An application developer") == true)
        #expect(spec.entities.count == 13)
        #expect(spec.openQuestions.isEmpty, "template guidance 'Mark with [NEEDS CLARIFICATION: specific question]' is not a question")
        // Its requirement table names FR numbers (`| FR-045 |`), which are not features, and the
        // folders of two planned specs (`specs/045-dynamic-reload`), which are.
        #expect(spec.featureReferences.map(\.name) == ["045-dynamic-reload", "048-health-aggregation"], "\(spec.featureReferences)")
    }

    @Test func wrappedListItemsAreJoined() throws {
        let openleague = try #require(TestFiles.corpusCases().first { $0.name.hasPrefix("openleague") })
        let spec = SpecParser.parse(openleague.spec, folder: openleague.folder)
        #expect(spec.requirements.first?.text == "Authorized organization admins MUST be able to connect a Stripe account and complete onboarding via Stripe-hosted flows.")
        #expect(spec.stories[0].scenarios[0].hasSuffix("returned to a payments page reflecting their status."))
        #expect(spec.featureReferences.map(\.name) == ["002-ice-rink-management"])
        #expect(spec.signals.services == ["Stripe", "Email delivery"])
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

    @Test func crlfSpecReadsLikeLF() {
        let crlf = TestFiles.fixture("008-line-endings").spec
        #expect(crlf.utf8.contains(13))
        let lf = String(crlf.map { $0 == "\r\n" ? "\n" : $0 })
        #expect(SpecParser.parse(crlf, folder: "008-line-endings") == SpecParser.parse(lf, folder: "008-line-endings"))
    }

    @Test(arguments: ["$ARGUMENTS", "[FEATURE DESCRIPTION]", ""])
    func templateInputIsNoSummary(_ input: String) {
        let spec = SpecParser.parse("# Feature Specification: X\n\n**Input**: User description: \"\(input)\"\n", folder: "001-x")
        #expect(spec.input == nil)
        #expect(!PlanBuilder(spec: spec, constitution: nil, siblings: [], options: PlanOptions()).summary().contains(input.isEmpty ? "\"\"" : input))
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
