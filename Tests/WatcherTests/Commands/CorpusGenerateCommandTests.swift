import Foundation
import Testing

/// ``GenerateCommandTests``' runs of `plansync generate` on whole projects of the shared corpus.
@Suite(.needsCorpus) struct CorpusGenerateCommandTests {
    static let projects = ["excalidraw", "modular", "openleague", "vitafolio"]

    @Test(arguments: projects)
    func writesAPlanForEveryCorpusSpecAndNothingTheSecondTime(_ name: String) throws {
        let project = try #require(TestData.corpusProjects().first { $0.name == name })
        try GenerateCommandTests.expectPlansForEverySpecThenNothing(project)
    }

    @Test func aPlanTheUserWroteIsSkippedAndForceKeepsItAsOrig() throws {
        let project = try #require(TestData.corpusProjects().first { $0.name == "openleague" })
        try GenerateCommandTests.expectHandWrittenPlanKept(project, folder: "specs/003-rink-sessions-purchasing")
    }
}
