import Foundation
import Testing

@testable import Generator

/// ``GoldenPlanTests`` for every spec of the shared corpus: real projects, as the current
/// generator writes their plans. Skipped, saying so, in a clone without the corpus.
@Suite(.needsCorpus) struct CorpusGoldenPlanTests {
    @Test(arguments: TestFiles.corpusCases())
    func planMatchesGoldenFile(_ testCase: TestFiles.Case) throws {
        try GoldenPlanTests.expectGolden(testCase)
    }

    @Test(arguments: TestFiles.corpusCases())
    func generationIsDeterministic(_ testCase: TestFiles.Case) {
        #expect(PlanSync.render(testCase.inputs) == PlanSync.render(testCase.inputs))
    }

    @Test(arguments: TestFiles.corpusCases())
    func planFollowsTheFormat(_ testCase: TestFiles.Case) throws {
        guard !testCase.isUnfilledTemplate else { return }
        try GoldenPlanTests.expectFormat(PlanSync.render(testCase.inputs))
    }

    /// A corpus that is there but cut short would pass everything above with fewer cases.
    @Test func everyCorpusSpecHasAGoldenPlanAndEveryGoldenPlanItsSpec() throws {
        #expect(
            TestData.corpusProjects().count >= 14,
            "the shared corpus at \(TestData.corpus.path) has fewer projects than its README lists")
        let names = Set(TestFiles.corpusCases().map { "\($0.name).plan.md" })
        let golden = try FileManager.default.contentsOfDirectory(atPath: TestData.golden.path).filter {
            !$0.hasPrefix("fixture-")
        }
        #expect(
            Set(golden) == names,
            "golden plans without a corpus spec: \(Set(golden).subtracting(names).sorted()); corpus specs without a golden plan: \(names.subtracting(golden).sorted())"
        )
    }
}
