import Foundation
import Testing

@testable import Generator

/// Whole plans of the fixtures compared with committed golden files, which are reviewed by eye
/// when they change. Run with `PLANSYNC_UPDATE_GOLDEN=1 swift test` to rewrite them after an
/// intended change. ``CorpusGoldenPlanTests`` does the same for the shared corpus.
@Suite struct GoldenPlanTests {
    @Test(arguments: TestFiles.fixtureCases())
    func planMatchesGoldenFile(_ testCase: TestFiles.Case) throws {
        try Self.expectGolden(testCase)
    }

    @Test(arguments: TestFiles.fixtureCases())
    func generationIsDeterministic(_ testCase: TestFiles.Case) {
        #expect(PlanSync.render(testCase.inputs) == PlanSync.render(testCase.inputs))
    }

    @Test(arguments: TestFiles.fixtureCases())
    func planFollowsTheFormat(_ testCase: TestFiles.Case) throws {
        guard !testCase.isUnfilledTemplate else { return }
        try Self.expectFormat(PlanSync.render(testCase.inputs))
    }

    /// A golden plan whose fixture was renamed or removed would never be compared again.
    @Test func everyFixtureGoldenPlanHasItsFixture() throws {
        let names = Set(TestFiles.fixtureCases().filter { !$0.isUnfilledTemplate }.map { "\($0.name).plan.md" })
        let golden = try FileManager.default.contentsOfDirectory(atPath: TestData.golden.path).filter {
            $0.hasPrefix("fixture-")
        }
        #expect(
            Set(golden) == names,
            "golden plans without a fixture: \(Set(golden).subtracting(names).sorted()); fixtures without a golden plan: \(names.subtracting(golden).sorted())"
        )
    }

    static func expectGolden(_ testCase: TestFiles.Case) throws {
        let url = TestData.golden.appendingPathComponent("\(testCase.name).plan.md")
        if testCase.isUnfilledTemplate {
            // Spec Kit's template has no plan: none is written, so none is kept here either.
            #expect(PlanSync.update(existing: nil, inputs: testCase.inputs).outcome == .skippedTemplate)
            #expect(
                !FileManager.default.fileExists(atPath: url.path),
                "\(url.lastPathComponent): a template spec has no golden plan")
            return
        }
        let plan = PlanSync.render(testCase.inputs)
        if ProcessInfo.processInfo.environment["PLANSYNC_UPDATE_GOLDEN"] != nil {
            try FileManager.default.createDirectory(at: TestData.golden, withIntermediateDirectories: true)
            try plan.write(to: url, atomically: true, encoding: .utf8)
        }
        let golden = try String(contentsOf: url, encoding: .utf8)
        #expect(
            plan == golden,
            "plan for \(testCase.name) differs from \(url.lastPathComponent); if intended, regenerate with PLANSYNC_UPDATE_GOLDEN=1 and review the diff"
        )
    }

    /// Every plan has the sections of plan-format.md, in order, with consecutive days and a total that adds up.
    static func expectFormat(_ text: String) throws {
        let headings = text.split(separator: "\n").filter { $0.hasPrefix("## ") }.map(String.init)
        #expect(
            headings == [
                "## Feature Summary", "## Technical Approach", "## Implementation Phases", "## Dependencies",
                "## Risks & Mitigations", "## Success Criteria", "## Estimated Timeline", "## Notes",
            ])
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines.contains { $0.hasPrefix("# Implementation Plan: ") && $0.count > 23 })
        for sub in [
            "### Architecture", "### Key Components", "### External Dependencies", "### Internal Dependencies",
            "### Feature Dependencies",
        ] {
            #expect(lines.contains(sub), "missing \(sub)")
        }
        let phases = lines.filter { $0.hasPrefix("### Phase ") }
        #expect(phases.count >= 4)
        var nextDay = 1
        for phase in phases {
            let range = try #require(phase.split(separator: "(").last?.dropLast())
            let single = range.hasPrefix("Day ") ? Int(range.dropFirst(4)) : nil
            let days = single.map { [$0, $0] } ?? range.dropFirst(5).split(separator: "-").compactMap { Int($0) }
            try #require(days.count == 2, "\(phase) does not end with (Days N-M) or (Day N)")
            #expect(days[0] != days[1] || single != nil, "\(phase): one day is written (Day N), not (Days N-N)")
            #expect(days[0] == nextDay, "\(phase) does not start the day after the previous phase")
            #expect(days[1] >= days[0])
            nextDay = days[1] + 1
        }
        let total = nextDay - 1
        let weeks = (total + 4) / 5
        #expect(lines.contains("**Total: \(total) days (\(weeks) \(weeks == 1 ? "week" : "weeks"))**"))
        // Testing and Documentation, in the plan's language.
        let names = PlanLanguage.allCases.map(\.phrases)
        #expect(
            names.contains { phrases in
                phases.contains { $0.contains(": \(phrases.testingPhase) (") }
                    && phases.contains { $0.contains(": \(phrases.documentationPhase) (") }
            })
        // Two risks or more, or the line that says the spec gives fewer: never padding.
        let risks = lines.filter { $0.hasPrefix("### Risk ") }.count
        let fewer = PlanLanguage.allCases.flatMap { [$0.review.risk(.noRisks), $0.review.risk(.oneRisk)] }
        let saysFewer = lines.contains { fewer.contains($0) }
        #expect(
            risks >= 2 ? !saysFewer : saysFewer, "a plan with \(risks) risk(s) must say so only when fewer than two")
        // Notes may name the template's placeholders a spec still holds; the plan itself holds none.
        let body = text.split(separator: "## Notes").first.map(String.init) ?? text
        #expect(!body.contains("<Feature Name>") && !body.contains("[FEATURE") && !body.contains("<criterion>"))
        let summaryHeading = try #require(lines.firstIndex(of: "## Feature Summary"))
        #expect(lines[summaryHeading + 1].count > 20, "empty feature summary")
    }
}
