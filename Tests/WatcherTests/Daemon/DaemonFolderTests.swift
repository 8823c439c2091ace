import Foundation
import Testing

/// Spec folders that appear, move and vanish while the daemon runs, and changes that fan out.
@Suite struct DaemonFolderTests {
    @Test func aNewFolderWithItsSpecWrittenAtOnceGetsAPlan() throws {
        let project = try DaemonProject()
        let daemon = try project.start()
        let mark = daemon.lineCount
        try project.shell("mkdir -p specs/009-x && cp specs/001-alpha/spec.md specs/009-x/")
        try daemon.waitFor(event: "plan.updated", plan: "specs/009-x/plan.md", after: mark)
        #expect(FileManager.default.fileExists(atPath: project.path("specs/009-x/plan.md").path))
    }

    /// `/speckit.specify` creates the folder with Spec Kit's template, then the agent fills it in.
    @Test func aNewFolderHoldingTheTemplateGetsNoPlanUntilItIsFilledIn() throws {
        let project = try DaemonProject()
        let daemon = try project.start()
        let mark = daemon.lineCount
        let template = try String(
            contentsOf: TestData.fixtures.appendingPathComponent("016-unfilled-template/spec.md"), encoding: .utf8)
        try project.write("specs/005-new-feature/spec.md", template)
        let skipped = try daemon.waitFor(event: "plan.skipped", plan: "specs/005-new-feature/plan.md", after: mark)
        #expect(
            skipped["reason"] as? String == "spec.md is still the Spec Kit template; waiting for it to be filled in",
            "\(skipped)")
        #expect(
            !FileManager.default.fileExists(atPath: project.path("specs/005-new-feature/plan.md").path),
            "a plan of placeholders was written")
        let filled = daemon.lineCount
        try project.write("specs/005-new-feature/spec.md", DaemonProject.spec("New Feature"))
        try daemon.waitFor(event: "plan.updated", plan: "specs/005-new-feature/plan.md", after: filled)
        #expect(try project.read("specs/005-new-feature/plan.md").contains("# Implementation Plan: New Feature"))
    }

    @Test func aFolderRenamedDuringTheDebounceIsFollowed() throws {
        let project = try DaemonProject(debounceMs: 300)
        let daemon = try project.start()
        let mark = daemon.lineCount
        try project.write(
            "specs/001-alpha/spec.md", DaemonProject.spec("Alpha", requirement: "System MUST follow renames"))
        try project.shell("mv specs/001-alpha specs/004-renamed")
        try daemon.waitFor(event: "plan.updated", plan: "specs/004-renamed/plan.md", after: mark)
        #expect(try project.read("specs/004-renamed/plan.md").contains("FR-001: Follow renames"))
        // The renamed folder is still watched under its new name.
        let mark2 = daemon.lineCount
        try project.write(
            "specs/004-renamed/spec.md", DaemonProject.spec("Alpha", requirement: "System MUST keep watching"))
        try daemon.waitFor(event: "plan.updated", plan: "specs/004-renamed/plan.md", after: mark2)
        #expect(!daemon.events.contains { $0["event"] as? String == "error" }, "\(daemon.log)")
    }

    @Test func aFolderDeletedDuringTheDebounceIsDroppedWithoutErrors() throws {
        let project = try DaemonProject(
            specs: ["001-alpha": DaemonProject.spec("Alpha"), "002-beta": DaemonProject.spec("Beta")], debounceMs: 300)
        let daemon = try project.start()
        let mark = daemon.lineCount
        try project.write("specs/001-alpha/spec.md", DaemonProject.spec("Alpha", requirement: "System MUST vanish"))
        try project.shell("rm -rf specs/001-alpha")
        try project.write(
            "specs/002-beta/spec.md", DaemonProject.spec("Beta", requirement: "System MUST still be served"))
        try daemon.waitFor(event: "plan.updated", plan: "specs/002-beta/plan.md", after: mark)
        #expect(
            !daemon.events.contains { $0["event"] as? String == "error" || $0["event"] as? String == "rescan" },
            "\(daemon.log)")
        // Recreated under the same name, it is watched again.
        let mark2 = daemon.lineCount
        try project.shell(
            "mkdir specs/001-alpha && printf '# Feature Specification: Alpha Again\\n' > specs/001-alpha/spec.md")
        try daemon.waitFor(event: "plan.updated", plan: "specs/001-alpha/plan.md", after: mark2)
    }

    @Test func aFolderMovedOutOfTheProjectIsNoLongerFollowed() throws {
        let project = try DaemonProject(specs: [
            "001-alpha": DaemonProject.spec("Alpha"), "002-beta": DaemonProject.spec("Beta"),
        ])
        let daemon = try project.start()
        try project.shell("mv specs/001-alpha ../moved-out")
        try project.shell("echo '- **FR-002**: System MUST be ignored' >> ../moved-out/spec.md")
        let mark = daemon.lineCount
        try project.write(
            "specs/002-beta/spec.md", DaemonProject.spec("Beta", requirement: "System MUST be the marker"))
        try daemon.waitFor(event: "plan.updated", plan: "specs/002-beta/plan.md", after: mark)
        let movedPlan = (try? String(contentsOf: project.scratch.path("moved-out/plan.md"), encoding: .utf8)) ?? ""
        #expect(!movedPlan.contains("Be ignored"), "a folder moved out of the project was still regenerated")
    }

    @Test func aConstitutionChangeRegeneratesEveryPlan() throws {
        let project = try DaemonProject(specs: [
            "001-alpha": DaemonProject.spec("Alpha"), "002-beta": DaemonProject.spec("Beta"),
            "003-gamma": DaemonProject.spec("Gamma"),
        ])
        let daemon = try project.start()
        let mark = daemon.lineCount
        try project.write(
            ".specify/memory/constitution.md",
            "# Test Constitution\n## Core Principles\n### I. Tests First\n- Tests MUST come first.\n\n**Version**: 2.0.0\n"
        )
        for folder in ["001-alpha", "002-beta", "003-gamma"] {
            try daemon.waitFor(
                event: "plan.updated", plan: "specs/\(folder)/plan.md", trigger: "constitution.md", after: mark)
            #expect(try project.read("specs/\(folder)/plan.md").contains("Test Constitution v2.0.0"))
        }
    }

    /// 002-beta names 001-alpha: retitling 001 must rewrite 002's Feature Dependencies.
    func expectRetitleFollows(_ project: DaemonProject, _ daemon: DaemonProcess) throws {
        let mark = daemon.lineCount
        try project.write("specs/001-alpha/spec.md", DaemonProject.spec("Alpha Prime"))
        try daemon.waitFor(event: "plan.updated", plan: "specs/002-beta/plan.md", trigger: "dependency", after: mark)
        #expect(try project.read("specs/002-beta/plan.md").contains("- Spec 001: Alpha Prime\n"))
    }

    static let dependentSpecs = [
        "001-alpha": DaemonProject.spec("Alpha"),
        "002-beta": "# Feature Specification: Beta\n\nBuilds on 001-alpha.\n\n- **FR-001**: System MUST use Alpha\n",
    ]

    @Test func aRetitledSpecRegeneratesThePlansThatDependOnIt() throws {
        let project = try DaemonProject(specs: Self.dependentSpecs)
        let daemon = try project.start()
        #expect(try project.read("specs/002-beta/plan.md").contains("- Spec 001: Alpha\n"))
        try expectRetitleFollows(project, daemon)
    }

    @Test func afterARestartPlansAreTrustedAndDependenciesStillFollow() throws {
        let project = try DaemonProject(
            specs: Self.dependentSpecs.merging(["003-gamma": DaemonProject.spec("Gamma")]) { first, _ in first })
        let first = try project.start()
        first.signal(SIGTERM)
        #expect(try first.waitForExit() == 0)
        // While the daemon is down, one spec changes; the others' plans stay as they are.
        try project.write(
            "specs/003-gamma/spec.md",
            DaemonProject.spec("Gamma", requirement: "System MUST change while plansync is down"))
        let second = try project.start()
        let startup = second.events.filter { ($0["trigger"] as? String) == "startup" }
        #expect(
            startup.filter { $0["event"] as? String == "plan.updated" }.compactMap { $0["plan"] as? String } == [
                "specs/003-gamma/plan.md"
            ])
        #expect(try project.read("specs/003-gamma/plan.md").contains("FR-001: Change while plansync is down"))
        try expectRetitleFollows(project, second)
    }

    @Test func specsCreatedAfterStartupArePickedUp() throws {
        let scratch = try Scratch()
        try FileManager.default.createDirectory(at: scratch.path("project"), withIntermediateDirectories: true)
        try DaemonProject.writeConfig(scratch.path("config.json"), roots: ["project"])
        let daemon = try DaemonProcess(config: scratch.path("config.json"), in: scratch.url)
        try daemon.waitFor(event: "ready")
        try scratch.write("project/specs/001-late/spec.md", DaemonProject.spec("Late"))
        try daemon.waitFor(event: "plan.updated", plan: "specs/001-late/plan.md")
        let mark = daemon.lineCount
        try scratch.write(
            "project/memory/constitution.md",
            "# Late Constitution\n## Core Principles\n### I. Late\n- Things MUST be late.\n")
        try daemon.waitFor(
            event: "plan.updated", plan: "specs/001-late/plan.md", trigger: "constitution.md", after: mark)
        #expect(try scratch.read("project/specs/001-late/plan.md").contains("Late Constitution"))
    }

    @Test func anOverflowRescansAndNothingIsMissed() throws {
        let project = try DaemonProject(specs: [
            "001-alpha": DaemonProject.spec("Alpha"), "002-beta": DaemonProject.spec("Beta"),
        ])
        let daemon = try project.start()
        let limit =
            Int(
                (try? String(contentsOfFile: "/proc/sys/fs/inotify/max_queued_events", encoding: .utf8))?.filter(
                    \.isNumber) ?? "16384") ?? 16384
        daemon.signal(SIGSTOP)
        defer { daemon.signal(SIGCONT) }
        // Each file is two events (create, close); more than the queue holds while the daemon cannot read.
        let noise = project.path("specs/001-alpha/noise")
        for index in 0..<(limit / 2 + 500) {
            _ = FileManager.default.createFile(atPath: noise.path + "-\(index)", contents: nil)
        }
        try project.write(
            "specs/002-beta/spec.md", DaemonProject.spec("Beta", requirement: "System MUST survive an overflow"))
        try project.shell("mkdir -p specs/003-new && cp specs/002-beta/spec.md specs/003-new/")
        let mark = daemon.lineCount
        daemon.signal(SIGCONT)
        try daemon.waitFor(event: "rescan", after: mark)
        try daemon.waitFor(event: "plan.updated", plan: "specs/003-new/plan.md", after: mark)
        #expect(try project.read("specs/002-beta/plan.md").contains("FR-001: Survive an overflow"))
    }
}
