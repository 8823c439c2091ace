import Glibc

/// Runs every measurement and renders BENCHMARKS.md.
struct Report {
    let options: Options
    var sections: [String] = []
    var checks: [(target: String, result: String, met: Bool)] = []

    init(options: Options) { self.options = options }

    static func fail(_ message: String) -> Never {
        Report.writeError("plansync-bench: \(message)\n")
        exit(64)
    }

    static func folder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return String(path[..<slash])
    }

    static func executablePath() -> String {
        var buffer = [CChar](repeating: 0, count: 4097)
        let n = readlink("/proc/self/exe", &buffer, 4096)
        return n > 0
            ? String(decoding: buffer.prefix(n).map { UInt8(bitPattern: $0) }, as: UTF8.self) : CommandLine.arguments[0]
    }

    func progress(_ text: String) { Report.writeError("… \(text)\n") }

    static func writeError(_ text: String) {
        _ = text.utf8CString.withUnsafeBufferPointer { write(2, $0.baseAddress, $0.count - 1) }
    }

    var daemon: DaemonBench { DaemonBench(plansync: options.plansync) }
    var quick: Bool { options.quick }
    /// The largest tree: 10,000 spec folders, 2,000 with --quick.
    var large: Int { quick ? 2000 : 10_000 }
    var idleSeconds: Int { quick ? 5 : 30 }

    mutating func run() {
        if wants("generation") { measureGeneration() }
        if wants("large") { measureLargeSpecs() }
        if wants("profile") { measureProfile() }
        if wants("latency") { measureLatency() }
        if wants("fanout") { measureFanOut() }
        if wants("startup") { measureStartup() }
        if wants("idle") { measureIdle() }
        if wants("burst") { measureBurst() }
    }

    private mutating func measureGeneration() {
        progress("generation")
        var rows = ["| spec | size | median | p99 | min | max |", "|---|---:|---:|---:|---:|---:|"]
        let corpus = GenerationBench.corpus(root: options.corpus, iterations: quick ? 50 : 300)
        for row in corpus {
            rows.append(
                "| \(row.name) | \(row.bytes / 1024) KiB | \(duration(row.sample.median)) | \(duration(row.sample.p99)) | \(duration(row.sample.min)) | \(duration(row.sample.max)) |"
            )
        }
        let sizes = [125, 250, 500, 1000, 2000]
        let synthetic = GenerationBench.synthetic(sizes: sizes, iterations: quick ? 5 : 20)
        var perRequirement: [Double] = []
        for (size, row) in zip(sizes, synthetic) {
            perRequirement.append(row.sample.median * 1000 / Double(size))
            rows.append(
                "| \(row.name) | \(row.bytes / 1024) KiB | \(duration(row.sample.median)) | \(duration(row.sample.p99)) | \(duration(row.sample.min)) | \(duration(row.sample.max)) |"
            )
        }
        // The issues' target is a spec of the size people write: 7 KiB, as the table rounds sizes.
        // Larger specs are held to the linear-growth target below.
        let small = corpus.filter { $0.bytes < 8 * 1024 }
        if let slowest = small.max(by: { $0.sample.median < $1.sample.median }) {
            let p99 = small.map(\.sample.p99).max() ?? 0
            checks.append(
                (
                    "generation under 1 ms for every corpus spec of 7 KiB or less (median)",
                    "slowest \(slowest.name) \(duration(slowest.sample.median)) (slowest p99 \(duration(p99)))",
                    slowest.sample.median < 1
                ))
        }
        let growth = (perRequirement.last ?? 0) / Swift.max(perRequirement.first ?? 1, 0.001)
        checks.append(
            (
                "generation grows linearly with spec size",
                "µs per requirement: " + perRequirement.map { format($0, 1) }.joined(separator: ", ")
                    + " (×\(format(growth, 2)) from 125 to 2000)", growth < 2
            ))
        sections.append("## 1. Generation (parse + render, in process)\n\n" + rows.joined(separator: "\n"))

    }

    private mutating func measureLargeSpecs() {
        progress("large specs")
        var rows = [
            "| large spec | size | plan lines | generate (render) | regenerate onto the old plan (merge + summary) |",
            "|---|---:|---:|---:|---:|",
        ]
        for item in LargeSpecBench.cases {
            let row = LargeSpecBench.run(item, iterations: quick ? 1 : 3)
            rows.append(
                "| \(row.name) | \(format(Double(row.bytes) / 1_048_576, 2)) MiB | \(row.planLines) | \(duration(row.render)) | \(duration(row.update)) |"
            )
            if item.stories == 3000 {
                checks.append(
                    (
                        "a 2.2 MB spec (3,000 stories, 12,000 requirements) generated under 1 s",
                        "\(duration(row.render)), regenerated \(duration(row.update))",
                        Swift.max(row.render, row.update) < 1000
                    ))
            }
        }
        sections.append(
            "## 1b. Large specs (in process, median of \(quick ? 1 : 3))\n\nThe old plan is the plan of the same spec with every tenth requirement reworded.\n\n"
                + rows.joined(separator: "\n"))
    }

    private mutating func measureProfile() {
        progress("profile read")
        var rows = [
            "| project root | sources | size | walk + read (median) | ProjectProfile.read (median) | p99 (both) |",
            "|---|---:|---:|---:|---:|---:|",
        ]
        let corpus = ProfileBench.corpus(root: options.corpus, iterations: quick ? 20 : 100)
        for row in corpus {
            let both = Sample(values: zip(row.read.values, row.parse.values).map { $0 + $1 })
            rows.append(
                "| \(row.name) | \(row.files) | \(row.bytes / 1024) KiB | \(duration(row.read.median)) | \(duration(row.parse.median)) | \(duration(both.p99)) |"
            )
        }
        let slowest = corpus.map(\.parse.median).max() ?? 0
        checks.append(
            (
                "a corpus root's profile read under 50 ms", "slowest ProjectProfile.read median \(duration(slowest))",
                slowest < 50
            ))
        sections.append(
            "## 1c. Profile read (in process, once per root and per change of a source)\n\n"
                + rows.joined(separator: "\n"))
    }

    private mutating func measureLatency() {
        progress("save-to-plan latency")
        let latency = LatencyBench(daemon: daemon).run(iterations: quick ? 30 : 200)
        var latencyRows = [
            "| watcher | reports | median | p99 | min | max |", "|---|---|---:|---:|---:|---:|",
            "| plansync run (debounce subtracted) | plan.md renamed into place | \(duration(latency.plansync.median)) | \(duration(latency.plansync.p99)) | \(duration(latency.plansync.min)) | \(duration(latency.plansync.max)) |",
        ]
        if let floor = latency.inotifywait {
            latencyRows.append(
                "| inotifywait -m (the floor) | the close_write of spec.md | \(duration(floor.median)) | \(duration(floor.p99)) | \(duration(floor.min)) | \(duration(floor.max)) |"
            )
        }
        checks.append(
            (
                "save-to-plan p99 beyond the debounce under 5 ms", duration(latency.plansync.p99),
                latency.plansync.p99 < 5
            ))
        sections.append(
            "## 2. Save-to-plan latency\n\n\(latency.plansync.values.count) saves, 50 ms debounce, measured with an inotify watch of the benchmark's own on the spec folder.\n\n"
                + latencyRows.joined(separator: "\n"))

    }

    private mutating func measureFanOut() {
        progress("fan-out")
        var fanRows = ["| spec folders | constitution.md saved → every plan rewritten |", "|---:|---:|"]
        for count in [100, 1000, large] {
            let ms = daemon.fanOut(folders: count)
            fanRows.append("| \(count) | \(duration(ms)) |")
            if count == 1000 { checks.append(("fan-out to 1,000 plans under 1 s", duration(ms), ms < 1000)) }
        }
        sections.append("## 3. Fan-out\n\n" + fanRows.joined(separator: "\n"))

    }

    private mutating func measureStartup() {
        progress("startup")
        var startRows = ["| spec folders | plans | exec → ready |", "|---:|---|---:|"]
        for count in [1000, large] {
            for stale in [false, true] {
                let ms = daemon.startup(folders: count, stale: stale)
                startRows.append("| \(count) | \(stale ? "all stale" : "up to date") | \(duration(ms)) |")
                if count == 1000 && !stale {
                    checks.append(("startup with 1,000 up-to-date specs under 300 ms", duration(ms), ms < 300))
                }
            }
        }
        sections.append("## 4. Startup\n\n" + startRows.joined(separator: "\n"))

    }

    private mutating func measureIdle() {
        progress("idle cost (\(idleSeconds) s windows)")
        var idleRows = [
            "| watcher | spec folders | resident memory | wake-ups in \(idleSeconds) s | system calls in \(idleSeconds) s |",
            "|---|---:|---:|---:|---:|",
        ]
        for count in [1000, large] {
            let own = daemon.idlePlansync(folders: count, seconds: idleSeconds)
            idleRows.append(
                "| plansync run | \(count) | \(format(Double(own.residentKiB) / 1024, 1)) MiB | \(own.wakeups) | \(own.syscalls.map(String.init) ?? "n/a") |"
            )
            if count == 1000 {
                checks.append(
                    (
                        "resident memory under 16 MiB with 1,000 folders",
                        "\(format(Double(own.residentKiB) / 1024, 1)) MiB", own.residentKiB < 16 * 1024
                    ))
                checks.append(
                    (
                        "idle: no wake-ups and no system calls",
                        "\(own.wakeups) wake-ups, \(own.syscalls.map(String.init) ?? "n/a") calls",
                        own.wakeups == 0 && (own.syscalls ?? 0) == 0
                    ))
            }
            if let other = daemon.idleInotifywait(folders: count, seconds: idleSeconds) {
                idleRows.append(
                    "| inotifywait -m -r | \(count) | \(format(Double(other.residentKiB) / 1024, 1)) MiB | \(other.wakeups) | \(other.syscalls.map(String.init) ?? "n/a") |"
                )
            }
        }
        sections.append(
            "## 5. Idle cost\n\nWake-ups are context switches (/proc/PID/status) over the window; system calls are counted by `strace -c -f -p` over a second window of the same length.\n\n"
                + idleRows.joined(separator: "\n"))

    }

    private mutating func measureBurst() {
        progress("burst")
        let burst = daemon.burst(saves: 1000)
        sections.append(
            """
            ## 6. Burst

            | saves of one spec in ~2 s | regenerations | plan writes | CPU time |
            |---:|---:|---:|---:|
            | \(burst.saves) | \(burst.regenerations) | \(burst.writes) | \(duration(burst.cpuMilliseconds)) |

            With the default debounce (200 ms quiet, 2 s at most), a stream of saves is regenerated about once per `maxDelayMs`.
            """)
    }

    func wants(_ section: String) -> Bool { options.only.isEmpty || options.only.contains(section) }

    func markdown() -> String {
        var text = """
            # Benchmarks

            Generated by `swift run -c release plansync-bench --write BENCHMARKS.md`\(options.quick ? " --quick" : ""); do not edit by hand
            (notes go in `Benchmarks/NOTES.md`, which is appended below). Every figure is from one run on the machine below.

            ## Machine

            \(Report.machine())

            ## Targets

            | target | result | met |
            |---|---|---|

            """
        for check in checks { text += "| \(check.target) | \(check.result) | \(check.met ? "yes" : "**no**") |\n" }
        text += "\n" + sections.joined(separator: "\n\n") + "\n"
        let notes = Report.folder(of: Report.folder(of: #filePath)) + "/NOTES.md"
        if let extra = Files.read(notes) { text += "\n" + extra }
        return text
    }

    static func machine() -> String {
        let cpu =
            Files.read("/proc/cpuinfo")?.split(separator: "\n").first { $0.hasPrefix("model name") }.map {
                String($0.split(separator: ":", maxSplits: 1).last ?? "").trimmingSpaces
            } ?? "unknown"
        let cores = sysconf(Int32(_SC_NPROCESSORS_ONLN))
        let memory = (Proc.field("/proc/meminfo", "MemTotal:") ?? 0) / 1024 / 1024
        var names = utsname()
        uname(&names)
        let kernel = withUnsafeBytes(of: names.release) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
        let limits = ["max_user_watches", "max_queued_events"].map {
            "\($0)=\(Files.read("/proc/sys/fs/inotify/\($0)")?.filter(\.isNumber) ?? "?")"
        }.joined(separator: ", ")
        return
            "- CPU: \(cpu), \(cores) cores\n- Memory: \(memory) GiB\n- Kernel: Linux \(kernel); inotify \(limits)\n- Build: `swift build -c release` (Swift 6.3.1)"
    }
}

extension String {
    var trimmingSpaces: String {
        String(drop { $0 == " " || $0 == "\t" }.reversed().drop { $0 == " " || $0 == "\t" }.reversed())
    }
}
