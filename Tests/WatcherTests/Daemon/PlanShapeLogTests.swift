import Foundation
import Testing

/// The daemon's `plan.updated` line carries the written plan's shape: `phases`, `days`,
/// `risks` (the first three titles) and `riskCount`, and `null` for what a hand edit leaves
/// unknown.
@Suite struct PlanShapeLogTests {
    static let folder = "001-calendar"
    static let plan = "specs/\(folder)/plan.md"

    static func project() throws -> DaemonProject {
        try DaemonProject(specs: [folder: GenerateShapeTests.spec])
    }

    /// Saves a changed spec and returns the `plan.updated` line it gives.
    static func save(_ project: DaemonProject, _ daemon: DaemonProcess, _ spec: String) throws -> [String: Any] {
        let mark = daemon.lineCount
        try project.write("specs/\(folder)/spec.md", spec)
        return try daemon.waitFor(event: "plan.updated", plan: plan, after: mark)
    }

    @Test func planUpdatedCarriesThePhasesDaysAndTopRisksOfThePlanAsWritten() throws {
        let project = try Self.project()
        let daemon = try project.start()
        let line = try Self.save(
            project, daemon, GenerateShapeTests.spec.replacing("under 5 seconds", with: "at once"))
        let shape = try GenerateShapeTests.WrittenShape(try project.read(Self.plan))
        #expect(line["phases"] as? Int == shape.phases.count, "\(line)")
        #expect(line["days"] as? Int == shape.days, "\(line)")
        #expect(line["risks"] as? [String] == Array(shape.risks.prefix(3)), "\(line)")
        #expect(line["riskCount"] as? Int == shape.risks.count, "\(line)")
        #expect(shape.risks.count > 3, "the fixture no longer proves that the titles are bounded")
        let counts = "\(shape.phases.count) phases, \(shape.days) days, \(shape.risks.count) risks"
        #expect((line["message"] as? String)?.contains("; \(counts) [") == true, "\(line)")
    }

    @Test func aHandEditedRiskTitleIsLoggedAsWrittenAndRewrittenRisksAsNull() throws {
        let project = try Self.project()
        let daemon = try project.start()
        let first = try Self.save(
            project, daemon, GenerateShapeTests.spec.replacing("under 5 seconds", with: "at once"))
        #expect(first["risks"] is [String])
        let plan = try project.read(Self.plan)
        try project.write(
            Self.plan, plan.replacing(/### Risk 1: [^\n]*/, with: "### Risk 1: The club's mail server drops reminders"))
        let edited = try Self.save(project, daemon, GenerateShapeTests.spec.replacing("under 5 seconds", with: "soon"))
        #expect((edited["risks"] as? [String])?.first == "The club's mail server drops reminders", "\(edited)")
        #expect(edited["kept"] as? [String] == ["Risks & Mitigations"], "\(edited)")

        let now = try project.read(Self.plan)
        try project.write(
            Self.plan,
            now.replacing(
                "### Risk 1: The club's mail server drops reminders",
                with: "### Risk 1: The club's mail server drops reminders\n\n### Risk 1b: Spam filters"))
        let rewritten = try Self.save(
            project, daemon, GenerateShapeTests.spec.replacing("under 5 seconds", with: "in a blink"))
        #expect(rewritten["risks"] is NSNull && rewritten["riskCount"] is NSNull, "\(rewritten)")
        #expect(rewritten["phases"] as? Int != nil && rewritten["days"] as? Int != nil, "\(rewritten)")
        #expect((rewritten["message"] as? String)?.contains(" risks [") == false, "\(rewritten)")
    }
}
