import Glibc

/// plansync-bench: measures plansync on this machine and prints (or writes) BENCHMARKS.md.
///
///     swift run -c release plansync-bench                      # print the report
///     swift run -c release plansync-bench --write BENCHMARKS.md
///     swift run -c release plansync-bench --quick              # smaller trees, shorter windows
struct Options {
    var quick = false
    /// Sections to run (generation, large, latency, fanout, startup, idle, burst); empty for all.
    var only: Set<String> = []
    var write: String?
    var plansync: String
    var corpus: String
}

func parseOptions() -> Options {
    let me = Report.executablePath()
    let packageRoot = Report.folder(of: Report.folder(of: Report.folder(of: #filePath)))
    var options = Options(
        plansync: Report.folder(of: me) + "/plansync", corpus: Report.folder(of: packageRoot) + "/shared/corpus")
    var arguments = CommandLine.arguments.dropFirst()[...]
    while let argument = arguments.popFirst() {
        switch argument {
        case "--quick": options.quick = true
        case "--profile-generation":
            // A loop to run under perf or callgrind: the corpus, over and over.
            let rows = GenerationBench.corpus(root: options.corpus, iterations: Int(arguments.popFirst() ?? "20") ?? 20)
            for row in rows { print(row.name, duration(row.sample.median)) }
            GenerationBench.stages(root: options.corpus)
            exit(0)
        case "--profile-large":
            // One large spec, once, to run under callgrind: STORIES REQUIREMENTS.
            let stories = Int(arguments.popFirst() ?? "") ?? 3000
            let requirements = Int(arguments.popFirst() ?? "") ?? 12000
            let row = LargeSpecBench.run(
                .init(name: "profile", stories: stories, requirements: requirements), iterations: 1)
            print(
                "\(row.bytes) bytes, \(row.planLines) plan lines: render \(duration(row.render)), update \(duration(row.update))"
            )
            exit(0)
        case "--write": options.write = arguments.popFirst()
        case "--only": options.only.formUnion((arguments.popFirst() ?? "").split(separator: ",").map(String.init))
        case "--plansync": options.plansync = arguments.popFirst() ?? options.plansync
        case "--corpus": options.corpus = arguments.popFirst() ?? options.corpus
        case "-h", "--help":
            print(
                """
                USAGE: plansync-bench [--quick] [--only SECTION,...] [--write FILE] [--plansync PATH] [--corpus PATH]

                Measures generation time, save-to-plan latency, fan-out, startup, idle cost and bursts
                on temporary trees under /var/tmp, and prints the report (BENCHMARKS.md's content).
                Build in release mode first: swift build -c release.
                """)
            exit(0)
        default:
            Report.fail("unknown option \(argument); see --help")
        }
    }
    guard access(options.plansync, X_OK) == 0 else {
        Report.fail("no plansync binary at \(options.plansync); run 'swift build -c release' first or pass --plansync")
    }
    return options
}

let options = parseOptions()
var report = Report(options: options)
report.run()
let text = report.markdown()
if let path = options.write {
    Files.write(path, text)
    print("wrote \(path)")
} else {
    print(text, terminator: "")
}
