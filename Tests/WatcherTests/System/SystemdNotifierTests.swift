import Foundation
import Glibc
import Testing

@testable import Watcher

/// The sd_notify client against a real datagram socket, path and abstract.
@Suite struct SystemdNotifierTests {
    @Test(arguments: [false, true])
    func everyMessageArrives(abstract: Bool) throws {
        let scratch = try Scratch()
        let socket = try NotifySocket(abstract: abstract, folder: scratch.url)
        let notifier = SystemdNotifier(socketPath: socket.address, watchdogInterval: nil)
        notifier.ready(status: "watching 2 specs in 1 project; no plan written yet")
        #expect(socket.receive() == "READY=1\nSTATUS=watching 2 specs in 1 project; no plan written yet")
        notifier.status("watching 3 specs")
        #expect(socket.receive() == "STATUS=watching 3 specs")
        notifier.reloading()
        let reloading = try #require(socket.receive())
        #expect(reloading.hasPrefix("RELOADING=1\nMONOTONIC_USEC="))
        let usec = Int64(reloading.split(separator: "=").last!)!
        var now = timespec()
        clock_gettime(CLOCK_MONOTONIC, &now)
        #expect(
            abs(Int64(now.tv_sec) * 1_000_000 + Int64(now.tv_nsec) / 1000 - usec) < 5_000_000,
            "MONOTONIC_USEC is not CLOCK_MONOTONIC")
        notifier.watchdog()
        #expect(socket.receive() == "WATCHDOG=1")
        notifier.stopping()
        #expect(socket.receive() == "STOPPING=1")
    }

    @Test func theWatchdogRunsAtHalfItsTimeoutAndOnlyForItsPID() {
        #expect(SystemdNotifier.watchdogInterval(usec: "30000000", pid: nil, ownPID: 42) == 15_000)
        #expect(SystemdNotifier.watchdogInterval(usec: "30000000", pid: "42", ownPID: 42) == 15_000)
        #expect(SystemdNotifier.watchdogInterval(usec: "30000000", pid: "43", ownPID: 42) == nil)
        #expect(SystemdNotifier.watchdogInterval(usec: nil, pid: nil, ownPID: 42) == nil)
        #expect(SystemdNotifier.watchdogInterval(usec: "0", pid: nil, ownPID: 42) == nil)
        #expect(SystemdNotifier.watchdogInterval(usec: "soon", pid: nil, ownPID: 42) == nil)
    }

    @Test(arguments: [false, true])
    func theDaemonSpeaksTheProtocol(abstract: Bool) throws {
        let project = try DaemonProject()
        let socket = try NotifySocket(abstract: abstract, folder: project.scratch.url)
        let daemon = try DaemonProcess(
            config: project.config, in: project.scratch.url,
            environment: ["NOTIFY_SOCKET": socket.address, "WATCHDOG_USEC": "400000"])
        let startup = try #require(socket.receive { $0.hasPrefix("READY=1") }, "no READY=1: \(daemon.log)")
        #expect(
            startup.last == "READY=1\nSTATUS=watching 1 spec in 1 project; last update 001-alpha at "
                + (startup.last!.suffix(8)))
        #expect(
            FileManager.default.fileExists(atPath: project.path("specs/001-alpha/plan.md").path),
            "READY=1 must come after the startup scan")

        // Every 200 ms (half of WATCHDOG_USEC): three of them well within the deadline, under any load.
        #expect(socket.count(3, timeout: 5) { $0 == "WATCHDOG=1" } == 3, "WATCHDOG=1 must come every 200 ms")

        try project.write(
            "specs/001-alpha/spec.md", DaemonProject.spec("Alpha", requirement: "System MUST report status"))
        let status = try #require(socket.receive { $0.hasPrefix("STATUS=") })
        #expect(status.last?.contains("last update 001-alpha at ") == true)

        daemon.signal(SIGHUP)
        let reload = try #require(socket.receive { $0.hasPrefix("READY=1") })
        #expect(reload.contains { $0.hasPrefix("RELOADING=1\nMONOTONIC_USEC=") })

        daemon.signal(SIGTERM)
        #expect(socket.receive { $0 == "STOPPING=1" } != nil)
        #expect(try daemon.waitForExit() == 0)
    }

    /// Without the journal, `systemctl status` is where a user sees that a reload did nothing.
    @Test func aRejectedReloadShowsInTheStatusLineUntilAGoodOne() throws {
        let project = try DaemonProject()
        let socket = try NotifySocket(abstract: true, folder: project.scratch.url)
        let daemon = try DaemonProcess(
            config: project.config, in: project.scratch.url, environment: ["NOTIFY_SOCKET": socket.address])
        #expect(socket.receive { $0.hasPrefix("READY=1") } != nil, "no READY=1: \(daemon.log)")
        try #"{"roots": ["project"], "debounceMs": "fast", "logFormat": "json"}"#.write(
            to: project.config, atomically: false, encoding: .utf8)
        daemon.signal(SIGHUP)
        let rejected = try #require(socket.receive { $0.hasPrefix("READY=1") }?.last, "\(daemon.log)")
        #expect(
            rejected.hasPrefix(
                "READY=1\nSTATUS=config reload rejected: line 1, column 24: \"debounceMs\" must be a whole number from 0 to 60000, not a string; running with the previous config; watching 1 spec in 1 project;"
            ), "\(rejected)")
        // Still said after the next plan written with the old config.
        try project.write("specs/001-alpha/spec.md", DaemonProject.spec("Alpha", requirement: "System MUST go on"))
        let later = try #require(socket.receive { $0.hasPrefix("STATUS=") }?.last)
        #expect(later.hasPrefix("STATUS=config reload rejected: "), "\(later)")
        try DaemonProject.writeConfig(project.config, roots: ["project"])
        daemon.signal(SIGHUP)
        let accepted = try #require(socket.receive { $0.hasPrefix("READY=1") }?.last, "\(daemon.log)")
        #expect(
            accepted.hasPrefix("READY=1\nSTATUS=watching 1 spec in 1 project; last update 001-alpha at "), "\(accepted)"
        )
        daemon.signal(SIGTERM)
        #expect(try daemon.waitForExit() == 0)
    }

    @Test func withoutAWatchdogNothingWakesTheDaemon() throws {
        let project = try DaemonProject()
        let socket = try NotifySocket(abstract: true, folder: project.scratch.url)
        let daemon = try DaemonProcess(
            config: project.config, in: project.scratch.url, environment: ["NOTIFY_SOCKET": socket.address])
        #expect(socket.receive { $0.hasPrefix("READY=1") } != nil)
        daemon.signal(SIGTERM)
        let rest = socket.receive { $0 == "STOPPING=1" } ?? []
        #expect(!rest.contains("WATCHDOG=1"), "a watchdog message was sent with the watchdog off")
        #expect(try daemon.waitForExit() == 0)
    }

    @Test func underJournaldLinesCarryPriorityAndNoTimestamp() throws {
        let project = try DaemonProject()
        try #"{"roots": ["project"], "debounceMs": 50}"#.write(to: project.config, atomically: false, encoding: .utf8)
        // The daemon's stderr is the pipe the test reads; JOURNAL_STREAM names that pipe's device and inode.
        let pipe = Pipe()
        var info = stat()
        fstat(pipe.fileHandleForWriting.fileDescriptor, &info)
        let process = Process()
        process.executableURL = Plansync.executable
        process.arguments = ["run", "--config", project.config.path]
        process.currentDirectoryURL = project.scratch.url
        var env = ProcessInfo.processInfo.environment
        env["JOURNAL_STREAM"] = "\(info.st_dev):\(info.st_ino)"
        env.removeValue(forKey: "NOTIFY_SOCKET")
        env["XDG_RUNTIME_DIR"] = project.scratch.url.path  // its root lock, with the test's files
        process.environment = env
        process.standardError = pipe
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        ProcessWatchdog.shared.watch(process.processIdentifier)
        try pipe.fileHandleForWriting.close()
        var text = ""
        let deadline = Date().addingTimeInterval(15)
        while !text.contains(" ready ") && Date() < deadline {
            let chunk = pipe.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            text += String(decoding: chunk, as: UTF8.self)
        }
        process.interrupt()
        process.waitUntilExit()
        let lines = text.split(separator: "\n")
        #expect(lines.contains { $0.hasPrefix("<6>info plan.updated specs/001-alpha/plan.md (startup)") }, "\(text)")
        #expect(lines.contains { $0.hasPrefix("<6>info ready ") })
        #expect(!lines.contains { $0.hasPrefix("20") }, "journald adds its own timestamp: \(text)")
    }
}

extension NotifySocket {
    /// Waits until `count` datagrams matching `counted` arrived; nil on timeout.
    func count(_ count: Int, timeout: TimeInterval = 10, _ counted: (String) -> Bool) -> Int? {
        var seen = 0
        let deadline = Date().addingTimeInterval(timeout)
        while seen < count {
            guard Date() < deadline, let message = receive(timeout: deadline.timeIntervalSinceNow) else { return nil }
            if counted(message) { seen += 1 }
        }
        return seen
    }
}
