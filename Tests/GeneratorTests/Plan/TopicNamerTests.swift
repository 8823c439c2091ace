import Testing

@testable import Generator

/// Phases of requirements that belong to no story are named from the spec's own words.
struct TopicNamerTests {
    private func requirements(_ texts: [String], group: String = "Functional Requirements") -> [Requirement] {
        texts.enumerated().map { Requirement(id: "FR-00\($0.offset + 1)", text: $0.element, group: group) }
    }

    private func name(_ chunk: [Requirement], entities: [Entity] = [], used: inout Set<String>) -> String {
        var own: [String: Int] = [:]
        for requirement in chunk {
            for word in Set(SignificantWords.of(requirement.text)) { own[word, default: 0] += 1 }
        }
        return TopicNamer(entities: entities).name(for: chunk, own: own, phasesUsing: [:], used: &used)
    }

    @Test func theAuthorsSubHeadingNamesThePhase() {
        var used: Set<String> = []
        let chunk = requirements(["Retry a failed upload", "Resume a partial upload"], group: "Upload recovery")
        #expect(name(chunk, used: &used) == "Upload recovery")
    }

    @Test func theKeyEntityMostRequirementsAreAboutNamesThePhaseOnce() {
        var used: Set<String> = []
        let entities = [Entity(name: "Collection", description: ""), Entity(name: "Item", description: "")]
        let first = requirements(["Create a collection", "Rename a collection", "Add an item to a collection"])
        let second = requirements(["Delete a collection", "Archive a collection", "Export a collection"])
        #expect(name(first, entities: entities, used: &used) == "Collection")
        #expect(name(second, entities: entities, used: &used) != "Collection", "two phases are not both Collection")
    }

    @Test func wordsAreShownAsTheSpecWritesThemAndVagueOnesNever() {
        var used: Set<String> = []
        let chunk = requirements([
            "The implementation MUST load dependencies before start", "Dependencies MUST be loaded before start",
        ])
        let topic = name(chunk, used: &used)
        #expect(topic.hasPrefix("Dependencies"), "\(topic)")
        #expect(!topic.contains("Implementation") && !topic.contains("Before"))
    }

    @Test func withoutAnyNamingWordThePhaseIsCalledRequirements() {
        var used: Set<String> = []
        #expect(name(requirements(["系统必须导出报表", "系统必须发送邮件"]), used: &used) == "Requirements")
    }
}
