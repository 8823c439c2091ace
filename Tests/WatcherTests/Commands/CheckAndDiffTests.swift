import Foundation
import Testing

/// `check` for CI and hooks, `diff` to preview: neither writes anything.
@Suite struct CheckAndDiffTests {
    static let spec =
        "# Feature Specification: A\n\n**Input**: User description: \"Do a thing.\"\n\n- **FR-001**: System MUST do a thing\n"

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
        #expect(
            stale.stdout.contains("out of date p/specs/002-b/plan.md (+1 -1 in Feature Summary)"), "\(stale.output)")
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
        #expect(result.status == 1, "differences exit 1, as git diff --exit-code: \(result.output)")
        #expect(
            result.stdout.contains("--- a/p/specs/001-a/plan.md\n+++ b/p/specs/001-a/plan.md\n@@ "), "\(result.stdout)")
        #expect(
            result.stdout.contains("\n-Do a thing. ") && result.stdout.contains("\n+Do another thing. "),
            "\(result.stdout)")
        #expect(try scratch.read("p/specs/001-a/plan.md") == before, "diff wrote the plan")
    }

    @Test(.requires(.patch))
    func theDiffAppliedWithPatchGivesWhatGenerateWrites() throws {
        let scratch = try Scratch()
        try scratch.write("p/specs/001-a/spec.md", Self.spec)
        try Plansync.run(["generate", "p"], in: scratch.url)
        try scratch.write("p/specs/001-a/spec.md", Self.spec.replacing("Do a thing.", with: "Do another thing."))
        let diff = try Plansync.run(["diff", "p"], in: scratch.url)
        try scratch.write("changes.diff", diff.stdout)
        let patch = try Plansync.runProcess(
            URL(fileURLWithPath: "/bin/sh"), ["-c", "patch -s -p1 < changes.diff"], in: scratch.url)
        #expect(patch.status == 0, "\(patch.output)")
        let patched = try scratch.read("p/specs/001-a/plan.md")
        try Plansync.run(["generate", "p"], in: scratch.url)
        #expect(patched == (try scratch.read("p/specs/001-a/plan.md")))
    }

    @Test func generatePrintsTheSummaryWithKeptSections() throws {
        let scratch = try Scratch()
        try scratch.write("p/specs/001-a/spec.md", Self.spec)
        try Plansync.run(["generate", "p"], in: scratch.url)
        let plan = try scratch.read("p/specs/001-a/plan.md")
        try scratch.write(
            "p/specs/001-a/plan.md",
            plan.replacing("No significant risks found in the spec beyond", with: "Ours: no significant risks beyond"))
        try scratch.write("p/specs/001-a/spec.md", Self.spec.replacing("Do a thing.", with: "Do another thing."))
        let result = try Plansync.run(["generate", "p"], in: scratch.url)
        let shape = try GenerateShapeTests.WrittenShape(try scratch.read("p/specs/001-a/plan.md"))
        #expect(
            result.stdout
                == "wrote p/specs/001-a/plan.md (+1 -1 in Feature Summary; kept hand-edited section \"Risks & Mitigations\") — \(shape.line)\n",
            "\(result.output)")
    }
}

/// `diff` output applied by the tools a user has: patch(1) and `git apply`, for folder names
/// that need quoting in a diff header.
@Suite struct DiffHeaderTests {
    static let folders = [
        "001-sp ace", "002-t\tab", "003-qu\"ote", "004-café ünï", "005-new\nline", "006-back\\slash",
        "007-\u{1b}[31mesc",
    ]
    /// A folder with no plan yet: its diff starts at /dev/null.
    static let newFolder = "008-new plan"

    /// A project whose plans are all out of date, and the diff plansync prints for it.
    static func outOfDateProject() throws -> (Scratch, String) {
        let scratch = try Scratch()
        for folder in folders { try scratch.write("p/specs/\(folder)/spec.md", CheckAndDiffTests.spec) }
        #expect(try Plansync.run(["generate", "p"], in: scratch.url).status == 0)
        for folder in folders {
            try scratch.write(
                "p/specs/\(folder)/spec.md", CheckAndDiffTests.spec.replacing("Do a thing.", with: "Do another thing."))
        }
        try scratch.write("p/specs/\(newFolder)/spec.md", CheckAndDiffTests.spec)
        let diff = try Plansync.run(["diff", "p"], in: scratch.url)
        #expect(diff.status == 1, "\(diff.output)")
        return (scratch, diff.stdout)
    }

    /// Applies `diff` with `command` in `scratch`, then proves every plan is what generate writes.
    static func expectApplies(_ command: [String], environment: [String: String] = [:]) throws {
        let (scratch, diff) = try outOfDateProject()
        #expect(
            diff.contains("--- \"a/p/specs/005-new\\nline/plan.md\"\n+++ \"b/p/specs/005-new\\nline/plan.md\"\n"),
            "\(diff)")
        #expect(diff.contains("--- a/p/specs/001-sp ace/plan.md\t\n"), "a name with a space ends with a tab: \(diff)")
        try scratch.write("changes.diff", diff)
        var env = ProcessInfo.processInfo.environment
        for (key, value) in environment { env[key] = value }
        let applied = try Plansync.runProcess(
            URL(fileURLWithPath: "/usr/bin/env"), ["sh", "-c", command.joined(separator: " ") + " < changes.diff"],
            in: scratch.url, environment: env)
        #expect(applied.status == 0, "\(command[0]) refused the diff: \(applied.output)\n\(diff)")
        let check = try Plansync.run(["check", "p"], in: scratch.url)
        #expect(check.status == 0, "after \(command[0]), a plan differs from what generate writes: \(check.output)")
        let specs = try FileManager.default.contentsOfDirectory(atPath: scratch.path("p/specs").path)
        #expect(Set(specs) == Set(folders + [newFolder]), "\(command[0]) made files of its own: \(specs)")
    }

    @Test(.requires(.patch))
    func diffAppliesWithPatchForNamesWithSpacesTabsQuotesNewlinesAndUnicode() throws {
        try Self.expectApplies(["patch", "-p1", "--batch", "--silent"])
    }

    @Test(.requires(.git))
    func diffAppliesWithGitApplyForNamesWithSpacesTabsQuotesNewlinesAndUnicode() throws {
        // Outside any repository, as a user's project may be: git apply then works like patch -p1.
        try Self.expectApplies(
            ["git", "apply", "-p1"], environment: ["GIT_CEILING_DIRECTORIES": TestData.packageRoot.path])
    }
}
