import Foundation
import Testing

@testable import Watcher

/// Folder names with control characters reach text logs and the terminal escaped, one line each.
@Suite struct ControlCharacterTests {
    /// A line break and a journald priority: unescaped, the rest would read as an error line.
    static let forging = "001-x\n<3>forged error"
    /// A terminal escape sequence that would turn the terminal red.
    static let colouring = "002-\u{1b}[31mred"

    @Test(arguments: [
        ("plain/path", "plain/path"),
        ("a\nb", "a\\nb"),
        ("a\tb\r", "a\\tb\\r"),
        ("\u{1b}[31m", "\\x1b[31m"),
        ("\u{0}\u{7f}", "\\x00\\x7f"),
        ("\u{85}\u{9b}", "\\u0085\\u009b"),
        ("café 日本 \\n", "café 日本 \\n"),
    ])
    func controlCharactersAreEscaped(text: String, escaped: String) {
        #expect(ControlCharacters.escaped(text) == escaped)
        #expect(ControlCharacters.escaped(escaped) == escaped, "escaping twice changes nothing")
    }

    static func project() throws -> Scratch {
        let scratch = try Scratch()
        for folder in [forging, colouring] { try scratch.write("p/specs/\(folder)/spec.md", CheckAndDiffTests.spec) }
        return scratch
    }

    static func expectClean(_ output: String, lines: Int, _ command: String) {
        #expect(!output.contains("\u{1b}"), "\(command): an escape sequence reached the terminal: \(output)")
        #expect(output.split(separator: "\n").count == lines, "\(command): a name broke a line: \(output)")
        #expect(!output.contains("\n<3>"), "\(command): a name forged a journald line: \(output)")
    }

    @Test func generateAndCheckPrintEachNameOnItsOwnLineEscaped() throws {
        let scratch = try Self.project()
        let generate = try Plansync.run(["generate", "p"], in: scratch.url)
        Self.expectClean(generate.stdout, lines: 2, "generate")
        #expect(generate.stdout.contains("wrote p/specs/001-x\\n<3>forged error/plan.md (new, "), "\(generate.stdout)")
        #expect(generate.stdout.contains("wrote p/specs/002-\\x1b[31mred/plan.md (new, "), "\(generate.stdout)")
        #expect(scratch.exists("p/specs/\(Self.forging)/plan.md"), "the plan itself is written under the real name")

        try scratch.write(
            "p/specs/\(Self.forging)/spec.md",
            CheckAndDiffTests.spec.replacing("Do a thing.", with: "Do another thing."))
        let check = try Plansync.run(["check", "p"], in: scratch.url)
        Self.expectClean(check.stdout, lines: 2, "check")
        #expect(check.stdout.contains("out of date p/specs/001-x\\n<3>forged error/plan.md"), "\(check.stdout)")
    }

    @Test func errorsThatNameAPathAreEscaped() throws {
        let scratch = try Scratch()
        try scratch.writeBytes("p/specs/\(Self.colouring)/spec.md", [0xFF, 0xFE])
        let result = try Plansync.run(["generate", "p", "nowhere\n<3>\u{1b}]0;title\u{07}"], in: scratch.url)
        Self.expectClean(result.stderr, lines: 2, "generate")
        #expect(result.stderr.contains("error p/specs/002-\\x1b[31mred/plan.md: "), "\(result.stderr)")
        #expect(result.stderr.contains("2-\\x1b[31mred/spec.md is not valid UTF-8"), "\(result.stderr)")
        #expect(
            result.stderr.contains("error nowhere\\n<3>\\x1b]0;title\\x07: does not exist"), "\(result.stderr)")
    }

    @Test func textLogLinesHoldOneEventEach() throws {
        let project = try DaemonProject(specs: [
            Self.forging: DaemonProject.spec("Forged"), Self.colouring: DaemonProject.spec("Red"),
        ])
        try #"{"roots": ["project"], "debounceMs": 50, "logLevel": "debug"}"#.write(
            to: project.config, atomically: false, encoding: .utf8)
        let daemon = try DaemonProcess(config: project.config, in: project.scratch.url)
        let deadline = Date().addingTimeInterval(15)
        while !daemon.log.contains(where: { $0.contains(" info ready ") }) && Date() < deadline {
            _ = try? daemon.waitFor("a text line", after: daemon.lineCount, timeout: 0.5) { _ in false }
        }
        daemon.signal(SIGTERM)
        #expect(try daemon.waitForExit() == 0)
        let log = daemon.log
        #expect(log.contains { $0.contains(" info ready ") }, "\(log)")
        for line in log {
            #expect(
                line.hasPrefix("20") && line.dropFirst(10).hasPrefix("T"), "a line that is no event of its own: \(line)"
            )
            #expect(!line.contains("\u{1b}"), "an escape sequence reached the log: \(line)")
        }
        #expect(
            log.contains { $0.contains("info plan.updated specs/001-x\\n<3>forged error/plan.md (startup)") }, "\(log)")
        #expect(log.contains { $0.contains("info plan.updated specs/002-\\x1b[31mred/plan.md (startup)") }, "\(log)")
    }

    @Test func jsonLogLinesKeepTheRealName() throws {
        let project = try DaemonProject(specs: [Self.forging: DaemonProject.spec("Forged")])
        let daemon = try project.start()
        #expect(
            daemon.events.contains {
                $0["event"] as? String == "plan.updated" && $0["plan"] as? String == "specs/\(Self.forging)/plan.md"
            }, "\(daemon.log)")
    }
}
