import Foundation
import Testing

/// Roots that go away while the daemon runs (deleted, renamed, unmounted) and come back.
@Suite struct DaemonRootTests {
    /// Runs a shell command in the scratch folder, beside the project root (which may be gone).
    @discardableResult
    static func shell(_ command: String, in scratch: Scratch) throws -> Int32 {
        try Plansync.runProcess(URL(fileURLWithPath: "/bin/sh"), ["-c", command], in: scratch.url).status
    }

    /// Waits until 001-alpha's plan was written (with `trigger`, if given) and holds `text`.
    static func waitForPlan(
        _ project: DaemonProject, _ daemon: DaemonProcess, containing text: String, trigger: String? = nil,
        after mark: Int
    ) throws {
        try daemon.waitFor("a plan with \"\(text)\"", after: mark) { event in
            event["event"] as? String == "plan.updated" && event["plan"] as? String == "specs/001-alpha/plan.md"
                && (trigger == nil || event["trigger"] as? String == trigger)
                && (try? project.read("specs/001-alpha/plan.md"))?.contains(text) == true
        }
    }

    /// Waits until the root is back and the scan that follows is done: from then on it is watched.
    static func waitForReturn(_ daemon: DaemonProcess, after mark: Int) throws {
        try daemon.waitFor(event: "root.back", after: mark)
        try daemon.waitFor("the scan of the root that came back", after: mark) { event in
            ["plan.updated", "plan.unchanged"].contains(event["event"] as? String)
                && event["trigger"] as? String == "rescan"
        }
    }

    /// A save is followed: the root is watched, not only scanned.
    static func expectServed(_ project: DaemonProject, _ daemon: DaemonProcess, requirement: String) throws {
        let mark = daemon.lineCount
        try project.write(
            "specs/001-alpha/spec.md", DaemonProject.spec("Alpha", requirement: "System MUST \(requirement)"))
        try waitForPlan(
            project, daemon, containing: "FR-001: \(requirement.prefix(1).uppercased() + requirement.dropFirst())",
            trigger: "spec.md", after: mark)
    }

    @Test func aRootDeletedAndRecreatedIsServedAgain() throws {
        let project = try DaemonProject()
        let daemon = try project.start()
        var mark = daemon.lineCount
        try FileManager.default.removeItem(at: project.root)
        let missing = try daemon.waitFor(event: "root.missing", after: mark)
        #expect(
            missing["level"] as? String == "warning" && missing["reason"] as? String == "removed"
                && missing["root"] as? String == project.root.path)

        mark = daemon.lineCount
        try project.write("specs/001-alpha/spec.md", DaemonProject.spec("Alpha", requirement: "System MUST come back"))
        try Self.waitForReturn(daemon, after: mark)
        try Self.waitForPlan(project, daemon, containing: "FR-001: Come back", after: mark)
        try Self.expectServed(project, daemon, requirement: "be watched again")

        mark = daemon.lineCount
        daemon.signal(SIGHUP)
        let reload = try daemon.waitFor(event: "reload", after: mark)
        #expect(reload["specs"] as? Int == 1 && (reload["missing"] as? [String])?.isEmpty == true, "\(reload)")
    }

    @Test func aRootRenamedAwayIsMissingUntilItComesBackAndSighupSaysSo() throws {
        let project = try DaemonProject()
        let daemon = try project.start()
        var mark = daemon.lineCount
        try Self.shell("mv project away", in: project.scratch)
        let missing = try daemon.waitFor(event: "root.missing", after: mark)
        #expect(missing["reason"] as? String == "renamed")

        mark = daemon.lineCount
        daemon.signal(SIGHUP)
        let reload = try daemon.waitFor(event: "reload", after: mark)
        #expect(
            reload["missing"] as? [String] == [project.root.path] && reload["level"] as? String == "warning",
            "\(reload)")
        #expect(
            (reload["message"] as? String ?? "").contains(
                "missing, waiting for them to come back: \(project.root.path)"))

        mark = daemon.lineCount
        try Self.shell("mv away project", in: project.scratch)
        try Self.waitForReturn(daemon, after: mark)
        try Self.expectServed(project, daemon, requirement: "be served after the round trip")
    }

    @Test func savesInARenamedRootAreNotServedUnderItsOldPath() throws {
        let project = try DaemonProject()
        try project.scratch.write("second/specs/001-other/spec.md", DaemonProject.spec("Other"))
        try DaemonProject.writeConfig(project.config, roots: ["project", "second"])
        let daemon = try project.start()
        var mark = daemon.lineCount
        try Self.shell("mv project renamed", in: project.scratch)
        try daemon.waitFor(event: "root.missing", after: mark)
        let renamedPlan = try project.scratch.read("renamed/specs/001-alpha/plan.md")

        /// Saves in the renamed tree, then in the second root, whose plan marks that the daemon has read both.
        func saveInRenamedTreeThenMark(_ requirement: String) throws -> Int {
            let mark = daemon.lineCount
            try project.scratch.write(
                "renamed/specs/001-alpha/spec.md",
                DaemonProject.spec("Alpha", requirement: "System MUST \(requirement)"))
            try project.scratch.write(
                "second/specs/001-other/spec.md", DaemonProject.spec("Other", requirement: "System MUST \(requirement)")
            )
            try daemon.waitFor(event: "plan.updated", plan: "specs/001-other/plan.md", after: mark)
            return mark
        }
        mark = try saveInRenamedTreeThenMark("not be served under the old name")
        let underOldName = daemon.events.dropFirst(mark).filter { $0["root"] as? String == project.root.path }
        #expect(underOldName.isEmpty, "a save in the renamed tree was served as the old root: \(underOldName)")
        #expect(try project.scratch.read("renamed/specs/001-alpha/plan.md") == renamedPlan)
        #expect(!FileManager.default.fileExists(atPath: project.root.path), "something was written under the old path")

        // A new project at the old path (put there whole) is that root now; saves in the renamed tree still do not reach it.
        mark = daemon.lineCount
        try project.scratch.write("newcomer/specs/001-alpha/spec.md", DaemonProject.spec("Newcomer"))
        try Self.shell("mv newcomer project", in: project.scratch)
        try Self.waitForReturn(daemon, after: mark)
        mark = try saveInRenamedTreeThenMark("still not be served")
        let served = daemon.events.dropFirst(mark).filter { $0["root"] as? String == project.root.path }
        #expect(
            served.isEmpty, "a save in the renamed tree regenerated the plan of the project at the old path: \(served)")
        #expect(try project.read("specs/001-alpha/plan.md").contains("Implementation Plan: Newcomer"))
    }

    /// No watch sees a folder above the root renamed; the next save in the moved tree shows it.
    @Test func aRootWhoseParentIsRenamedIsMissingFromTheNextSave() throws {
        let project = try DaemonProject()
        try Self.shell("mkdir parent && mv project parent/", in: project.scratch)
        try DaemonProject.writeConfig(project.config, roots: ["parent/project"])
        let daemon = try project.start()
        let root = project.scratch.path("parent/project").path
        var mark = daemon.lineCount
        try Self.shell("mv parent moved", in: project.scratch)
        try project.scratch.write(
            "moved/project/specs/001-alpha/spec.md",
            DaemonProject.spec("Alpha", requirement: "System MUST not be served"))
        let missing = try daemon.waitFor(event: "root.missing", after: mark)
        #expect(missing["root"] as? String == root && missing["reason"] as? String == "not found")
        #expect(!(try project.scratch.read("moved/project/specs/001-alpha/plan.md")).contains("Not be served"))
        mark = daemon.lineCount
        try Self.shell("mv moved parent", in: project.scratch)
        try daemon.waitFor(event: "root.back", after: mark)
        try daemon.waitFor(event: "plan.updated", plan: "specs/001-alpha/plan.md", trigger: "rescan", after: mark)
        #expect(
            try project.scratch.read("parent/project/specs/001-alpha/plan.md").contains("FR-001: Not be served"),
            "the root is served again at its path")
    }

    @Test func aRootAbsentAtStartupIsPickedUpOnceCreated() throws {
        let project = try DaemonProject()
        try DaemonProject.writeConfig(project.config, roots: ["project", "later"])
        let daemon = try project.start()
        #expect(
            daemon.events.contains {
                $0["event"] as? String == "error" && ($0["message"] as? String ?? "").contains("later")
            })
        let mark = daemon.lineCount
        try project.scratch.write("later/specs/001-late/spec.md", DaemonProject.spec("Late"))
        try daemon.waitFor(event: "root.back", after: mark)
        try daemon.waitFor(event: "plan.updated", plan: "specs/001-late/plan.md", after: mark)
    }

    /// The daemon in a mount namespace of its own, its root a tmpfs (of `size`) mounted over the
    /// project and filled with a copy of it (`$ROOT`, `$STAGED`).
    static func launcher(size: String = "1m") -> [String] {
        [
            "unshare", "--user", "--map-root-user", "--mount", "sh", "-c",
            "mount -t tmpfs -o size=\(size) plansync \"$ROOT\" && cp -a \"$STAGED/.\" \"$ROOT/\" && exec \"$0\" \"$@\"",
        ]
    }

    static let mountNamespaces = Prerequisite.probe(
        "mount namespaces with tmpfs are not available here (unshare --user --mount failed)",
        after: [.unshare, .nsenter]
    ) {
        let probe = try? Plansync.runProcess(
            URL(fileURLWithPath: "/usr/bin/env"),
            ["unshare", "--user", "--map-root-user", "--mount", "sh", "-c", "mount -t tmpfs plansync /mnt"])
        return probe?.status == 0
    }

    /// Runs `command` in the daemon's user and mount namespaces.
    static func inNamespace(
        of daemon: DaemonProcess, _ command: String, in scratch: Scratch, environment: [String: String]
    ) throws -> Int32 {
        try Plansync.runProcess(
            URL(fileURLWithPath: "/usr/bin/env"),
            ["nsenter", "-t", "\(daemon.pid)", "-U", "-m", "--preserve-credentials", "sh", "-c", command],
            in: scratch.url, environment: ProcessInfo.processInfo.environment.merging(environment) { $1 }
        ).status
    }

    @Test(.requires(mountNamespaces))
    func anUnmountedRootIsWaitedForUntilMountedAgain() throws {
        let project = try DaemonProject()
        try Self.shell("cp -a project staged", in: project.scratch)
        let paths = ["ROOT": project.root.path, "STAGED": project.scratch.path("staged").path]
        let daemon = try DaemonProcess(
            config: project.config, in: project.scratch.url, environment: paths, launcher: Self.launcher())
        try daemon.waitFor(event: "ready")
        var mark = daemon.lineCount
        #expect(try Self.inNamespace(of: daemon, "umount \"$ROOT\"", in: project.scratch, environment: paths) == 0)
        let missing = try daemon.waitFor(event: "root.missing", after: mark)
        #expect(missing["reason"] as? String == "unmounted")
        // The mount point left at the path is not the root: a reload looks for it and still misses it.
        mark = daemon.lineCount
        daemon.signal(SIGHUP)
        #expect(try daemon.waitFor(event: "reload", after: mark)["missing"] as? [String] == [project.root.path])

        mark = daemon.lineCount
        let remount =
            "mount -t tmpfs plansync \"$ROOT\" && cp -a \"$STAGED/.\" \"$ROOT/\" && printf '# Feature Specification: Remounted\\n' > \"$ROOT/specs/001-alpha/spec.md\""
        #expect(try Self.inNamespace(of: daemon, remount, in: project.scratch, environment: paths) == 0)
        try daemon.waitFor(event: "root.back", after: mark)
        try daemon.waitFor(event: "plan.updated", plan: "specs/001-alpha/plan.md", after: mark)
    }
}
