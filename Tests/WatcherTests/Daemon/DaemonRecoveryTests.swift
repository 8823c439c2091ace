import Foundation
import Glibc
import Testing

/// What the daemon recovers from without a save of the spec: permissions given back, disk space freed.
@Suite struct DaemonRecoveryTests {
    /// Root ignores permission bits; without its capabilities it is held to them like anyone.
    static let asAnyone: [String] = geteuid() == 0 ? ["setpriv", "--inh-caps=-all", "--bounding-set=-all"] : []

    static let permissionsApply = Prerequisite.probe(
        "permission bits cannot be made to apply here (setpriv failed)",
        after: geteuid() == 0 ? [.setpriv] : []
    ) {
        guard let scratch = try? Scratch() else { return false }
        let probe = try? Plansync.runProcess(
            URL(fileURLWithPath: "/usr/bin/env"),
            ["sh", "-c", "mkdir ro && chmod 555 ro && exec \"$@\" sh -c '! touch ro/x 2>/dev/null'", "sh"] + asAnyone,
            in: scratch.url)
        return probe?.status == 0
    }

    /// Waits until the plan of 001-alpha failed with `errno`, was tried twice more without a
    /// second error line, and, once `fix` ran, was written with `requirement` and the recovery logged.
    static func expectRetried(
        _ daemon: DaemonProcess, after mark: Int, errno expected: Int32, requirement: String,
        plan: () throws -> String, fix: () throws -> Void
    ) throws {
        let error = try daemon.waitFor(event: "error", plan: "specs/001-alpha/plan.md", after: mark)
        #expect(error["errno"] as? Int == Int(expected), "\(error)")
        var seen = mark
        for _ in 1...2 {
            try daemon.waitFor(event: "plan.retry", plan: "specs/001-alpha/plan.md", after: seen, timeout: 20)
            seen = daemon.events.count
        }
        #expect(
            daemon.events.dropFirst(mark).filter { $0["event"] as? String == "error" }.count == 1,
            "one error line per streak of failures")
        try fix()
        let recovered = try daemon.waitFor(
            event: "plan.recovered", plan: "specs/001-alpha/plan.md", after: mark, timeout: 20)
        #expect((recovered["failures"] as? Int ?? 0) >= 3, "\(recovered)")
        #expect(try plan().contains("FR-001: \(requirement)"), "the write never went through")
    }

    @Test(.requires(permissionsApply))
    func aWriteRefusedByPermissionsIsRetriedUntilTheFolderIsWritable() throws {
        let project = try DaemonProject()
        let daemon = try DaemonProcess(config: project.config, in: project.scratch.url, launcher: Self.asAnyone)
        try daemon.waitFor(event: "ready")
        try project.shell("chmod 555 specs/001-alpha")
        let mark = daemon.lineCount
        try project.write(
            "specs/001-alpha/spec.md", DaemonProject.spec("Alpha", requirement: "System MUST be written once writable"))
        try Self.expectRetried(
            daemon, after: mark, errno: EACCES, requirement: "Be written once writable",
            plan: { try project.read("specs/001-alpha/plan.md") }
        ) {
            try project.shell("chmod 755 specs/001-alpha")
        }
    }

    @Test(.requires(DaemonRootTests.mountNamespaces))
    func aWriteOnAFullDiskIsRetriedUntilSpaceIsFreed() throws {
        let project = try DaemonProject()
        try project.shell("cp -a . ../staged")
        let paths = ["ROOT": project.root.path, "STAGED": project.scratch.path("staged").path]
        let daemon = try DaemonProcess(
            config: project.config, in: project.scratch.url, environment: paths,
            launcher: DaemonRootTests.launcher(size: "256k"))
        try daemon.waitFor(event: "ready")
        func inNamespace(_ command: String) throws -> Int32 {
            try DaemonRootTests.inNamespace(of: daemon, command, in: project.scratch, environment: paths)
        }
        // Fill the file system; spec.md is rewritten in place, into the pages its old text frees.
        #expect(try inNamespace("head -c 1000000 /dev/zero > \"$ROOT/filler\"") != 0, "the tmpfs did not fill up")
        let mark = daemon.lineCount
        let spec = DaemonProject.spec("Alpha", requirement: "System MUST be written once there is room")
        #expect(try inNamespace("printf '%s' '\(spec)' > \"$ROOT/specs/001-alpha/spec.md\"") == 0)
        // The tmpfs is seen through the daemon's own view of the file system.
        let plan = "/proc/\(daemon.pid)/root\(project.root.path)/specs/001-alpha/plan.md"
        try Self.expectRetried(
            daemon, after: mark, errno: ENOSPC, requirement: "Be written once there is room",
            plan: { try String(contentsOfFile: plan, encoding: .utf8) }
        ) {
            let removed = try inNamespace("rm \"$ROOT/filler\"")
            #expect(removed == 0)
        }
    }

    @Test(.requires(permissionsApply))
    func aSpecMadeReadableAgainIsRead() throws {
        let project = try DaemonProject()
        let daemon = try DaemonProcess(config: project.config, in: project.scratch.url, launcher: Self.asAnyone)
        try daemon.waitFor(event: "ready")
        try project.shell("chmod 000 specs/001-alpha/spec.md")
        var mark = daemon.lineCount
        try project.write(
            "specs/001-alpha/spec.md", DaemonProject.spec("Alpha", requirement: "System MUST be read after chmod"))
        let error = try daemon.waitFor(event: "error", plan: "specs/001-alpha/plan.md", after: mark)
        #expect((error["message"] as? String ?? "").contains("Permission denied"), "\(error)")
        mark = daemon.lineCount
        try project.shell("chmod 644 specs/001-alpha/spec.md")
        try daemon.waitFor(event: "plan.updated", plan: "specs/001-alpha/plan.md", trigger: "spec.md", after: mark)
        #expect(try project.read("specs/001-alpha/plan.md").contains("FR-001: Be read after chmod"))
    }

    @Test(.requires(permissionsApply))
    func aConstitutionMadeReadableAgainIsRead() throws {
        let project = try DaemonProject()
        let daemon = try DaemonProcess(config: project.config, in: project.scratch.url, launcher: Self.asAnyone)
        try daemon.waitFor(event: "ready")
        try project.shell("chmod 000 .specify/memory/constitution.md")
        var mark = daemon.lineCount
        try project.write(
            ".specify/memory/constitution.md",
            "# Test Constitution\n## Core Principles\n### I. Tests First\n- Tests MUST come first.\n\n**Version**: 3.0.0\n"
        )
        try daemon.waitFor(event: "error", plan: "specs/001-alpha/plan.md", after: mark)
        mark = daemon.lineCount
        try project.shell("chmod 644 .specify/memory/constitution.md")
        try daemon.waitFor(
            event: "plan.updated", plan: "specs/001-alpha/plan.md", trigger: "constitution.md", after: mark)
        #expect(try project.read("specs/001-alpha/plan.md").contains("Test Constitution v3.0.0"))
    }
}
