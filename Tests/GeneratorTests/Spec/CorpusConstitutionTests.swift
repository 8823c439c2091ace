import Testing

@testable import Generator

/// ``ConstitutionParserTests``' checks of whole constitutions, on the shared corpus's real ones
/// in both layouts; the fixture constitutions those tests read are modelled on these.
@Suite(.needsCorpus) struct CorpusConstitutionTests {
    @Test func currentLayoutConstitutionGivesPrinciplesVersionAndGates() throws {
        let text = try #require(try TestFiles.corpus("excalidraw").constitution)
        let constitution = try #require(ConstitutionParser.parse(text))
        #expect(constitution.citation == "Excalidraw Constitution v1.1.0")
        #expect(constitution.principles.map(\.name).contains("Quality & Test-First"))
        #expect(constitution.principles.first { $0.name == "Quality & Test-First" }?.isNonNegotiable == true)
        #expect(constitution.testingRules.contains { $0.contains("Test-First mindset is REQUIRED") })
        #expect(!constitution.gates.isEmpty)
        #expect(constitution.leftoverPlaceholders == ["[GOVERNANCE_RULES]"])
    }

    @Test func oldLayoutConstitutionWithVersionOnTop() throws {
        let text = try #require(try TestFiles.corpus("modular").constitution)
        let constitution = try #require(ConstitutionParser.parse(text))
        #expect(constitution.version == "1.2.0")
        #expect(constitution.principles.count == 16)
        #expect(constitution.principles[5].name == "Test-First")
        #expect(
            constitution.testingRules.contains {
                $0.hasPrefix("Forbidden: Tests asserting only that mocks are called")
            },
            "a rule under 'Forbidden:' must not read as a requirement")
    }
}
