import Foundation
import Generator
import Testing

/// `/speckit.specify` copies Spec Kit's template into a new folder moments before an agent fills
/// it in: `generate` must not write a plan of placeholders then, and must say why.
@Suite struct TemplateSpecCommandTests {
    static func template() throws -> String {
        try String(
            contentsOf: TestData.fixtures.appendingPathComponent("016-unfilled-template/spec.md"), encoding: .utf8)
    }

    @Test func generateSkipsASpecThatIsStillTheTemplateAndSaysWhy() throws {
        let scratch = try Scratch()
        try scratch.write("p/specs/001-new-feature/spec.md", try Self.template())
        try scratch.write(
            "p/specs/002-real/spec.md", "# Feature Specification: Real\n\n- **FR-001**: System MUST work\n")
        let result = try Plansync.run(["generate", "p"], in: scratch.url)
        #expect(result.status == 0, "\(result.output)")
        #expect(
            result.stdout.contains(
                "skipped p/specs/001-new-feature/plan.md: spec.md is still the Spec Kit template; waiting for it to be filled in"
            ),
            "\(result.output)")
        #expect(!scratch.exists("p/specs/001-new-feature/plan.md"), "a plan of template placeholders was written")
        #expect(scratch.exists("p/specs/002-real/plan.md"), "the other spec lost its plan")
        let check = try Plansync.run(["check", "p"], in: scratch.url)
        #expect(check.status == 0, "a template spec is neither an error nor out of date for check: \(check.output)")
    }

    @Test func forceWritesNoPlanOfTheTemplateEither() throws {
        let scratch = try Scratch()
        try scratch.write("p/specs/001-new-feature/spec.md", try Self.template())
        let result = try Plansync.run(["generate", "--force", "p/specs/001-new-feature"], in: scratch.url)
        #expect(result.status == 0, "\(result.output)")
        #expect(result.stdout.contains(PlanUpdate.templateReason), "\(result.output)")
        #expect(!scratch.exists("p/specs/001-new-feature/plan.md"))
    }

    @Test func statusSaysTheSpecIsStillTheTemplate() throws {
        let scratch = try Scratch()
        try scratch.write("p/specs/001-new-feature/spec.md", try Self.template())
        let result = try Plansync.run(["status", "p"], in: scratch.url)
        #expect(result.status == 0, "\(result.output)")
        #expect(
            result.stdout.hasPrefix(
                "p/specs/001-new-feature: waiting for the spec, spec.md is still the Spec Kit template"),
            "\(result.output)")
        let json = try Plansync.run(["status", "--json", "p"], in: scratch.url)
        #expect(json.stdout.contains("\"state\":\"template\""), "\(json.output)")
    }
}
