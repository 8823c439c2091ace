import Foundation
import Testing

/// systemd's watchdog is answered while a long batch of plans runs, not only between batches.
@Suite struct DaemonWatchdogTests {
    @Test func theWatchdogIsAnsweredBetweenTheChunksOfALongBatch() throws {
        // The startup scan: one batch of four chunks of 64 plans, before READY=1.
        let specs = Dictionary(
            uniqueKeysWithValues: (1...256).map { (String(format: "%03d-f%d", $0, $0), DaemonProject.spec("F\($0)")) })
        let project = try DaemonProject(specs: specs)
        let socket = try NotifySocket(abstract: true, folder: project.scratch.url)
        // A 2 ms watchdog: WATCHDOG=1 is due every millisecond, far less than a chunk of 64 plans takes.
        let daemon = try DaemonProcess(
            config: project.config, in: project.scratch.url,
            environment: ["NOTIFY_SOCKET": socket.address, "WATCHDOG_USEC": "2000"])
        let startup = try #require(socket.receive { $0.hasPrefix("READY=1") }, "no READY=1: \(daemon.log)")
        let answered = startup.filter { $0 == "WATCHDOG=1" }.count
        #expect(
            answered >= 3,
            "the watchdog went unanswered during a batch of 256 plans (\(answered) WATCHDOG=1 before READY=1); systemd would take the daemon for hung"
        )
        daemon.signal(SIGTERM)
        #expect(try daemon.waitForExit() == 0)
    }
}
