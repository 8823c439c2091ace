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
            #expect(commandHelp.status == 0 && commandHelp.stdout.contains("USAGE: plansync \(command)"), "\(command): \(commandHelp.output)")
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
        ("{\n  \"roots\": [\"p\"],\n  \"debounceMs\": 200,,\n}", "line 3"),
    ])
    func invalidConfigExits78NamingTheProblem(config: String, message: String) throws {
        let scratch = try Scratch()
        try scratch.write("config.json", config)
        let result = try Plansync.run(["generate", "--config", "config.json"], in: scratch.url)
        #expect(result.status == 78, "\(result.output)")
        #expect(result.stderr.contains(message), "expected \(message) in: \(result.stderr)")
    }

    @Test func configIsFoundInXDGConfigHomeAndRootsAreRelativeToIt() throws {
        let scratch = try Scratch()
        try scratch.write("xdg/plansync/config.json", #"{"roots": ["../../p"], "stack": {"backend": "Go 1.22"}}"#)
        try scratch.write("p/specs/001-a/spec.md", "# Feature Specification: A\n\n- **FR-001**: System MUST do a thing\n")
        let result = try Plansync.run(["generate"], in: scratch.url, environment: ["XDG_CONFIG_HOME": scratch.path("xdg").path])
        #expect(result.status == 0, "\(result.output)")
        #expect(try scratch.read("p/specs/001-a/plan.md").contains("- **Backend**: Go 1.22"))
    }
}
