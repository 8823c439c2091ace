import Testing
@testable import Generator

@Suite struct ConstitutionParserTests {
    @Test func templateWithPlaceholdersCountsAsNone() {
        let template = """
        # [PROJECT_NAME] Constitution
        ## Core Principles
        ### [PRINCIPLE_1_NAME]
        [PRINCIPLE_1_DESCRIPTION]
        """
        #expect(ConstitutionParser.parse(template) == nil)
    }

    @Test func currentLayoutConstitutionGivesPrinciplesVersionAndGates() throws {
        let text = try #require(TestFiles.corpusCases().first { $0.name.hasPrefix("excalidraw") }?.constitution)
        let constitution = try #require(ConstitutionParser.parse(text))
        #expect(constitution.citation == "Excalidraw Constitution v1.1.0")
        #expect(constitution.principles.map(\.name).contains("Quality & Test-First"))
        #expect(constitution.principles.first { $0.name == "Quality & Test-First" }?.isNonNegotiable == true)
        #expect(constitution.testingRules.contains { $0.contains("Test-First mindset is REQUIRED") })
        #expect(!constitution.gates.isEmpty)
        #expect(constitution.leftoverPlaceholders == ["[GOVERNANCE_RULES]"])
    }

    @Test func oldLayoutConstitutionWithVersionOnTop() throws {
        let text = try #require(TestFiles.corpusCases().first { $0.name.hasPrefix("modular") }?.constitution)
        let constitution = try #require(ConstitutionParser.parse(text))
        #expect(constitution.version == "1.2.0")
        #expect(constitution.principles.count == 16)
        #expect(constitution.principles[5].name == "Test-First")
        #expect(constitution.testingRules.contains { $0.hasPrefix("Forbidden: Tests asserting only that mocks are called") },
                "a rule under 'Forbidden:' must not read as a requirement")
    }

    @Test func techStackSectionSetsTheStack() {
        let text = """
        # Acme Constitution
        ## Core Principles
        ### I. Simple
        Keep it simple.
        ## Technology Stack
        - **Backend**: Go 1.22 with chi
        - **Database**: SQLite
        """
        let constitution = ConstitutionParser.parse(text)
        #expect(constitution?.stack?.backend == "Go 1.22 with chi")
        #expect(constitution?.stack?.database == "SQLite")
        #expect(constitution?.stack?.frontend == TechStack.default.frontend)
    }
}
