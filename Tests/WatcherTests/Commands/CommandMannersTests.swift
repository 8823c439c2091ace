import Foundation
import Testing

@testable import Watcher

/// The command line's manners, as a Spec Kit user meets them: suggestions for typos, exact
/// messages for missing paths, the current project as the default, diff's exit status like
/// `git diff --exit-code`, `--quiet` and `--verbose`, `--config /dev/null`.
@Suite struct CommandMannersTests {
    static let spec = "# Feature Specification: A\n\n- **FR-001**: System MUST do a thing\n"

    @Test(arguments: ["-V", "--version"])
    func versionPrintsTheOneVersion(_ flag: String) throws {
        let scratch = try Scratch()
        let result = try Plansync.run([flag], in: scratch.url)
        #expect(result.status == 0 && result.stdout == "plansync \(plansyncVersion)\n", "\(result.output)")
    }

    @Test(arguments: [
        (["genrate"], "unknown command 'genrate'; did you mean 'generate'?"),
        (["chek", "."], "unknown command 'chek'; did you mean 'check'?"),
        (["uninstall-servce"], "did you mean 'uninstall-service'?"),
        (["-v"], "unknown option '-v'; did you mean '-V'?"),
        (["--verison"], "did you mean '--version'?"),
        (["generate", "--forse"], "unknown option '--forse' for 'plansync generate'; did you mean '--force'?"),
        (["check", "--stagd"], "did you mean '--staged'?"),
        (["diff", "--quite"], "did you mean '--quiet'?"),
    ])
    func aMistypedCommandOrOptionGetsASuggestion(arguments: [String], message: String) throws {
        let scratch = try Scratch()
        let result = try Plansync.run(arguments, in: scratch.url)
        #expect(result.status == 64, "\(result.output)")
        #expect(result.stderr.contains(message), "\(result.stderr)")
    }

    @Test func aWordFarFromEveryCommandGetsNoGuess() throws {
        let scratch = try Scratch()
        let result = try Plansync.run(["frobnicate"], in: scratch.url)
        #expect(result.status == 64 && !result.stderr.contains("did you mean"), "\(result.stderr)")
        #expect(result.stderr.contains("commands: run, generate, check, diff"), "\(result.stderr)")
    }

    @Test(arguments: [("generate", Int32(1)), ("check", 2), ("diff", 2)])
    func aMissingPathSaysItDoesNotExist(command: String, status: Int32) throws {
        let scratch = try Scratch()
        try scratch.write("p/specs/001-a/spec.md", Self.spec)
        let result = try Plansync.run([command, "nowhere", "p"], in: scratch.url)
        #expect(result.status == status, "\(result.output)")
        #expect(result.stderr == "error nowhere: does not exist\n", "\(result.stderr)")
        if command == "generate" { #expect(scratch.exists("p/specs/001-a/plan.md"), "the other path was not done") }
    }

    @Test func aFolderThatIsNoProjectSaysWhatIsMissing() throws {
        let scratch = try Scratch()
        try scratch.write("notes/readme.md", "notes\n")
        let result = try Plansync.run(["generate", "notes"], in: scratch.url)
        #expect(result.status == 1)
        #expect(
            result.stderr.contains("notes: not a Spec Kit project (no specs/ or .specify/ folder)"), "\(result.stderr)")
    }

    @Test func theCurrentSpecKitProjectIsTheDefaultPath() throws {
        let scratch = try Scratch()
        try scratch.write("p/specs/001-a/spec.md", Self.spec)
        let result = try Plansync.run(["generate"], in: scratch.path("p"))
        #expect(result.status == 0, "\(result.output)")
        #expect(result.stdout.hasPrefix("wrote specs/001-a/plan.md (new, "), "\(result.stdout)")
        let check = try Plansync.run(["check"], in: scratch.path("p"))
        #expect(check.status == 0 && check.stdout == "unchanged specs/001-a/plan.md\n", "\(check.output)")
    }

    @Test func aProjectSpecKitInitialisedWithoutFeaturesIsNothingToDo() throws {
        let scratch = try Scratch()
        try scratch.write("p/.specify/memory/constitution.md", "# Constitution\n")
        let result = try Plansync.run(["check"], in: scratch.path("p"))
        #expect(result.status == 0 && result.stderr.isEmpty, "\(result.output)")
    }

    @Test func diffExitsOneWhenAPlanWouldChangeAndZeroWhenNone() throws {
        let scratch = try Scratch()
        try scratch.write("p/specs/001-a/spec.md", Self.spec)
        let missing = try Plansync.run(["diff", "p"], in: scratch.url)
        #expect(missing.status == 1 && missing.stdout.contains("+++ b/p/specs/001-a/plan.md"), "\(missing.output)")
        let quiet = try Plansync.run(["diff", "--quiet", "p"], in: scratch.url)
        #expect(quiet.status == 1 && quiet.output.isEmpty, "diff --quiet says it by its status alone: \(quiet.output)")
        #expect(try Plansync.run(["generate", "p"], in: scratch.url).status == 0)
        let none = try Plansync.run(["diff", "p"], in: scratch.url)
        #expect(none.status == 0 && none.output.isEmpty, "\(none.output)")
    }

    @Test func quietPrintsOnlyProblems() throws {
        let scratch = try Scratch()
        try scratch.write("p/specs/001-a/spec.md", Self.spec)
        try scratch.writeBytes("p/specs/002-b/spec.md", [0x23, 0x20, 0xFF, 0x0A])
        let generate = try Plansync.run(["generate", "-q", "p"], in: scratch.url)
        #expect(generate.status == 1 && generate.stdout.isEmpty, "\(generate.output)")
        #expect(generate.stderr.hasPrefix("error p/specs/002-b/plan.md:"), "\(generate.stderr)")
        try FileManager.default.removeItem(at: scratch.path("p/specs/002-b"))
        try scratch.write("p/specs/001-a/spec.md", Self.spec.replacing("do a thing", with: "do two things"))
        let check = try Plansync.run(["check", "--quiet", "p"], in: scratch.url)
        #expect(check.status == 1 && check.stdout.hasPrefix("out of date p/specs/001-a/plan.md"), "\(check.output)")
        let unchangedCheck = try Plansync.run(["generate", "--quiet", "p"], in: scratch.url)
        #expect(unchangedCheck.status == 0 && unchangedCheck.output.isEmpty, "\(unchangedCheck.output)")
    }

    @Test func verboseSaysWhatWasRead() throws {
        let scratch = try Scratch()
        try scratch.write("p/specs/001-a/spec.md", Self.spec)
        try scratch.write("config.json", #"{"roots": ["p"]}"#)
        let result = try Plansync.run(["diff", "--verbose", "--config", "config.json"], in: scratch.url)
        #expect(result.status == 1, "\(result.output)")
        #expect(
            result.stdout.hasPrefix("--- /dev/null\n"), "verbose lines must stay off diff's stdout: \(result.stdout)")
        #expect(
            result.stderr == "config: \(scratch.path("config.json").path)\nproject p: 1 spec folder(s)\n",
            "\(result.stderr)")
    }

    @Test func quietAndVerboseTogetherIsAUsageError() throws {
        let scratch = try Scratch()
        let result = try Plansync.run(["check", "-q", "-v", "."], in: scratch.url)
        #expect(result.status == 64 && result.stderr.contains("--quiet and --verbose"), "\(result.output)")
    }

    @Test func configDevNullIsTheEmptyConfig() throws {
        let scratch = try Scratch()
        try scratch.write("p/specs/001-a/spec.md", Self.spec)
        let result = try Plansync.run(["generate", "--config", "/dev/null", "p"], in: scratch.url)
        #expect(result.status == 0 && scratch.exists("p/specs/001-a/plan.md"), "\(result.output)")
        let none = try Plansync.run(["check", "--config", "/dev/null"], in: scratch.url)
        #expect(
            none.status == 64 && none.stderr.contains("nothing to do"), "an empty config has no roots: \(none.output)")
        let missing = try Plansync.run(["check", "--config", "gone.json", "p"], in: scratch.url)
        #expect(missing.status == 78, "\(missing.output)")
        #expect(missing.stderr.contains("gone.json: does not exist"), "\(missing.stderr)")
    }

    @Test func runWarnsOfARootThatIsNoSpecKitProject() throws {
        let scratch = try Scratch()
        try scratch.write("plain/readme.md", "not a project\n")
        try DaemonProject.writeConfig(scratch.path("config.json"), roots: ["plain"])
        let daemon = try DaemonProcess(config: scratch.path("config.json"), in: scratch.url)
        let warning = try daemon.waitFor(event: "root.unknown")
        #expect(warning["level"] as? String == "warning")
        #expect((warning["message"] as? String)?.contains("has no specs/ and no .specify/") == true, "\(warning)")
        try daemon.waitFor(event: "ready")
        try scratch.write("plain/specs/001-a/spec.md", Self.spec)
        try daemon.waitFor(event: "plan.updated", plan: "specs/001-a/plan.md")
        daemon.signal(SIGTERM)
        #expect(try daemon.waitForExit() == 0)
    }
}
