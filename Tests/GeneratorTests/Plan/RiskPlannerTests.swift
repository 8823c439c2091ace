import Foundation
import Testing

@testable import Generator

/// Each risk rule on a spec written for it (`Fixtures/021-risk-sources`), the no-padding rule,
/// and no plan of the fixtures or the corpus with a risk about plansync itself.
@Suite struct RiskPlannerTests {
    /// The Risks & Mitigations section of a plan, `### Risk` headings and mitigations.
    static func riskLines(_ plan: String) -> [String] {
        let lines = plan.split(separator: "\n").map(String.init)
        guard let start = lines.firstIndex(of: "## Risks & Mitigations") else { return [] }
        let end = lines[start...].firstIndex(of: "## Success Criteria") ?? lines.endIndex
        return lines[(start + 1)..<end].filter { !$0.hasPrefix("<!--") && !$0.isEmpty }
    }

    static func risks(of name: String) throws -> [String] {
        riskLines(PlanSync.render(try TestFiles.fixture(name).inputs))
    }

    /// The mitigation that follows the risk whose heading holds `title`.
    static func mitigation(of title: String, in lines: [String]) -> String? {
        guard let index = lines.firstIndex(where: { $0.hasPrefix("### Risk") && $0.contains(title) }),
            index + 1 < lines.count
        else { return nil }
        return lines[index + 1]
    }

    @Test func openQuestionInAStoryIsDecidedBeforeThatStorysPhase() throws {
        let lines = try Self.risks(of: "021-risk-sources")
        #expect(
            lines.first == "### Risk 1: Open question: is the deposit refunded when a group cancels the day before?")
        let mitigation = try #require(Self.mitigation(of: "deposit refunded", in: lines))
        #expect(mitigation.contains("decide before Phase 3: Pay a deposit (P2)"), "\(mitigation)")
    }

    @Test func openQuestionOfARequirementIsDecidedBeforeThePhaseHoldingIt() throws {
        let lines = try Self.risks(of: "015-open-questions")
        let mitigation = try #require(Self.mitigation(of: "FR-002: who approves", in: lines))
        #expect(mitigation.contains("decide before Phase 3: Approve a claim (P2)"), "\(mitigation)")
        #expect(lines.filter { $0.hasPrefix("### Risk") }.count == 9, "each open question once, none left out")
    }

    @Test func measurableTargetIsNamedWithItsNumberAndIdAndMeasuredInAPhase() throws {
        let lines = try Self.risks(of: "021-risk-sources")
        let heading = try #require(lines.first { $0.contains("Hard target SC-001") })
        #expect(heading.contains("300 ms") && heading.contains("10,000 bookings"))
        let mitigation = try #require(Self.mitigation(of: "Hard target SC-001", in: lines))
        #expect(mitigation.contains("300 ms") && mitigation.contains("Phase "), "\(mitigation)")
        // A share of people who manage a task is the product's outcome, not a target for the code.
        #expect(!lines.contains { $0.contains("SC-002") })
    }

    @Test func migrationIsARiskWrittenInFoundation() throws {
        let lines = try Self.risks(of: "021-risk-sources")
        let mitigation = try #require(Self.mitigation(of: "Data migration: FR-003", in: lines))
        #expect(mitigation.contains("Phase 1: Foundation & Setup"), "\(mitigation)")
    }

    @Test func externalServiceIsOneRiskTiedToThePhaseThatCallsIt() throws {
        let lines = try Self.risks(of: "021-risk-sources")
        #expect(lines.filter { $0.contains("Stripe:") }.count == 1)
        let mitigation = try #require(
            Self.mitigation(of: "Stripe: outage, rate limits, credentials and cost", in: lines))
        #expect(mitigation.contains("Phase 3: Pay a deposit (P2)"), "\(mitigation)")
    }

    @Test func personalDataIsNamedByWhatTheSpecHandles() throws {
        let lines = try Self.risks(of: "021-risk-sources")
        let heading = try #require(lines.first { $0.contains("Personal data:") })
        #expect(heading.contains("emails") && heading.contains("phone numbers") && heading.contains("FR-004"))
    }

    @Test func questionsComeFirstThenRisksByThePhaseTheyThreaten() throws {
        let lines = try Self.risks(of: "021-risk-sources")
        let headings = lines.filter { $0.hasPrefix("### Risk") }
        #expect(headings.first?.contains("Open question") == true)
        let phases = headings.dropFirst().compactMap {
            Self.firstPhaseNumber(in: Self.mitigation(of: $0, in: lines) ?? "")
        }
        #expect(phases.count == headings.count - 1 && phases == phases.sorted(), "\(phases)")
    }

    private static func firstPhaseNumber(in text: String) -> Int? {
        guard let range = text.range(of: "Phase ") else { return nil }
        return Int(text[range.upperBound...].prefix { $0.isNumber })
    }

    @Test func specWithoutRealRisksSaysSoInsteadOfPadding() throws {
        let lines = try Self.risks(of: "019-edge-case-ids")
        #expect(lines.count == 1, "\(lines)")
        #expect(lines.first?.hasPrefix("No significant risks found in the spec beyond") == true)
        for generic in ["Scope changes", "too thin", "Edge cases handled late"] {
            #expect(!lines.joined().contains(generic))
        }
    }

    @Test func oneRealRiskIsListedAndTheSectionSaysThereIsNoOther() {
        let spec = """
            # Feature Specification: Quick Search

            ## Requirements

            - **FR-001**: The system MUST show search results within 100 ms of each keystroke
            """
        let lines = Self.riskLines(
            PlanSync.render(PlanInputs(spec: spec, folder: "001-search", constitution: nil, siblings: [])))
        #expect(lines.first == "No significant risks found in the spec beyond the one below.")
        #expect(lines.filter { $0.hasPrefix("### Risk") }.count == 1)
    }

    @Test(arguments: [
        ("answers in under 500 ms for 10,000 items", ["500 ms", "10,000 items"]),
        ("refreshes within 15 minutes", ["15 minutes"]),
        ("99.9 % uptime", ["99.9 %"]),
        ("runs in 64 KB of RAM", ["64 KB"]),
        ("renders at 60fps with 10+ concurrent users", ["60 fps", "10+ concurrent users"]),
        ("在 5 秒内完成导出", ["5 秒"]),
        ("FR-023 and SC-001 and version 2.1", []),
    ])
    func measurableTargetsAreReadWithTheirUnits(_ text: String, _ figures: [String]) {
        #expect(MeasurableTarget.all(in: text).map(\.figure) == figures)
    }

    @Test(arguments: TestFiles.fixtureCases() + TestFiles.corpusCases())
    func noPlanHasARiskAboutPlansync(_ testCase: TestFiles.Case) {
        guard !testCase.isUnfilledTemplate else { return }
        let lines = Self.riskLines(PlanSync.render(testCase.inputs))
        #expect(!lines.contains { $0.lowercased().contains("plansync") }, "\(testCase.name): \(lines)")
    }
}
