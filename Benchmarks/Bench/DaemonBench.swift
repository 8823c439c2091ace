import Glibc

/// Runs of `plansync run` on generated trees, timed from the outside.
struct DaemonBench {
    let plansync: String

    func config(_ root: String, debounceMs: Int = 200, maxDelayMs: Int = 2000, level: String = "info") -> String {
        let folder = Files.temporaryFolder("config")
        let path = folder + "/config.json"
        Files.write(
            path,
            #"{"roots": ["\#(root)"], "debounceMs": \#(debounceMs), "maxDelayMs": \#(maxDelayMs), "logFormat": "json", "logLevel": "\#(level)"}"#
        )
        return path
    }

    func start(_ config: String) -> Spawned {
        Spawned([plansync, "run", "--config", config])
    }

    /// Writes every plan once, so that a daemon starting on the tree finds them up to date.
    func generateAll(_ root: String) {
        let generate = Spawned([plansync, "generate", root], readStdout: true)
        while generate.pump(timeout: 1000) {}
        var status: Int32 = 0
        waitpid(generate.pid, &status, 0)
    }

    /// Exec to the `ready` log line.
    func startup(folders: Int, stale: Bool) -> Double {
        let root = Files.project(specs: folders)
        defer { Files.remove(root) }
        generateAll(root)
        if stale { Files.write(root + "/.specify/memory/constitution.md", Files.constitution(version: "2.0.0")) }
        let configPath = config(root)
        let began = monotonicNanos()
        let daemon = start(configPath)
        guard daemon.waitForLine(timeoutSeconds: 300, { $0.contains(#""event":"ready""#) }) != nil else { return .nan }
        return Double(monotonicNanos() - began) / 1e6
    }

    /// A constitution change until every plan is rewritten.
    func fanOut(folders: Int) -> Double {
        let root = Files.project(specs: folders)
        defer { Files.remove(root) }
        generateAll(root)
        let daemon = start(config(root, debounceMs: 50))
        guard let ready = daemon.waitForLine(timeoutSeconds: 300, { $0.contains(#""event":"ready""#) }) else {
            return .nan
        }
        let began = monotonicNanos()
        Files.write(root + "/.specify/memory/constitution.md", Files.constitution(version: "3.0.0"))
        var seen = 0
        var from = ready + 1
        while seen < folders {
            guard
                let index = daemon.waitForLine(
                    from: from, timeoutSeconds: 300,
                    { $0.contains(#""trigger":"constitution.md""#) && $0.contains("plan.updated") })
            else { return .nan }
            seen += 1
            from = index + 1
        }
        return Double(monotonicNanos() - began) / 1e6
    }

    struct Idle {
        var residentKiB: Int
        var wakeups: Int
        var syscalls: Int?
    }

    /// Resident memory, context switches and system calls over `seconds` of idleness.
    func idle(_ process: Spawned, seconds: Int) -> Idle {
        let before = process.contextSwitches
        sleep(UInt32(seconds))
        let wakeups = process.contextSwitches - before
        return Idle(
            residentKiB: process.residentKiB, wakeups: wakeups,
            syscalls: DaemonBench.syscalls(of: process.pid, seconds: seconds))
    }

    /// `strace -c -f -p` for a while; nil when strace is not installed or cannot attach.
    static func syscalls(of pid: pid_t, seconds: Int) -> Int? {
        guard access("/usr/bin/strace", X_OK) == 0 else { return nil }
        let strace = Spawned(["timeout", "-s", "INT", "\(seconds)", "strace", "-c", "-f", "-p", "\(pid)"])
        while strace.pump(timeout: 1000) {}
        var status: Int32 = 0
        waitpid(strace.pid, &status, 0)
        // The summary's last line: "100.00  0.000000  0  N  total", or nothing at all when no call was made.
        guard let total = strace.lines.last(where: { $0.hasSuffix("total") }) else {
            return strace.lines.contains { $0.contains("Operation not permitted") } ? nil : 0
        }
        let fields = total.split(separator: " ")
        return fields.count >= 4 ? Int(fields[fields.count - 2]) ?? Int(fields[3]) : nil
    }

    func idlePlansync(folders: Int, seconds: Int) -> Idle {
        let root = Files.project(specs: folders)
        defer { Files.remove(root) }
        generateAll(root)
        let daemon = start(config(root))
        _ = daemon.waitForLine(timeoutSeconds: 300) { $0.contains(#""event":"ready""#) }
        return idle(daemon, seconds: seconds)
    }

    func idleInotifywait(folders: Int, seconds: Int) -> Idle? {
        guard access("/usr/bin/inotifywait", X_OK) == 0 else { return nil }
        let root = Files.project(specs: folders)
        defer { Files.remove(root) }
        let watcher = Spawned(["inotifywait", "-m", "-r", root])
        _ = watcher.waitForLine(timeoutSeconds: 120) { $0.contains("Watches established") }
        return idle(watcher, seconds: seconds)
    }

    struct Burst {
        var saves: Int
        var regenerations: Int
        var writes: Int
        var cpuMilliseconds: Double
    }

    /// `saves` saves of one spec within about two seconds.
    func burst(saves: Int) -> Burst {
        let root = Files.project(specs: 1)
        defer { Files.remove(root) }
        let daemon = start(config(root, level: "debug"))
        guard let ready = daemon.waitForLine(timeoutSeconds: 60, { $0.contains(#""event":"ready""#) }) else {
            return Burst(saves: saves, regenerations: -1, writes: -1, cpuMilliseconds: .nan)
        }
        let spec = root + "/specs/001-feature/spec.md"
        let cpu = daemon.cpuMilliseconds
        let pause = UInt32(2_000_000 / saves)
        for index in 1...saves {
            Files.write(spec, Files.spec(title: "Feature 1", requirements: 6, marker: " Save \(index)."))
            usleep(pause)
            daemon.pump(timeout: 0)
        }
        let finalText = "Save \(saves)."
        _ = daemon.waitForLine(from: ready + 1, timeoutSeconds: 30) { _ in
            Files.read(root + "/specs/001-feature/plan.md")?.contains(finalText) == true
        }
        // Anything the last saves still queued is done within one debounce.
        let settle = monotonicNanos() + 600_000_000
        while monotonicNanos() < settle { daemon.pump(timeout: 50) }
        let lines = daemon.lines[(ready + 1)...]
        let writes = lines.filter { $0.contains(#""event":"plan.updated""#) }.count
        let unchanged = lines.filter {
            $0.contains(#""event":"plan.unchanged""#) && $0.contains(#""trigger":"spec.md""#)
        }.count
        return Burst(
            saves: saves, regenerations: writes + unchanged, writes: writes,
            cpuMilliseconds: daemon.cpuMilliseconds - cpu)
    }
}
