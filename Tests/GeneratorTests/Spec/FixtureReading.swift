@testable import Generator

/// A fixture spec folder read and planned, for the tests that check what a spec's shape gives
/// in the spec model and in the plan.
struct FixtureReading {
    let spec: Spec
    let plan: String

    init(_ folder: String) throws {
        let fixture = try TestFiles.fixture(folder)
        spec = SpecParser.parse(fixture.spec, folder: fixture.folder)
        plan = PlanSync.render(fixture.inputs)
    }

    init(_ project: String, _ folder: String) throws {
        let fixture = try TestFiles.fixture(project, folder)
        spec = SpecParser.parse(fixture.spec, folder: fixture.folder)
        plan = PlanSync.render(fixture.inputs)
    }

    /// The plan's lines under `## heading`, up to the next `## `, plansync's markers left out.
    func section(_ heading: String) -> [String] {
        let lines = plan.split(separator: "\n").map(String.init).filter { !$0.hasPrefix("<!-- plansync:") }
        guard let start = lines.firstIndex(of: "## \(heading)") else { return [] }
        return Array(lines[(start + 1)...].prefix { !$0.hasPrefix("## ") })
    }

    /// The `### Phase N: …` headings, in order.
    var phaseHeadings: [String] { plan.split(separator: "\n").map(String.init).filter { $0.hasPrefix("### Phase ") } }
}
