import Foundation
import Glibc
import Testing

/// What the daemon recovers from without a save of the spec: permissions given back.
@Suite struct DaemonRecoveryTests {
    /// Root ignores permission bits; without its capabilities it is held to them like anyone.
    static let asAnyone: [String] = geteuid() == 0 ? ["setpriv", "--inh-caps=-all", "--bounding-set=-all"] : []

    static let permissionsApply: Bool = {
        guard let scratch = try? Scratch() else { return false }
        let probe = try? Plansync.runProcess(URL(fileURLWithPath: "/usr/bin/env"),
                                             ["sh", "-c", "mkdir ro && chmod 555 ro && exec \"$@\" sh -c '! touch ro/x 2>/dev/null'", "sh"] + asAnyone,
                                             in: scratch.url)
        return probe?.status == 0
    }()

    @Test(.enabled(if: permissionsApply, "permission bits cannot be made to apply here (setpriv failed)"))
    func aSpecMadeReadableAgainIsRead() throws {
        let project = try DaemonProject()
        let daemon = try DaemonProcess(config: project.config, in: project.scratch.url, launcher: Self.asAnyone)
        try daemon.waitFor(event: "ready")
        try project.shell("chmod 000 specs/001-alpha/spec.md")
        var mark = daemon.lineCount
        try project.write("specs/001-alpha/spec.md", DaemonProject.spec("Alpha", requirement: "System MUST be read after chmod"))
        let error = try daemon.waitFor(event: "error", plan: "specs/001-alpha/plan.md", after: mark)
        #expect((error["message"] as? String ?? "").contains("Permission denied"), "\(error)")
        mark = daemon.lineCount
        try project.shell("chmod 644 specs/001-alpha/spec.md")
        try daemon.waitFor(event: "plan.updated", plan: "specs/001-alpha/plan.md", trigger: "spec.md", after: mark)
        #expect(try project.read("specs/001-alpha/plan.md").contains("FR-001: Be read after chmod"))
    }

    @Test(.enabled(if: permissionsApply, "permission bits cannot be made to apply here (setpriv failed)"))
    func aConstitutionMadeReadableAgainIsRead() throws {
        let project = try DaemonProject()
        let daemon = try DaemonProcess(config: project.config, in: project.scratch.url, launcher: Self.asAnyone)
        try daemon.waitFor(event: "ready")
        try project.shell("chmod 000 .specify/memory/constitution.md")
        var mark = daemon.lineCount
        try project.write(".specify/memory/constitution.md", "# Test Constitution\n## Core Principles\n### I. Tests First\n- Tests MUST come first.\n\n**Version**: 3.0.0\n")
        try daemon.waitFor(event: "error", plan: "specs/001-alpha/plan.md", after: mark)
        mark = daemon.lineCount
        try project.shell("chmod 644 .specify/memory/constitution.md")
        try daemon.waitFor(event: "plan.updated", plan: "specs/001-alpha/plan.md", trigger: "constitution.md", after: mark)
        #expect(try project.read("specs/001-alpha/plan.md").contains("Test Constitution v3.0.0"))
    }
}
