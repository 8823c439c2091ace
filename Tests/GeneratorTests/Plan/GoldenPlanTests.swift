import Foundation
import Testing
@testable import Generator

/// Whole plans compared with committed golden files, which are reviewed by eye when they change.
/// Run with `PLANSYNC_UPDATE_GOLDEN=1 swift test` to rewrite them after an intended change.
@Suite struct GoldenPlanTests {
    static let cases = TestFiles.corpusCases() + TestFiles.fixtureCases()

    @Test func corpusIsPresent() {
        #expect(TestFiles.corpusCases().count >= 4, "the shared corpus was not found at \(TestFiles.corpus.path)")
    }

    @Test(arguments: cases)
    func planMatchesGoldenFile(_ testCase: TestFiles.Case) throws {
        let plan = PlanSync.render(testCase.inputs)
        let url = TestFiles.golden.appendingPathComponent("\(testCase.name).plan.md")
        if ProcessInfo.processInfo.environment["PLANSYNC_UPDATE_GOLDEN"] != nil {
            try FileManager.default.createDirectory(at: TestFiles.golden, withIntermediateDirectories: true)
            try plan.write(to: url, atomically: true, encoding: .utf8)
        }
        let golden = try String(contentsOf: url, encoding: .utf8)
        #expect(plan == golden, "plan for \(testCase.name) differs from \(url.lastPathComponent); if intended, regenerate with PLANSYNC_UPDATE_GOLDEN=1 and review the diff")
    }

    @Test(arguments: cases)
    func generationIsDeterministic(_ testCase: TestFiles.Case) {
        #expect(PlanSync.render(testCase.inputs) == PlanSync.render(testCase.inputs))
    }

    /// Every plan has the sections of plan-format.md, in order, with consecutive days and a total that adds up.
    @Test(arguments: cases)
    func planFollowsTheFormat(_ testCase: TestFiles.Case) throws {
        let text = PlanSync.render(testCase.inputs)
        let headings = text.split(separator: "\n").filter { $0.hasPrefix("## ") }.map(String.init)
        #expect(headings == ["## Feature Summary", "## Technical Approach", "## Implementation Phases", "## Dependencies",
                             "## Risks & Mitigations", "## Success Criteria", "## Estimated Timeline", "## Notes"])
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines.contains { $0.hasPrefix("# Implementation Plan: ") && $0.count > 23 })
        for sub in ["### Architecture", "### Key Components", "### External Dependencies", "### Internal Dependencies", "### Feature Dependencies"] {
            #expect(lines.contains(sub), "missing \(sub)")
        }
        let phases = lines.filter { $0.hasPrefix("### Phase ") }
        #expect(phases.count >= 4)
        var nextDay = 1
        for phase in phases {
            let range = phase.split(separator: "(Days ").last!.dropLast()
            let days = range.split(separator: "-").map { Int($0)! }
            #expect(days[0] == nextDay, "\(phase) does not start the day after the previous phase")
            #expect(days[1] >= days[0])
            nextDay = days[1] + 1
        }
        let total = nextDay - 1
        #expect(lines.contains("**Total: \(total) days (\((total + 4) / 5) weeks)**"))
        #expect(phases.contains { $0.contains(": Testing (") } && phases.contains { $0.contains(": Documentation (") })
        #expect(lines.filter { $0.hasPrefix("### Risk ") }.count >= 2)
        #expect(!text.contains("<Feature Name>") && !text.contains("[FEATURE") && !text.contains("<criterion>"))
        let summary = lines[lines.firstIndex(of: "## Feature Summary")! + 1]
        #expect(summary.count > 20, "empty feature summary")
    }
}
