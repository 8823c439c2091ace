import Foundation
import Testing

/// plansync beside Spec Kit's `/speckit.plan`: a plan another tool takes over is said loudly
/// (a warning and the STATUS line), a plan the user deletes stays deleted until its spec changes.
@Suite struct SpecKitCoexistenceTests {
    static let plan = "specs/001-alpha/plan.md"

    @Test func aPlanRewrittenBySpecKitIsAWarningAndShowsInTheStatusLine() throws {
        let project = try DaemonProject()
        let socket = try NotifySocket(abstract: true, folder: project.scratch.url)
        let daemon = try DaemonProcess(
            config: project.config, in: project.scratch.url, environment: ["NOTIFY_SOCKET": socket.address])
        #expect(socket.receive { $0.hasPrefix("READY=1") } != nil, "no READY=1: \(daemon.log)")
        let mark = daemon.lineCount
        // What /speckit.plan does: plan.md written anew, in Spec Kit's own format.
        try project.write(Self.plan, PlanAuthorTests.specKitPlan)
        let warning = try daemon.waitFor(event: "plan.taken_over", plan: Self.plan, after: mark)
        #expect(warning["level"] as? String == "warning")
        #expect(warning["author"] as? String == "spec-kit")
        #expect((warning["message"] as? String ?? "").contains("Spec Kit's /speckit.plan"))
        #expect((warning["message"] as? String ?? "").contains("plansync generate --force"))
        let status = try #require(socket.receive { $0.contains("rewritten by") }, "no STATUS: \(daemon.log)")
        #expect(
            status.last?.contains(
                "STATUS=specs/001-alpha/plan.md rewritten by Spec Kit's /speckit.plan, no longer synced")
                == true, "\(status)")

        // The next save of the spec leaves Spec Kit's plan as it is, and does not warn again.
        let mark2 = daemon.lineCount
        try project.write("specs/001-alpha/spec.md", DaemonProject.spec("Alpha", requirement: "System MUST go on"))
        try daemon.waitFor(event: "plan.skipped", plan: Self.plan, after: mark2)
        #expect(try project.read(Self.plan) == PlanAuthorTests.specKitPlan, "Spec Kit's plan was overwritten")
        #expect(!daemon.events.dropFirst(mark2).contains { $0["event"] as? String == "plan.taken_over" })

        // Handed back with generate --force: managed again, and the STATUS line says so no more.
        let mark3 = daemon.lineCount
        let forced = try Plansync.run(["generate", "--force", "specs/001-alpha"], in: project.root)
        #expect(forced.status == 0, "\(forced.output)")
        #expect(project.scratch.exists("project/specs/001-alpha/plan.md.orig"), "Spec Kit's plan must be kept")
        try project.write("specs/001-alpha/spec.md", DaemonProject.spec("Alpha", requirement: "System MUST sync"))
        try daemon.waitFor(event: "plan.updated", plan: Self.plan, trigger: "spec.md", after: mark3)
        #expect(
            socket.receive { $0.hasPrefix("STATUS=") && !$0.contains("rewritten by") } != nil,
            "the STATUS line still says the plan is taken over: \(daemon.log)")
    }

    @Test func aDeletedPlanStaysDeletedUntilItsSpecChanges() throws {
        let project = try DaemonProject()
        let daemon = try project.start()
        let mark = daemon.lineCount
        try FileManager.default.removeItem(at: project.path(Self.plan))
        let deleted = try daemon.waitFor(event: "plan.deleted", plan: Self.plan, after: mark)
        #expect(deleted["level"] as? String == "info")
        #expect((deleted["message"] as? String ?? "").contains("comes back at the next change of spec.md"))
        // A change of every plan's input but the spec (the constitution) leaves it deleted.
        let mark2 = daemon.lineCount
        try project.write(
            ".specify/memory/constitution.md",
            "# Test Constitution\n## Core Principles\n### I. Tests First\n- Tests MUST come first.\n\n**Version**: 1.1.0\n"
        )
        let again = try daemon.waitFor(event: "plan.deleted", plan: Self.plan, after: mark2)
        #expect(again["level"] as? String == "debug", "said once at info, not at every change")
        #expect(!project.scratch.exists("project/\(Self.plan)"), "a deleted plan came back without a spec change")
        // A change of the spec brings it back.
        let mark3 = daemon.lineCount
        try project.write("specs/001-alpha/spec.md", DaemonProject.spec("Alpha", requirement: "System MUST return"))
        try daemon.waitFor(event: "plan.updated", plan: Self.plan, trigger: "spec.md", after: mark3)
        #expect(try project.read(Self.plan).contains("FR-001: Return"))
    }

    /// An editor that renames plan.md away and writes a new one (vim, emacs) does not delete it.
    @Test func aPlanSavedByRenamingIsNotDeleted() throws {
        let project = try DaemonProject()
        let daemon = try project.start()
        let mark = daemon.lineCount
        try project.shell(
            "cd specs/001-alpha && mv plan.md plan.md~ && sed 's/Alpha for everyone./Our words./' plan.md~ > plan.md")
        try daemon.waitFor(after: mark) { $0["plan"] as? String == Self.plan && $0["trigger"] as? String == "plan.md" }
        #expect(!daemon.events.dropFirst(mark).contains { $0["event"] as? String == "plan.deleted" })
        #expect(try project.read(Self.plan).contains("Our words."))
    }
}

extension DaemonProcess {
    /// Waits for an event after line `skip` that matches.
    @discardableResult
    func waitFor(after skip: Int, _ matches: @escaping ([String: Any]) -> Bool) throws -> [String: Any] {
        try waitFor("a matching event", after: skip, timeout: 15, matches)
    }
}
