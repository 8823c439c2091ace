import Foundation
import Testing

/// The command line's manners: help, version, usage errors (64) and config errors (78).
@Suite struct CommandLineTests {
    @Test func helpAndVersion() throws {
        let scratch = try Scratch()
        let help = try Plansync.run(["--help"], in: scratch.url)
        #expect(help.status == 0 && help.stdout.contains("USAGE: plansync COMMAND") && help.stdout.contains("generate"))
        for command in ["generate", "check", "diff"] {
            let commandHelp = try Plansync.run([command, "--help"], in: scratch.url)
            #expect(
                commandHelp.status == 0 && commandHelp.stdout.contains("USAGE: plansync \(command)"),
                "\(command): \(commandHelp.output)")
        }
        let version = try Plansync.run(["--version"], in: scratch.url)
        #expect(version.status == 0 && version.stdout.hasPrefix("plansync "))
    }

    @Test(arguments: [["frobnicate"], ["generate", "--frob"], ["generate", "--config"], ["--bogus"]])
    func usageErrorsExit64WithAHint(_ arguments: [String]) throws {
        let scratch = try Scratch()
        let result = try Plansync.run(arguments, in: scratch.url)
        #expect(result.status == 64, "\(arguments): \(result.output)")
        #expect(result.stderr.contains("--help"), "\(result.stderr)")
    }

    @Test func nothingToDoIsAUsageError() throws {
        let scratch = try Scratch()
        let result = try Plansync.run(["generate"], in: scratch.url)
        #expect(result.status == 64)
        #expect(result.stderr.contains("roots"))
    }

    @Test func aPathThatIsNoProjectIsAnError() throws {
        let scratch = try Scratch()
        try scratch.write("nowhere/notes.md", "notes\n")
        let result = try Plansync.run(["generate", "nowhere"], in: scratch.url)
        #expect(result.status == 1)
        #expect(result.stderr.contains("nowhere: not a Spec Kit project"))
    }

    @Test(arguments: [
        (#"{"roots": ["p"], "colour": 1}"#, #"unknown key "colour""#),
        (#"{"roots": "p"}"#, #""roots" must be an array"#),
        (#"{"debounceMs": "fast"}"#, #""debounceMs" must be a whole number"#),
        (#"{"estimates": {"daysPerStory": 2}}"#, #"unknown key "estimates.daysPerStory""#),
        (#"{"stack": {"backend": 3}}"#, #""stack.backend" must be a non-empty string"#),
        (#"{"logFormat": "xml"}"#, #""logFormat" must be one of"#),
        (#"{"watch": "fanotify"}"#, #""watch" must be one of "auto", "inotify", "poll""#),
        (#"{"pollIntervalMs": 10}"#, #""pollIntervalMs" must be a whole number from 100 to 600000, not that"#),
        (#"{"pollIntervalMs": "1s"}"#, #""pollIntervalMs" must be a whole number from 100 to 600000, not a string"#),
        ("{\n  \"roots\": [\"p\"],\n  \"debounceMs\": 200,,\n}", "line 3"),
        (
            #"{"stack": {"backend": "NestJS\n## Injected heading"}}"#,
            #""stack.backend" must be one line of text, without control characters; it holds U+000A (\n)"#
        ),
        (#"{"stack": {"cache": "Redis\u001b[31m"}}"#, #""stack.cache" must be one line of text"#),
        (
            "{\"roots\": [\"p\"], \"debounceMs\": \u{a0}200}",
            "line 1, column 32: unexpected character U+00A0 where a value was expected"
        ),
    ])
    func invalidConfigExits78NamingTheProblem(config: String, message: String) throws {
        let scratch = try Scratch()
        try scratch.write("config.json", config)
        let result = try Plansync.run(["generate", "--config", "config.json"], in: scratch.url)
        #expect(result.status == 78, "\(result.output)")
        #expect(result.stderr.contains(message), "expected \(message) in: \(result.stderr)")
    }

    @Test func aDeeplyNestedConfigExits78NamingLineAndColumn() throws {
        let scratch = try Scratch()
        try scratch.write(
            "config.json",
            "{\"roots\":\n" + String(repeating: "[", count: 50_000) + String(repeating: "]", count: 50_000) + "}")
        let result = try Plansync.run(["generate", "--config", "config.json"], in: scratch.url)
        #expect(
            result.status == 78,
            "a 100 KB config must not crash plansync (139 is SIGSEGV): \(result.stderr.prefix(300))")
        #expect(
            result.stderr.contains("line 2, column 64: arrays and objects nested more than 64 levels deep"),
            "\(result.stderr.prefix(300))")
    }

    @Test func aConfigWithAByteOrderMarkIsRead() throws {
        let scratch = try Scratch()
        try scratch.writeBytes("config.json", [0xEF, 0xBB, 0xBF] + Array(#"{"roots": ["p"]}"#.utf8))
        try scratch.write(
            "p/specs/001-a/spec.md", "# Feature Specification: A\n\n- **FR-001**: System MUST do a thing\n")
        let result = try Plansync.run(["generate", "--config", "config.json"], in: scratch.url)
        #expect(result.status == 0, "\(result.output)")
        #expect(scratch.exists("p/specs/001-a/plan.md"))
    }

    @Test func aTooLargeConfigIsReportedAgainstTheConfigLimit() throws {
        let scratch = try Scratch()
        try scratch.write("config.json", "{\"roots\": [" + String(repeating: " ", count: 2_000_000 - 13) + "]}")
        let result = try Plansync.run(["generate", "--config", "config.json"], in: scratch.url)
        #expect(result.status == 78, "\(result.output)")
        #expect(
            result.stderr.contains("config.json: is 2000000 bytes, over the 1 MiB limit for a config file"),
            "\(result.stderr)")
        #expect(!result.stderr.contains("maxSpecBytes"), "a config is not a spec: \(result.stderr)")
    }

    @Test func configIsFoundInXDGConfigHomeAndRootsAreRelativeToIt() throws {
        let scratch = try Scratch()
        try scratch.write("xdg/plansync/config.json", #"{"roots": ["../../p"], "stack": {"backend": "Go 1.22"}}"#)
        try scratch.write(
            "p/specs/001-a/spec.md", "# Feature Specification: A\n\n- **FR-001**: System MUST do a thing\n")
        let result = try Plansync.run(
            ["generate"], in: scratch.url, environment: ["XDG_CONFIG_HOME": scratch.path("xdg").path])
        #expect(result.status == 0, "\(result.output)")
        #expect(try scratch.read("p/specs/001-a/plan.md").contains("- **Backend**: Go 1.22"))
    }
}
