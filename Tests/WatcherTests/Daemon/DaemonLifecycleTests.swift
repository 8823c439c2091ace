import Foundation
import Testing

/// Starting, reloading and stopping: signals, configs and roots.
@Suite struct DaemonLifecycleTests {
    @Test func startupBringsEveryPlanUpToDateThenSaysReady() throws {
        let project = try DaemonProject(specs: [
            "001-alpha": DaemonProject.spec("Alpha"), "002-beta": DaemonProject.spec("Beta"),
        ])
        let daemon = try DaemonProcess(config: project.config, in: project.scratch.url)
        let ready = try daemon.waitFor(event: "ready")
        #expect(ready["roots"] as? Int == 1 && ready["specs"] as? Int == 2)
        #expect((ready["watches"] as? Int ?? 0) >= 6, "root, specs/, two spec folders, .specify/ and .specify/memory/")
        let updates = daemon.events.prefix { $0["event"] as? String != "ready" }.filter {
            $0["event"] as? String == "plan.updated"
        }
        #expect(
            Set(updates.compactMap { $0["plan"] as? String }) == ["specs/001-alpha/plan.md", "specs/002-beta/plan.md"])
        #expect(updates.allSatisfy { $0["trigger"] as? String == "startup" && $0["ms"] is Int && $0["added"] is Int })
    }

    /// The change waits for a debounce far longer than the deadline for the exit: the plan is
    /// written at shutdown, not when the debounce ends.
    @Test func sigtermWritesThePendingChangeAndExitsZero() throws {
        let project = try DaemonProject(debounceMs: 60_000, maxDelayMs: 600_000)
        let daemon = try project.start()
        let mark = daemon.lineCount
        try project.write(
            "specs/001-alpha/spec.md", DaemonProject.spec("Alpha", requirement: "System MUST be written at shutdown"))
        try daemon.waitFor(event: "change", after: mark)
        daemon.signal(SIGTERM)
        #expect(try daemon.waitForExit(timeout: 30) == 0)
        #expect(
            try project.read("specs/001-alpha/plan.md").contains("FR-001: Be written at shutdown"),
            "the pending change was lost")
        let last = try #require(daemon.events.last)
        #expect(last["event"] as? String == "shutdown" && last["pending"] as? Int == 1)
    }

    @Test func sigintStopsToo() throws {
        let project = try DaemonProject()
        let daemon = try project.start()
        daemon.signal(SIGINT)
        #expect(try daemon.waitForExit() == 0)
    }

    @Test func sighupReloadsAGoodConfigAndKeepsTheOldOneOnABadConfig() throws {
        let project = try DaemonProject()
        try project.scratch.write("second/specs/001-other/spec.md", DaemonProject.spec("Other"))
        let daemon = try project.start()
        var mark = daemon.lineCount
        try DaemonProject.writeConfig(project.config, roots: ["project", "second"])
        daemon.signal(SIGHUP)
        let reload = try daemon.waitFor(event: "reload", after: mark)
        #expect(reload["roots"] as? Int == 2)
        #expect(FileManager.default.fileExists(atPath: project.scratch.path("second/specs/001-other/plan.md").path))
        let added = try daemon.waitFor(event: "plan.updated", plan: "specs/001-other/plan.md", after: mark)
        #expect(
            added["trigger"] as? String == "reload",
            "a root added by a reload must say why its plans were written: \(added)")

        mark = daemon.lineCount
        try "{\"roots\": [\"project\"], \"debounceMs\": \"soon\"}".write(
            to: project.config, atomically: false, encoding: .utf8)
        daemon.signal(SIGHUP)
        let error = try daemon.waitFor(event: "error", after: mark)
        #expect((error["message"] as? String ?? "").contains("debounceMs"))
        // Still serving both roots with the old config.
        mark = daemon.lineCount
        try project.scratch.write(
            "second/specs/001-other/spec.md", DaemonProject.spec("Other", requirement: "System MUST still be watched"))
        try daemon.waitFor(event: "plan.updated", plan: "specs/001-other/plan.md", after: mark)

        mark = daemon.lineCount
        try DaemonProject.writeConfig(project.config, roots: ["project"])
        daemon.signal(SIGHUP)
        #expect(try daemon.waitFor(event: "reload", after: mark)["roots"] as? Int == 1)
    }

    @Test func aReloadThatChangesTheStackRewritesThePlansWithTriggerReload() throws {
        let project = try DaemonProject()
        let daemon = try project.start()
        let mark = daemon.lineCount
        try
            #"{"roots": ["project"], "debounceMs": 100, "maxDelayMs": 2000, "logFormat": "json", "logLevel": "debug", "stack": {"backend": "Elixir 1.17"}}"#
            .write(to: project.config, atomically: false, encoding: .utf8)
        daemon.signal(SIGHUP)
        try daemon.waitFor(event: "reload", after: mark)
        let updated = try daemon.waitFor(event: "plan.updated", plan: "specs/001-alpha/plan.md", after: mark)
        #expect(
            updated["trigger"] as? String == "reload",
            "a plan rewritten for a new config must say reload, not startup or rescan: \(updated)")
        #expect(
            try project.read("specs/001-alpha/plan.md").contains("Elixir 1.17"), "the new stack did not reach the plan")
    }

    @Test func sighupWithADeeplyNestedConfigKeepsTheOldConfigAndServing() throws {
        let project = try DaemonProject()
        let daemon = try project.start()
        var mark = daemon.lineCount
        try ("{\"roots\": " + String(repeating: "[", count: 50_000) + String(repeating: "]", count: 50_000) + "}")
            .write(to: project.config, atomically: false, encoding: .utf8)
        daemon.signal(SIGHUP)
        let error = try daemon.waitFor(event: "error", after: mark)
        let message = error["message"] as? String ?? ""
        #expect(
            message.contains("reload failed, keeping the running config")
                && message.contains("line 1, column 74: arrays and objects nested more than 64 levels deep"),
            "\(message)")
        mark = daemon.lineCount
        try project.write(
            "specs/001-alpha/spec.md", DaemonProject.spec("Alpha", requirement: "System MUST survive a bad reload"))
        try daemon.waitFor(event: "plan.updated", plan: "specs/001-alpha/plan.md", after: mark)
        #expect(daemon.process.isRunning)
    }

    @Test func aMissingRootIsAnErrorAndAllMissingExits78() throws {
        let scratch = try Scratch()
        try DaemonProject.writeConfig(scratch.path("config.json"), roots: ["nowhere", "also-nowhere"])
        let daemon = try DaemonProcess(config: scratch.path("config.json"), in: scratch.url)
        #expect(try daemon.waitForExit() == 78)
        #expect(daemon.events.filter { $0["event"] as? String == "error" }.count == 2)

        try scratch.write("real/specs/001-a/spec.md", DaemonProject.spec("A"))
        try DaemonProject.writeConfig(scratch.path("config.json"), roots: ["nowhere", "real"])
        let partial = try DaemonProcess(config: scratch.path("config.json"), in: scratch.url)
        let ready = try partial.waitFor(event: "ready")
        #expect(ready["roots"] as? Int == 1)
        #expect(
            partial.events.contains {
                $0["event"] as? String == "error" && ($0["message"] as? String ?? "").contains("nowhere")
            })
    }

    @Test func oneBrokenSpecNeverStopsTheOthers() throws {
        let project = try DaemonProject(specs: [
            "001-alpha": DaemonProject.spec("Alpha"), "002-beta": DaemonProject.spec("Beta"),
        ])
        let daemon = try project.start()
        let mark = daemon.lineCount
        try Data([0x23, 0x20, 0xFF, 0xFE, 0x0A]).write(to: project.path("specs/001-alpha/spec.md"))
        let error = try daemon.waitFor(event: "error", after: mark)
        #expect((error["message"] as? String ?? "").contains("UTF-8"))
        #expect(
            try project.read("specs/001-alpha/plan.md").contains("Implementation Plan: Alpha"),
            "the old plan must stay intact")
        try project.write("specs/002-beta/spec.md", DaemonProject.spec("Beta", requirement: "System MUST go on"))
        try daemon.waitFor(event: "plan.updated", plan: "specs/002-beta/plan.md", after: mark)
    }

    @Test func aPlanTheUserWroteIsSkippedAndLogged() throws {
        let project = try DaemonProject()
        try project.write("specs/001-alpha/plan.md", "# Our plan\n\nWritten by us.\n")
        let daemon = try DaemonProcess(config: project.config, in: project.scratch.url)
        try daemon.waitFor(event: "plan.skipped", plan: "specs/001-alpha/plan.md")
        #expect(try project.read("specs/001-alpha/plan.md") == "# Our plan\n\nWritten by us.\n")
    }

    @Test func handEditedSectionsAreKeptAndLogged() throws {
        let project = try DaemonProject()
        let daemon = try project.start()
        let plan = try project.read("specs/001-alpha/plan.md")
        try project.write("specs/001-alpha/plan.md", plan.replacing("Alpha for everyone.", with: "Our own summary."))
        let mark = daemon.lineCount
        try project.write(
            "specs/001-alpha/spec.md", DaemonProject.spec("Alpha", requirement: "System MUST keep our words"))
        let kept = try daemon.waitFor(event: "plan.kept", plan: "specs/001-alpha/plan.md", after: mark)
        #expect(kept["kept"] as? [String] == ["Feature Summary"])
        let text = try project.read("specs/001-alpha/plan.md")
        #expect(text.contains("Our own summary.") && text.contains("FR-001: Keep our words"))
    }

    @Test func textLogLinesAreReadable() throws {
        let project = try DaemonProject()
        try #"{"roots": ["project"], "debounceMs": 50}"#.write(to: project.config, atomically: false, encoding: .utf8)
        let daemon = try DaemonProcess(config: project.config, in: project.scratch.url)
        let deadline = Date().addingTimeInterval(15)
        while !daemon.log.contains(where: { $0.contains(" info ready ") }) && Date() < deadline {
            _ = try? daemon.waitFor("a text line", after: daemon.lineCount, timeout: 0.5) { _ in false }
        }
        let line = try #require(daemon.log.first { $0.contains("plan.updated") })
        #expect(line.contains("info plan.updated specs/001-alpha/plan.md (startup): new plan, +"), "\(line)")
        #expect(
            line.hasPrefix("20") && line.dropFirst(10).hasPrefix("T"),
            "text lines start with an ISO-8601 timestamp: \(line)")
        daemon.signal(SIGTERM)
        #expect(try daemon.waitForExit() == 0)
    }
}
