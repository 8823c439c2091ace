import Foundation
import Testing

/// `generate --force` keeps what it replaces, never over an earlier backup, and only when people wrote it.
@Suite struct PlanBackupTests {
    static let spec = PlanModeTests.spec
    static let plan = PlanModeTests.plan

    @Test func forceTwiceNeverLosesTheFirstBackupAndBacksUpOnlyWhatPeopleWrote() throws {
        let scratch = try Scratch()
        try scratch.write("p/specs/001-a/spec.md", Self.spec)
        try scratch.write(Self.plan, "# Our own plan\n")
        let first = try Plansync.run(["generate", "--force", "p"], in: scratch.url)
        #expect(first.stdout.contains("the old file is kept as plan.md.orig)"), "\(first.output)")

        // plansync's own plan, unedited: forcing again (the spec changed) needs no backup.
        try scratch.write("p/specs/001-a/spec.md", Self.spec + "- **FR-002**: System MUST b\n")
        let second = try Plansync.run(["generate", "--force", "p"], in: scratch.url)
        #expect(second.stdout.contains("wrote ") && !second.stdout.contains("kept as"), "\(second.output)")
        #expect(!scratch.exists(Self.plan + ".orig.1"), "plansync's own output was backed up")
        #expect(
            try scratch.read(Self.plan + ".orig") == "# Our own plan\n", "the second --force overwrote the first backup"
        )

        // Edited by hand, then forced: a new backup beside the first.
        let generated = try scratch.read(Self.plan)
        let edited = generated.replacing(
            "No significant risks found in the spec beyond", with: "Ours: no significant risks beyond")
        try scratch.write(Self.plan, edited)
        let third = try Plansync.run(["generate", "--force", "p"], in: scratch.url)
        #expect(third.stdout.contains("the old file is kept as plan.md.orig.1)"), "\(third.output)")
        #expect(try scratch.read(Self.plan + ".orig.1") == edited, "the hand edit was lost")
        #expect(try scratch.read(Self.plan + ".orig") == "# Our own plan\n")
    }
}
