import Testing

@testable import Generator

/// A small feature of a project that already has code gets a short foundation and testing, and
/// Notes say why; the same feature of a project with nothing known keeps the full ones.
@Suite struct SmallChangeTests {
    static let spec = """
        # Feature Specification: Verbose Flag

        ## Requirements

        - **FR-001**: `tool sync` MUST accept `--verbose` and print each file it copies.
        """

    private func phaseHeadings(_ plan: String) -> [String] {
        plan.split(separator: "\n").filter { $0.hasPrefix("### Phase") }.map(String.init)
    }

    @Test func aSmallChangeToExistingCodeNeedsNoTwoDayFoundation() {
        let sources = ProfileSources(
            manifests: [SourceFile(path: "go.mod", text: "module example.com/tool\n\ngo 1.22\n")])
        let plan = ProfilePlanTests.plan(spec: Self.spec, sources: sources)
        let headings = phaseHeadings(plan)
        #expect(headings.first == "### Phase 1: Foundation & Setup (Day 1)", "\(headings)")
        #expect(headings.contains { $0.contains("Testing (Day ") }, "testing takes a day: \(headings)")
        #expect(plan.contains("foundation 1 day (a small change to existing code)"))
    }

    @Test func theSameFeatureWithNothingKnownAboutTheProjectKeepsTheFullFoundation() {
        let plan = ProfilePlanTests.plan(spec: Self.spec, sources: ProfileSources())
        #expect(phaseHeadings(plan).first == "### Phase 1: Foundation & Setup (Days 1-2)")
        #expect(!plan.contains("small change"))
    }
}
