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

    @Test func anUnfilledTemplateInAProjectCountsAsNone() throws {
        let project = try TestData.fixtureProject("pocket-home")
        let text = try #require(project.constitution)
        #expect(ConstitutionParser.parse(text) == nil)
    }

    @Test func currentLayoutConstitutionGivesPrinciplesVersionAndGates() throws {
        let text = try #require(try TestData.fixtureProject("harbour-tides").constitution)
        let constitution = try #require(ConstitutionParser.parse(text))
        // Not the 2.0.0 of the Sync Impact Report comment above the title.
        #expect(constitution.citation == "Harbour Tides Constitution v2.1.0")
        #expect(
            constitution.principles.map(\.name) == [
                "Readable at a Glance", "Offline-Ready", "Quality & Test-First", "Privacy by Default",
            ])
        #expect(constitution.principles.first { $0.name == "Quality & Test-First" }?.isNonNegotiable == true)
        #expect(constitution.testingRules.contains { $0.contains("Test-First workflow is REQUIRED") })
        #expect(constitution.gates.count == 3)
        #expect(constitution.leftoverPlaceholders == ["[GOVERNANCE_RULES]"])
    }

    @Test func oldLayoutConstitutionWithVersionOnTop() throws {
        let text = try #require(try TestData.fixtureProject("relay-kit").constitution)
        let constitution = try #require(ConstitutionParser.parse(text))
        #expect(constitution.version == "3.0.1")
        #expect(constitution.principles.count == 8)
        #expect(constitution.principles[5].name == "Test-First")
        #expect(
            constitution.testingRules.contains {
                $0.hasPrefix("Forbidden: Tests asserting only that a mock was called")
            },
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
