import Foundation
import Glibc
import Testing

/// A plan or a backup is never more open than the file it replaces or copies, nor setuid or setgid;
/// run as root, plansync keeps their owner and group.
@Suite struct PlanModeTests {
    static let spec = "# Feature Specification: A\n\n- **FR-001**: System MUST a\n"
    static let plan = "p/specs/001-a/plan.md"

    static func mode(_ scratch: Scratch, _ relative: String) throws -> Int {
        try #require(
            try FileManager.default.attributesOfItem(atPath: scratch.path(relative).path)[.posixPermissions] as? Int)
    }

    static func setMode(_ scratch: Scratch, _ relative: String, _ mode: Int) throws {
        try FileManager.default.setAttributes([.posixPermissions: mode], ofItemAtPath: scratch.path(relative).path)
    }

    @Test func plansAndBackupsKeepTheModeAndLoseSetuidAndSetgid() throws {
        let scratch = try Scratch()
        try scratch.write("p/specs/001-a/spec.md", Self.spec)
        try Plansync.run(["generate", "p"], in: scratch.url)
        try Self.setMode(scratch, Self.plan, 0o6750)
        try scratch.write("p/specs/001-a/spec.md", Self.spec + "- **FR-002**: System MUST b\n")
        let result = try Plansync.run(["generate", "p"], in: scratch.url)
        #expect(result.stdout.contains("wrote "), "\(result.output)")
        #expect(
            try Self.mode(scratch, Self.plan) == 0o750, "the plan's mode was not kept, or kept its setuid/setgid bits")

        // A private hand-written plan stays private in its backup.
        try scratch.write(Self.plan, "# Private plan\n")
        try Self.setMode(scratch, Self.plan, 0o600)
        try Plansync.run(["generate", "--force", "p"], in: scratch.url)
        #expect(
            try Self.mode(scratch, Self.plan + ".orig") == 0o600,
            "the backup is readable by more people than the plan was")
    }

    @Test func aNewPlanIsNoMoreReadableThanItsSpec() throws {
        let scratch = try Scratch()
        try scratch.write("p/specs/001-a/spec.md", Self.spec)
        try Self.setMode(scratch, "p/specs/001-a/spec.md", 0o600)
        try Plansync.run(["generate", "p"], in: scratch.url)
        #expect(
            try Self.mode(scratch, Self.plan) & 0o077 == 0, "a private spec's text went into a plan others can read")
    }

    @Test(.enabled(if: getuid() == 0, "keeping another user's ownership needs root"))
    func asRootAPlanAndItsBackupKeepTheirOwnerAndGroup() throws {
        let scratch = try Scratch()
        try scratch.write("p/specs/001-a/spec.md", Self.spec)
        try Plansync.run(["generate", "p"], in: scratch.url)
        #expect(chown(scratch.path(Self.plan).path, 65534, 65534) == 0)
        try Self.setMode(scratch, Self.plan, 0o640)
        try scratch.write("p/specs/001-a/spec.md", Self.spec + "- **FR-002**: System MUST b\n")
        try Plansync.run(["generate", "p"], in: scratch.url)
        try scratch.write(Self.plan, "# nobody's plan\n")
        #expect(chown(scratch.path(Self.plan).path, 65534, 65534) == 0)
        try Plansync.run(["generate", "--force", "p"], in: scratch.url)
        for file in [Self.plan, Self.plan + ".orig"] {
            let attributes = try FileManager.default.attributesOfItem(atPath: scratch.path(file).path)
            #expect(
                attributes[.ownerAccountID] as? Int == 65534 && attributes[.groupOwnerAccountID] as? Int == 65534,
                "\(file) now belongs to root: its owner can no longer read it")
            #expect(attributes[.posixPermissions] as? Int == 0o640)
        }
    }
}
