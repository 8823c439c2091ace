import Testing

@testable import Generator

/// Which meaning wins when a heading holds several phrases, and what a heading means where it
/// stands: the rules the spec reader relies on to file every item in the right place.
@Suite struct SectionClassifierTests {
    let classifier = SectionClassifier.standard

    /// The longest phrase wins, then the earliest: deterministic whatever the table's order.
    @Test(arguments: [
        ("Success Criteria", SectionMeaning.successCriteria),
        ("Non-Functional Requirements", .requirements(.nonFunctional)),
        ("Functional Requirements", .requirements(.functional)),
        ("User Scenarios & Testing", .userScenarios),
        ("Assumptions & Dependencies", .assumptions),
        ("Dependencies and Assumptions", .dependencies),
        ("Review & Acceptance Checklist", .templateGuidance),
        ("Requirement Completeness", .templateGuidance),
        ("Section Requirements", .templateGuidance),
        ("Acceptance Scenarios", .acceptance),
        ("Measurable Success Criteria", .successCriteria),
        ("Out of Scope", .outOfScope),
        ("In Scope", .scope),
        ("Non-Goals (Future Work)", .outOfScope),
        ("Phase 5: Testing", .phase),
        ("User Story 3 - Test the importer", .userStory),
        ("Quality & Performance Constraints", .requirements(.nonFunctional)),
        ("Clarified Constraints & Previously Open Items", .clarifications),
        ("API Documentation", .requirements(.documentation)),
        ("Feature Specification: Monitoring and Alerting", .title),
        ("Technical Context", .techStack),
        ("非功能需求", .requirements(.nonFunctional)),
        ("需求完整性", .templateGuidance),
    ])
    func longestPhraseWins(title: String, meaning: SectionMeaning) {
        #expect(classifier.meaning(of: title) == meaning, "\(title)")
    }

    /// Short generic words count only where the table says: "Summary" at an edge, "Stack" alone.
    @Test(arguments: [
        ("GitHub Context Variables", nil as SectionMeaning?),
        ("Gap Summary", .overview),
        ("Repository Summary (draft)", .overview),
        ("Stack Configuration Files", nil),
        ("Stack", .techStack),
        ("API Application Settings", nil),
        ("Environment Definitions", nil),
        ("Definitions", .glossary),
        ("Radio Communication", nil),
        ("Session 2025-12-04", nil),
        ("Unlock Tracking (P1)", nil),
    ])
    func genericWordsCountOnlyWhereTheyMeanTheSection(title: String, meaning: SectionMeaning?) {
        #expect(classifier.meaning(of: title) == meaning, "\(title)")
    }

    /// A number after the phrase makes one story or phase of many.
    @Test(arguments: [
        ("User Story", SectionMeaning.primaryStory), ("User Story 7", .userStory), ("User Stories", .userScenarios),
        ("Phases", .phases), ("Phase", .phases), ("Phase #2", .phase), ("Week 3", .phase), ("用户故事", .userScenarios),
        ("用户故事三", .userStory), ("第三阶段", .phase), ("阶段", .phases), ("2단계 배포", .phase),
    ])
    func numbersMakeOneOfMany(title: String, meaning: SectionMeaning) {
        #expect(classifier.meaning(of: title) == meaning, "\(title)")
    }

    /// A heading that opens with an id means what the id's kind means.
    @Test(arguments: [
        ("EC-003: Empty file", SectionMeaning.edgeCases), ("AC2: Nested folders", .acceptance),
        ("FR-010 Export", .requirements(.functional)),
        ("SC-002 — Speed", .successCriteria), ("US-04: Invite a member", .userStory),
        ("NFR-001: Latency", .requirements(.nonFunctional)),
    ])
    func headingsThatOpenWithAnIdMeanItsKind(title: String, meaning: SectionMeaning) {
        #expect(classifier.meaning(of: title) == meaning, "\(title)")
    }

    @Test(arguments: [
        // Subsections of sections that absorb them.
        (
            "Session 2025-12-20 (Architecture Decisions)", SectionMeaning.clarifications as SectionMeaning?,
            SectionMeaning.clarifications
        ),
        ("Performance", .outOfScope, .outOfScope),
        ("2026-08-04 — planning notes", .changeLog, .changeLog),
        ("Content Quality", .templateGuidance, .templateGuidance),
        ("Anything at all", .templateGuidance, .templateGuidance),
        // No meaning of its own: the parent's, a story under scenarios, a phase under phases.
        ("Radio Communication", .requirements(.functional), .requirements(.functional)),
        ("As described above", .userScenarios, .userStory),
        ("Install the Tools", .phases, .phase),
        ("Ephemeral Environment", .entities, .entities),
        ("Configuration Injection", .title, .other),
        ("Configuration Injection", nil, .other),
        ("Import a File (P1)", nil, .userStory),
        ("Unlock Tracking (P1)", .requirements(.functional), .requirements(.functional)),
        // Weak meanings yield to a strong parent.
        ("Technical Goals", .successCriteria, .successCriteria),
        ("Gap Summary", .overview, .overview),
        ("Rationale", .other, .other),
        ("Benefits", .components, .components),
        // Requirement kinds by place.
        ("Requirement coverage", .requirements(.functional), .requirements(.functional)),
        ("Security", .requirements(.nonFunctional), .requirements(.security)),
        ("User Experience Goals", .successCriteria, .successCriteria),
        ("Documentation Updates", .phases, .phase),
        // Own strong meanings stay.
        ("Acceptance Scenarios", .userStory, .acceptance),
        ("Edge Cases", .userScenarios, .edgeCases),
        ("Assumptions", .successCriteria, .assumptions),
        ("Deferred Sections", .overview, .outOfScope),
    ])
    func nestingDecidesWhatTheHeadingWordsLeaveOpen(title: String, parent: SectionMeaning?, meaning: SectionMeaning) {
        #expect(classifier.meaning(of: title, under: parent) == meaning, "\(title) under \(String(describing: parent))")
    }

    /// Adding a language is adding rows: a classifier built from one made-up table knows it.
    @Test func aLanguageIsAddedByAddingRows() {
        let rows: [(language: SpecLanguage, groups: [SectionVocabulary.Group])] = [
            (
                .other,
                [
                    SectionVocabulary.words(.risks, "riskejo"),
                    SectionVocabulary.counted(.phase, otherwise: .phases, "fazo"),
                ]
            )
        ]
        let custom = SectionClassifier(rows)
        #expect(custom.meaning(of: "Riskejo") == .risks)
        #expect(custom.meaning(of: "Fazo 2: Testoj") == .phase)
        #expect(custom.meaning(of: "Risks") == nil)
    }
}
