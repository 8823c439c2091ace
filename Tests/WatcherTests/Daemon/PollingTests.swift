import Foundation
import Testing

/// Roots inotify cannot see into are polled. No NFS, SMB, 9p or FUSE mount can be made here
/// without root, so these tests force polling on a local folder (`"watch": "poll"`), which takes
/// the same path: the root gets no inotify watch at all, and every change below is seen by polling.
@Suite struct PollingTests {
    static func pollingProject(specs: [String: String], intervalMs: Int = 100, logLevel: String = "debug") throws
        -> DaemonProject
    {
        let project = try DaemonProject(specs: specs, debounceMs: 50)
        try
            #"{"roots": ["project"], "watch": "poll", "pollIntervalMs": \#(intervalMs), "debounceMs": 50, "logFormat": "json", "logLevel": "\#(logLevel)"}"#
            .write(to: project.config, atomically: false, encoding: .utf8)
        return project
    }

    @Test func aPolledRootSeesSavesNewFoldersAndDeletions() throws {
        let project = try Self.pollingProject(specs: [
            "001-alpha": DaemonProject.spec("Alpha"), "002-beta": DaemonProject.spec("Beta"),
        ])
        let daemon = try DaemonProcess(config: project.config, in: project.scratch.url)
        let polled = try daemon.waitFor(event: "root.polled")
        #expect(polled["filesystem"] as? String == "config" && polled["interval"] as? Int == 100)
        let ready = try daemon.waitFor(event: "ready")
        #expect(ready["watches"] as? Int == 0, "a polled root must have no inotify watch: \(ready)")
        #expect(ready["polled"] as? Int == 6, "root, specs/, .specify/, .specify/memory/ and 2 spec folders")

        // A save in place.
        var mark = daemon.lineCount
        try project.write("specs/001-alpha/spec.md", DaemonProject.spec("Alpha", requirement: "System MUST poll"))
        try daemon.waitFor(event: "plan.updated", plan: "specs/001-alpha/plan.md", trigger: "spec.md", after: mark)
        #expect(try project.read("specs/001-alpha/plan.md").contains("FR-001: Poll"))

        // A save by rename, as vim and sed -i do.
        mark = daemon.lineCount
        try project.shell(
            "sed -i 's/System MUST poll/System MUST rename/' specs/001-alpha/spec.md")
        try daemon.waitFor(event: "plan.updated", plan: "specs/001-alpha/plan.md", trigger: "spec.md", after: mark)

        // A new spec folder, and one deleted in the same round as another is created.
        mark = daemon.lineCount
        try project.shell("mkdir specs/003-gamma && cp specs/002-beta/spec.md specs/003-gamma/spec.md")
        try daemon.waitFor(event: "plan.updated", plan: "specs/003-gamma/plan.md", after: mark)
        mark = daemon.lineCount
        try project.shell(
            "rm -r specs/002-beta && mkdir specs/004-delta && cp specs/003-gamma/spec.md specs/004-delta/")
        try daemon.waitFor(event: "plan.updated", plan: "specs/004-delta/plan.md", after: mark)
        mark = daemon.lineCount
        daemon.signal(SIGHUP)
        let reload = try daemon.waitFor(event: "reload", after: mark)
        #expect(reload["specs"] as? Int == 3, "002-beta was deleted: \(reload)")

        // The constitution, and plansync's own writes, which are no change.
        mark = daemon.lineCount
        try project.write(
            ".specify/memory/constitution.md",
            "# Test Constitution\n## Core Principles\n### I. Tests First\n- Tests MUST come first.\n\n**Version**: 2.0.0\n"
        )
        try daemon.follow("every plan after the constitution", after: mark) { json in
            json["event"] as? String == "plan.updated" && json["plan"] as? String == "specs/004-delta/plan.md"
                && json["trigger"] as? String == "constitution.md"
        }
        // A save after the fan-out: the rounds that see it have looked at every plan written.
        try project.write("specs/001-alpha/spec.md", DaemonProject.spec("Alpha", requirement: "System MUST end"))
        try daemon.waitFor(event: "plan.updated", plan: "specs/001-alpha/plan.md", trigger: "spec.md", after: mark)
        daemon.signal(SIGTERM)
        #expect(try daemon.waitForExit() == 0)
        let ownWrites = daemon.events.dropFirst(mark).filter {
            $0["event"] as? String == "change" && ($0["path"] as? String ?? "").hasSuffix("plan.md")
        }
        #expect(ownWrites.isEmpty, "plansync's own plan writes were taken for changes: \(ownWrites)")
    }

    @Test func aReloadThatAsksForPollingPollsTheRootsServed() throws {
        let project = try DaemonProject()
        let daemon = try project.start()
        let mark = daemon.lineCount
        try
            #"{"roots": ["project"], "watch": "poll", "pollIntervalMs": 100, "debounceMs": 50, "logFormat": "json", "logLevel": "debug"}"#
            .write(to: project.config, atomically: false, encoding: .utf8)
        daemon.signal(SIGHUP)
        let reload = try daemon.waitFor(event: "reload", after: mark)
        #expect(reload["watches"] as? Int == 0 && reload["polled"] as? Int == 5, "\(reload)")
        let mark2 = daemon.lineCount
        try project.write("specs/001-alpha/spec.md", DaemonProject.spec("Alpha", requirement: "System MUST poll"))
        try daemon.waitFor(event: "plan.updated", plan: "specs/001-alpha/plan.md", trigger: "spec.md", after: mark2)
    }

    @Test func aLocalRootIsWatchedWithInotifyByDefault() throws {
        let project = try DaemonProject()
        let daemon = try project.start()
        let ready = try #require(daemon.events.first { $0["event"] as? String == "ready" })
        #expect((ready["watches"] as? Int ?? 0) > 0 && ready["polled"] as? Int == 0)
        #expect(!daemon.events.contains { $0["event"] as? String == "root.polled" })
    }

    /// Idle polling is stat(2) and poll(2) only: two stats per spec folder and one per folder
    /// whose entries matter, each round; nothing opened, read or listed.
    @Test(.requires(.strace))
    func anIdlePolledDaemonOnlyStatsTwoFilesPerSpecFolder() throws {
        let folders = 6
        let specs = Dictionary(
            uniqueKeysWithValues: (1...folders).map { ("00\($0)-s\($0)", DaemonProject.spec("Spec \($0)")) })
        let project = try Self.pollingProject(specs: specs, logLevel: "info")
        let daemon = try project.start()
        let trace = try Self.trace(daemon.pid, in: project.scratch, rounds: 6)
        let rounds = Self.rounds(of: trace)
        #expect(rounds.count >= 5, "\(trace)")
        let allowed: Set = ["newfstatat", "statx", "stat", "lstat", "fstatat64", "poll", "ppoll"]
        for round in rounds {
            #expect(Set(round).isSubset(of: allowed), "an idle round did more than stat: \(round)")
            // root, specs/, .specify/, constitution.md, then spec.md and plan.md of each folder.
            #expect(round.count { $0 != "poll" && $0 != "ppoll" } == 4 + 2 * folders, "\(round)")
        }
    }

    /// Attaches strace to `pid` until it has traced `rounds` rounds of polling; the trace's lines.
    static func trace(_ pid: Int32, in scratch: Scratch, rounds: Int) throws -> [String] {
        let output = scratch.path("strace.txt")
        let strace = Process()
        strace.executableURL = URL(fileURLWithPath: try #require(Prerequisite.path(of: "strace")))
        strace.arguments = ["-f", "-qq", "-p", "\(pid)", "-o", output.path]
        strace.standardError = FileHandle.nullDevice
        try strace.run()
        ProcessWatchdog.shared.watch(strace.processIdentifier)
        // SIGKILL: strace started from the test blocks SIGINT and SIGTERM (it inherits the mask);
        // the kernel detaches the daemon when its tracer dies, and the trace is written line by line.
        defer {
            if strace.isRunning {
                kill(strace.processIdentifier, SIGKILL)
                strace.waitUntilExit()
            }
        }
        let deadline = Date().addingTimeInterval(30)
        while Date() < deadline {
            let text = (try? String(contentsOf: output, encoding: .utf8)) ?? ""
            if text.components(separatedBy: "(Timeout)").count > rounds + 1 { break }
            Thread.sleep(forTimeInterval: 0.05)
        }
        kill(strace.processIdentifier, SIGKILL)
        strace.waitUntilExit()
        return try String(contentsOf: output, encoding: .utf8).split(separator: "\n").map(String.init)
    }

    /// The system calls of each whole round: those between two poll(2) calls that timed out.
    static func rounds(of trace: [String]) -> [[String]] {
        var rounds: [[String]] = []
        var current: [String]?
        for line in trace {
            // "12345 newfstatat(AT_FDCWD, …) = 0": the pid (padded to five columns), then the call's name.
            let call = line.drop(while: { $0 != " " }).drop(while: { $0 == " " })
            let name = String(call.prefix(while: { $0 != "(" && $0 != " " }))
            if name == "poll" || name == "ppoll", call.hasSuffix("(Timeout)") {
                if let round = current { rounds.append(round + [name]) }
                current = []
            } else {
                current?.append(name)
            }
        }
        return rounds
    }
}
