import Foundation
import Testing

/// `check` for CI and hooks, `diff` to preview: neither writes anything.
@Suite struct CheckAndDiffTests {
    static let spec = "# Feature Specification: A\n\n**Input**: User description: \"Do a thing.\"\n\n- **FR-001**: System MUST do a thing\n"

    @Test func checkPassesWhenUpToDateAndFailsListingWhatWouldChange() throws {
        let scratch = try Scratch()
        try scratch.write("p/specs/001-a/spec.md", Self.spec)
        try scratch.write("p/specs/002-b/spec.md", Self.spec)
        let missing = try Plansync.run(["check", "p"], in: scratch.url)
        #expect(missing.status == 1, "\(missing.output)")
        #expect(missing.stdout.contains("out of date p/specs/001-a/plan.md (missing"), "\(missing.output)")
        #expect(!scratch.exists("p/specs/001-a/plan.md"), "check wrote a plan")

        try Plansync.run(["generate", "p"], in: scratch.url)
        let clean = try Plansync.run(["check", "p"], in: scratch.url)
        #expect(clean.status == 0, "\(clean.output)")

        try scratch.write("p/specs/002-b/spec.md", Self.spec.replacing("Do a thing.", with: "Do another thing."))
        let before = try scratch.read("p/specs/002-b/plan.md")
        let stale = try Plansync.run(["check", "p"], in: scratch.url)
        #expect(stale.status == 1)
        #expect(stale.stdout.contains("out of date p/specs/002-b/plan.md (+1 -1 in Feature Summary)"), "\(stale.output)")
        #expect(stale.stdout.contains("unchanged p/specs/001-a/plan.md"))
        #expect(try scratch.read("p/specs/002-b/plan.md") == before, "check wrote a plan")
    }

    @Test func checkExits2OnErrors() throws {
        let scratch = try Scratch()
        try scratch.writeBytes("p/specs/001-a/spec.md", [0xFF, 0xFE, 0x00])
        let result = try Plansync.run(["check", "p"], in: scratch.url)
        #expect(result.status == 2, "\(result.output)")
    }

    @Test func checkKeepsHandEditsInMind() throws {
        let scratch = try Scratch()
        try scratch.write("p/specs/001-a/spec.md", Self.spec)
        try Plansync.run(["generate", "p"], in: scratch.url)
        let plan = try scratch.read("p/specs/001-a/plan.md")
        try scratch.write("p/specs/001-a/plan.md", plan.replacing("Do a thing.", with: "Our summary."))
        let result = try Plansync.run(["check", "p"], in: scratch.url)
        #expect(result.status == 0, "a hand edit is not out of date: \(result.output)")
        #expect(result.stdout.contains("kept hand-edited section \"Feature Summary\""), "\(result.output)")
    }

    @Test func diffPrintsTheUnifiedDiffGenerateWouldApply() throws {
        let scratch = try Scratch()
        try scratch.write("p/specs/001-a/spec.md", Self.spec)
        try Plansync.run(["generate", "p"], in: scratch.url)
        try scratch.write("p/specs/001-a/spec.md", Self.spec.replacing("Do a thing.", with: "Do another thing."))
        let before = try scratch.read("p/specs/001-a/plan.md")
        let result = try Plansync.run(["diff", "p"], in: scratch.url)
        #expect(result.status == 0, "\(result.output)")
        #expect(result.stdout.contains("--- a/p/specs/001-a/plan.md\n+++ b/p/specs/001-a/plan.md\n@@ "), "\(result.stdout)")
        #expect(result.stdout.contains("\n-Do a thing. ") && result.stdout.contains("\n+Do another thing. "), "\(result.stdout)")
        #expect(try scratch.read("p/specs/001-a/plan.md") == before, "diff wrote the plan")

        // The diff applies with patch(1) and gives exactly what generate writes.
        let patch = Process()
        patch.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        patch.arguments = ["patch", "-s", "-p1"]
        patch.currentDirectoryURL = scratch.url
        let input = Pipe()
        patch.standardInput = input
        guard (try? patch.run()) != nil else { return }
        input.fileHandleForWriting.write(Data(result.stdout.utf8))
        try input.fileHandleForWriting.close()
        patch.waitUntilExit()
        let patched = try scratch.read("p/specs/001-a/plan.md")
        try Plansync.run(["generate", "p"], in: scratch.url)
        #expect(patch.terminationStatus == 0)
        #expect(patched == (try scratch.read("p/specs/001-a/plan.md")))
    }

    @Test func generatePrintsTheSummaryWithKeptSections() throws {
        let scratch = try Scratch()
        try scratch.write("p/specs/001-a/spec.md", Self.spec)
        try Plansync.run(["generate", "p"], in: scratch.url)
        let plan = try scratch.read("p/specs/001-a/plan.md")
        try scratch.write("p/specs/001-a/plan.md", plan.replacing("- **Mitigation**: Change spec.md first", with: "- **Mitigation**: Ours"))
        try scratch.write("p/specs/001-a/spec.md", Self.spec.replacing("Do a thing.", with: "Do another thing."))
        let result = try Plansync.run(["generate", "p"], in: scratch.url)
        #expect(result.stdout == "wrote p/specs/001-a/plan.md (+1 -1 in Feature Summary; kept hand-edited section \"Risks & Mitigations\")\n", "\(result.output)")
    }
}
