import Foundation
import Glibc
import Testing

/// A person saves plan.md just as the daemon regenerates it after a spec change: the hand edit
/// must survive, whichever way the editor saves and whichever of the two writes lands last.
@Suite(.serialized) struct PlanSaveRaceTests {
    /// Projects raced at once, one spec folder each: the daemon debounces each root on its own,
    /// so the saves of one round do not hold back each other's regeneration.
    static let projects = 25
    static let debounceMs = 50
    static let jitterMs = 15
    /// The hand edit goes under this line, in Risks & Mitigations, which the spec change leaves alone.
    static let anchor =
        "No significant risks found in the spec beyond ordinary delivery: it has no open question, hard target, migration, external service, personal data or secret.\n"

    enum SaveStyle: String, CaseIterable {
        /// open(O_TRUNC) and write, as VS Code and nano do.
        case inPlace = "in place"
        /// A temporary file renamed over plan.md, as JetBrains IDEs and `sed -i` do.
        case byRename = "by rename"
    }

    /// `projects` roots `p00`, `p01`… with one spec each, and a config for them.
    struct Race {
        let scratch: Scratch
        let names: [String]

        init(projects: Int) throws {
            scratch = try Scratch()
            names = (0..<projects).map { String(format: "p%02d", $0) }
            for name in names { try scratch.write("\(name)/specs/001-race/spec.md", PlanSaveRaceTests.spec(round: 0)) }
        }

        func plan(_ index: Int) -> URL { scratch.path("\(names[index])/specs/001-race/plan.md") }
        func spec(_ index: Int) -> URL { scratch.path("\(names[index])/specs/001-race/spec.md") }

        /// A daemon serving these roots and `others`.
        func start(config name: String = "config.json", others: [String] = []) throws -> DaemonProcess {
            let config = scratch.path(name)
            try DaemonProject.writeConfig(config, roots: names + others, debounceMs: PlanSaveRaceTests.debounceMs)
            let daemon = try DaemonProcess(config: config, in: scratch.url)
            try daemon.waitFor(event: "ready", timeout: 30)
            return daemon
        }
    }

    static func spec(round: Int) -> String { DaemonProject.spec("Race", requirement: "System MUST do round \(round)") }
    static func handEdit(round: Int, project: Int) -> String { "- Hand edit \(round) of project \(project)\n" }

    static func save(_ text: String, to url: URL, style: SaveStyle) throws {
        let bytes = Array(text.utf8)
        let target =
            style == .inPlace
            ? url.path : url.deletingLastPathComponent().appendingPathComponent(".plan.md.saving").path
        let fd = open(target, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        try #require(fd >= 0, "cannot open \(target)")
        let written = bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        close(fd)
        try #require(written == bytes.count)
        if style == .byRename { try #require(rename(target, url.path) == 0) }
    }

    /// One round: every project's spec changes and its plan.md, as an editor loaded it before,
    /// is saved with a hand edit when the regeneration falls due, give or take `jitterMs`.
    /// Returns the projects whose hand edit is not in plan.md once the daemon has settled.
    static func round(_ round: Int, of race: Race, daemon: DaemonProcess, style: SaveStyle) throws -> [Int] {
        let mark = daemon.lineCount
        var saves: [(at: Date, project: Int, text: String)] = []
        for project in race.names.indices {
            let buffer = try String(contentsOf: race.plan(project), encoding: .utf8)
            try #require(buffer.contains(anchor), "the plan has no \(anchor)")
            try spec(round: round).write(to: race.spec(project), atomically: false, encoding: .utf8)
            let delay = Double(debounceMs + Int.random(in: -jitterMs...jitterMs)) / 1000
            saves.append(
                (
                    Date().addingTimeInterval(delay), project,
                    buffer.replacing(anchor, with: anchor + handEdit(round: round, project: project))
                ))
        }
        for save in saves.sorted(by: { $0.at < $1.at }) {
            let wait = save.at.timeIntervalSinceNow
            if wait > 0 { usleep(UInt32(wait * 1_000_000)) }
            try Self.save(save.text, to: race.plan(save.project), style: style)
        }
        try daemon.waitUntilSettled(folders: race.names.count, after: mark)
        return lost(round: round, of: race)
    }

    static func lost(round: Int, of race: Race) -> [Int] {
        race.names.indices.filter { project in
            !((try? String(contentsOf: race.plan(project), encoding: .utf8)) ?? "").contains(
                handEdit(round: round, project: project))
        }
    }

    /// Races `rounds` rounds per style, then stops the daemons (writing what is pending) and
    /// looks at the last round again. Returns a line per lost edit.
    static func race(_ race: Race, daemons: [DaemonProcess], rounds: Int, styles: [SaveStyle]) throws -> [String] {
        var lost: [(round: Int, project: Int, style: SaveStyle)] = []
        var last = (round: 0, style: SaveStyle.inPlace)
        for style in styles {
            for _ in 0..<rounds {
                last = (last.round + 1, style)
                lost += try round(last.round, of: race, daemon: daemons[0], style: style).map {
                    (last.round, $0, style)
                }
            }
        }
        for daemon in daemons {
            daemon.signal(SIGTERM)
            #expect(try daemon.waitForExit() == 0)
        }
        let late = Self.lost(round: last.round, of: race).filter { project in
            !lost.contains { $0.round == last.round && $0.project == project }
        }
        lost += late.map { (last.round, $0, last.style) }
        return lost.map { "round \($0.round) (\($0.style.rawValue)), p\($0.project)" }
    }

    @Test(arguments: SaveStyle.allCases)
    func aHandEditSavedAsThePlanIsRegeneratedIsNeverLost(style: SaveStyle) throws {
        let race = try Race(projects: Self.projects)
        let daemon = try race.start()
        let rounds = 200 / Self.projects
        let lost = try Self.race(race, daemons: [daemon], rounds: rounds, styles: [style])
        #expect(
            lost.isEmpty,
            "\(lost.count) of \(rounds * Self.projects) hand edits saved \(style.rawValue) were lost: \(lost.prefix(8))"
        )
        let errors = daemon.events.filter { $0["event"] as? String == "error" }
        #expect(errors.isEmpty, "\(errors.prefix(3))")
    }

    @Test func aSecondDaemonOnTheSameRootsLeavesThemToTheFirst() throws {
        let race = try Race(projects: Self.projects)
        try race.scratch.write("own/specs/001-own/spec.md", DaemonProject.spec("Own"))
        let first = try race.start()
        // The second one also has a root of its own, which it serves.
        let second = try race.start(config: "second.json", others: ["own"])
        let refused = second.events.filter {
            $0["event"] as? String == "error" && ($0["message"] as? String ?? "").contains("pid \(first.pid)")
        }
        #expect(
            refused.count == Self.projects,
            "the second daemon must name the first one's pid for each shared root: \(second.events.filter { $0["event"] as? String == "error" }.prefix(2))"
        )
        #expect(
            second.events.contains {
                $0["event"] as? String == "plan.updated" && $0["plan"] as? String == "specs/001-own/plan.md"
            },
            "the second daemon must still serve its own root")
        let lost = try Self.race(race, daemons: [first, second], rounds: 2, styles: SaveStyle.allCases)
        #expect(
            lost.isEmpty,
            "\(lost.count) of \(4 * Self.projects) hand edits were lost with two daemons on the same roots: \(lost.prefix(8))"
        )
    }
}
