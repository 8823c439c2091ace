import Testing

@testable import Generator

/// The heading table is consistent with itself: every phrase of every language, written as a
/// whole heading, means what its row says, so no row is shadowed by another language's words.
@Suite struct SectionVocabularyTests {
    struct Row: CustomStringConvertible, Sendable {
        let language: SpecLanguage
        let phrase: String
        let meaning: SectionMeaning

        var description: String { "\(language.rawValue): \(phrase)" }
    }

    static let rows: [Row] = SectionVocabulary.table.flatMap { language, groups in
        groups.flatMap { group in
            group.phrases.compactMap { phrase in
                group.meaning.map { Row(language: language, phrase: phrase, meaning: $0) }
            }
        }
    }

    @Test(arguments: rows)
    func everyPhraseMeansItsRow(row: Row) {
        #expect(SectionClassifier.standard.meaning(of: row.phrase) == row.meaning, "\(row)")
    }

    /// Numbered rows: "<phrase> 2" is one story or phase.
    @Test func everyNumberedPhraseMeansOneOfMany() {
        for (language, groups) in SectionVocabulary.table {
            for group in groups {
                guard let numbered = group.numbered else { continue }
                for phrase in group.phrases {
                    #expect(
                        SectionClassifier.standard.meaning(of: "\(phrase) 2") == numbered,
                        "\(language.rawValue): \(phrase) 2")
                }
            }
        }
    }

    /// Every meaning a reader needs has words in every language of the table.
    @Test(arguments: SpecLanguage.allCases.filter { $0 != .other })
    func everyLanguageNamesEveryMeaning(language: SpecLanguage) {
        let meanings: [SectionMeaning] = [
            .title, .overview, .userScenarios, .userStory, .primaryStory, .acceptance, .requirements(.general),
            .requirements(.functional), .requirements(.nonFunctional), .requirements(.security),
            .requirements(.performance),
            .entities, .successCriteria, .edgeCases, .assumptions, .dependencies, .outOfScope, .risks, .timeline,
            .phases, .phase,
            .components, .clarifications, .openQuestions, .techStack, .constraints, .glossary, .independentTest,
            .templateGuidance,
        ]
        let groups = SectionVocabulary.table.filter { $0.language == language }.flatMap(\.groups)
        let named = Set(groups.compactMap(\.meaning) + groups.compactMap(\.numbered))
        let missing = meanings.filter { !named.contains($0) }
        #expect(missing.isEmpty, "\(language.rawValue) has no words for \(missing)")
    }
}
