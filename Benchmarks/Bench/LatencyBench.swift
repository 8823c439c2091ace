import Glibc

/// Save-to-plan latency: from the close() of a spec.md write to the new plan.md renamed into
/// place, seen by an inotify watch of our own on the spec folder, minus the configured debounce.
/// In the same run, the floor: how long `inotifywait -m` takes to report the same write.
struct LatencyBench {
    let daemon: DaemonBench

    struct Result {
        var plansync: Sample
        var inotifywait: Sample?
    }

    func run(iterations: Int, debounceMs: Int = 50) -> Result {
        let root = Files.project(specs: 1)
        defer { Files.remove(root) }
        let folder = root + "/specs/001-feature"
        let process = daemon.start(daemon.config(root, debounceMs: debounceMs, maxDelayMs: 2000))
        _ = process.waitForLine(timeoutSeconds: 60) { $0.contains(#""event":"ready""#) }

        let probe = inotify_init1(Int32(IN_CLOEXEC | IN_NONBLOCK))
        defer { close(probe) }
        inotify_add_watch(probe, folder, UInt32(IN_MOVED_TO))
        let floor: Spawned? =
            access("/usr/bin/inotifywait", X_OK) == 0
            ? Spawned(["inotifywait", "-m", "-q", "-e", "close_write", "--format", "%f", folder], readStdout: true)
            : nil
        // inotifywait prints nothing once its watch is set up with -q; give it a first event to prove it.
        if let floor {
            Files.write(folder + "/warmup.txt", "x")
            _ = floor.waitForLine(timeoutSeconds: 10) { $0 == "warmup.txt" }
            _ = process.waitForLine(timeoutSeconds: 1) { _ in false }
        }
        var plansync: [Double] = []
        var notify: [Double] = []
        for index in 1...iterations {
            let seen = floor?.lines.count ?? 0
            Files.write(
                folder + "/spec.md", Files.spec(title: "Feature 1", requirements: 6, marker: " Iteration \(index)."))
            let closed = monotonicNanos()
            var planAt: UInt64?
            var floorAt: UInt64?
            let deadline = closed + 10_000_000_000
            while (planAt == nil || (floor != nil && floorAt == nil)) && monotonicNanos() < deadline {
                var fds = [pollfd(fd: probe, events: Int16(POLLIN), revents: 0)]
                if planAt == nil, poll(&fds, 1, floorAt == nil && floor != nil ? 0 : 100) > 0 {
                    if drained(probe, contains: "plan.md") { planAt = monotonicNanos() }
                }
                if let floor, floorAt == nil {
                    floor.pump(timeout: 1)
                    if floor.lines.count > seen, floor.lines[seen...].contains("spec.md") { floorAt = monotonicNanos() }
                }
            }
            if let planAt { plansync.append(Double(planAt - closed) / 1e6 - Double(debounceMs)) }
            if let floorAt { notify.append(Double(floorAt - closed) / 1e6) }
            // Let the daemon go idle before the next save, so that saves are not merged.
            usleep(UInt32(debounceMs) * 1000)
            process.pump(timeout: 0)
        }
        return Result(plansync: Sample(values: plansync), inotifywait: floor == nil ? nil : Sample(values: notify))
    }

    /// Reads all queued events; true when one names `name`.
    private func drained(_ fd: Int32, contains name: String) -> Bool {
        var buffer = [UInt8](repeating: 0, count: 4096)
        var found = false
        while true {
            let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if n <= 0 { break }
            var offset = 0
            let header = MemoryLayout<inotify_event>.size
            while offset + header <= n {
                let length = Int(
                    buffer.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: offset + 12, as: UInt32.self) })
                let nameBytes = buffer[(offset + header)..<(offset + header + length)].prefix { $0 != 0 }
                if String(decoding: nameBytes, as: UTF8.self) == name { found = true }
                offset += header + length
            }
        }
        return found
    }
}
