import Testing

@testable import Generator

/// ``SpecParserTests``' checks of whole specs, on the shared corpus's real ones; the fixtures
/// those tests read are modelled on these.
@Suite(.needsCorpus) struct CorpusSpecParserTests {
    @Test func markersInsideCodeBlocksOfTheOldTemplateAreNotOpen() throws {
        let vitafolio = try TestFiles.corpus("vitafolio")
        #expect(SpecParser.parse(vitafolio.spec, folder: vitafolio.folder).openQuestions.isEmpty)
    }

    @Test func currentTemplateIsReadCompletely() throws {
        let excalidraw = try TestFiles.corpus("excalidraw")
        let spec = SpecParser.parse(excalidraw.spec, folder: excalidraw.folder)
        #expect(spec.title == "Double-Headed Arrow")
        #expect(spec.stories.map { $0.priority?.rank } == [1, 2, 3])
        #expect(spec.stories.map(\.scenarios.count) == [3, 3, 3])
        #expect(spec.requirements.map(\.id) == (1...12).map { padded($0, prefix: "FR-") })
        #expect(spec.successCriteria.compactMap(\.id) == (1...6).map { padded($0, prefix: "SC-") })
        #expect(spec.entities.map(\.name) == ["Double-Headed Arrow Element", "Arrow Head Marker"])
        #expect(spec.edgeCases.count == 5)
        #expect(spec.input?.hasPrefix("Add a new line type") == true)
        #expect(spec.signals.hasUserInterface)
    }

    @Test func oldTemplateIsReadCompletely() throws {
        let modular = try TestFiles.corpus("modular")
        let spec = SpecParser.parse(modular.spec, folder: modular.folder)
        #expect(spec.requirements.count == 50)
        #expect(spec.looseScenarios.count == 10)
        #expect(spec.primaryStory?.hasPrefix("An application developer") == true)
        #expect(spec.entities.count == 13)
        #expect(
            spec.openQuestions.isEmpty,
            "template guidance 'Mark with [NEEDS CLARIFICATION: specific question]' is not a question")
        // Its requirement table names FR numbers (`| FR-045 |`), which are not features, and the
        // folders of two planned specs (`specs/045-dynamic-reload`), which are.
        #expect(
            spec.featureReferences.map(\.name) == ["045-dynamic-reload", "048-health-aggregation"],
            "\(spec.featureReferences)")
    }

    @Test func wrappedListItemsAreJoined() throws {
        let openleague = try TestFiles.corpus("openleague")
        let spec = SpecParser.parse(openleague.spec, folder: openleague.folder)
        #expect(
            spec.requirements.first?.text
                == "Authorized organization admins MUST be able to connect a Stripe account and complete onboarding via Stripe-hosted flows."
        )
        #expect(spec.stories[0].scenarios[0].text.hasSuffix("returned to a payments page reflecting their status."))
        #expect(spec.featureReferences.map(\.name) == ["002-ice-rink-management"])
        #expect(FeatureServices.named(in: SpecStack(spec: openleague.spec)).map(\.name) == ["Stripe"])
    }
}
