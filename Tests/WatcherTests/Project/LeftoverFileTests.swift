import Foundation
import Testing

@testable import Watcher

/// The temporary files an interrupted plansync leaves behind are removed, and nothing else.
@Suite struct LeftoverFileTests {
    static let spec = PlanModeTests.spec

    static let leftover = ".plansync-tmp.plan.md.Ab12Cd"
    /// Near misses of plansync's pattern, and files that are not plansync's: never removed.
    static let notLeftovers = [
        ".plansync-tmp.notes.md.Ab12Cd", ".plansync-tmp.plan.md.Ab12C", ".plansync-tmp.plan.md", "plan.md.tmp",
        ".plansync-tmp.plan.md.Ab12Cd.swp", "4913",
    ]

    static func plantLeftovers(_ scratch: Scratch, in folder: String) throws {
        let old = Date(timeIntervalSinceNow: -3600)
        for name in [leftover, ".plansync-tmp.plan.md.orig.2.Zz99Yy"] + notLeftovers {
            try scratch.write("\(folder)/\(name)", "old\n")
            try FileManager.default.setAttributes(
                [.modificationDate: old], ofItemAtPath: scratch.path("\(folder)/\(name)").path)
        }
        // Newer than any plansync started now: a write in progress.
        try scratch.write("\(folder)/.plansync-tmp.plan.md.New123", "new\n")
        try FileManager.default.setAttributes(
            [.modificationDate: Date(timeIntervalSinceNow: 3600)],
            ofItemAtPath: scratch.path("\(folder)/.plansync-tmp.plan.md.New123").path)
    }

    static func expectOnlyLeftoversRemoved(_ scratch: Scratch, in folder: String) {
        #expect(
            !scratch.exists("\(folder)/\(leftover)")
                && !scratch.exists("\(folder)/.plansync-tmp.plan.md.orig.2.Zz99Yy"),
            "a leftover temporary file was kept")
        for name in notLeftovers + [".plansync-tmp.plan.md.New123"] {
            #expect(scratch.exists("\(folder)/\(name)"), "\(name) was removed: it is not a leftover of plansync's")
        }
    }

    @Test func generateRemovesLeftoverTemporaryFilesAndNothingElse() throws {
        let scratch = try Scratch()
        try scratch.write("p/specs/001-a/spec.md", Self.spec)
        try Self.plantLeftovers(scratch, in: "p/specs/001-a")
        for command in ["check", "diff"] { try Plansync.run([command, "p"], in: scratch.url) }
        #expect(scratch.exists("p/specs/001-a/\(Self.leftover)"), "check or diff removed a file: they write nothing")
        let result = try Plansync.run(["generate", "p"], in: scratch.url)
        #expect(result.stdout.contains("removed p/specs/001-a/\(Self.leftover)"), "\(result.output)")
        Self.expectOnlyLeftoversRemoved(scratch, in: "p/specs/001-a")
    }

    @Test func theDaemonRemovesLeftoverTemporaryFilesAtStartup() throws {
        let project = try DaemonProject()
        try Self.plantLeftovers(project.scratch, in: "project/specs/001-alpha")
        let daemon = try project.start()
        #expect(
            daemon.events.contains {
                $0["event"] as? String == "cleanup" && $0["path"] as? String == "specs/001-alpha/\(Self.leftover)"
            },
            "\(daemon.log)")
        Self.expectOnlyLeftoversRemoved(project.scratch, in: "project/specs/001-alpha")
    }

    @Test(arguments: [
        (".plansync-tmp.plan.md.Ab12Cd", true),
        (".plansync-tmp.plan.md.orig.xYz789", true),
        (".plansync-tmp.plan.md.orig.12.xYz789", true),
        (".plansync-tmp.plan.md.Ab12C", false),
        (".plansync-tmp.plan.md.Ab12Cd.swp", false),
        (".plansync-tmp.plan.md.Ab-2Cd", false),
        (".plansync-tmp.plan.md.orig.Ab12Cd.x", false),
        (".plansync-tmp.plan.md.orig..Ab12Cd", false),
        (".plansync-tmp.plan.md.bak.Ab12Cd", false),
        (".plansync-tmp.spec.md.Ab12Cd", false),
        ("plan.md.Ab12Cd", false),
        (".plansync-tmp.plan.md", false),
    ])
    func onlyPlansyncsOwnTemporaryNamesAreLeftovers(_ name: String, _ isLeftover: Bool) {
        #expect(AtomicFile.isTemporaryName(name, for: "plan.md") == isLeftover)
    }
}
