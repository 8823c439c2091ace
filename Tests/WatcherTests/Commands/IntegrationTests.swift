import Foundation
import Testing

/// plansync where Spec Kit users already check their work: the pre-commit framework's hook
/// (this repository's .pre-commit-hooks.yaml, run by the real `pre-commit` tool) and the GitHub
/// Action's check step.
@Suite(.requires(.git)) struct IntegrationTests {
    /// The tool, and this package as a git checkout for `pre-commit try-repo` to clone.
    static let preCommit = Prerequisite.probe(
        "\(TestData.packageRoot.path) is not a git checkout", after: [.tool("pre-commit", package: "pre-commit")]
    ) { FileManager.default.fileExists(atPath: TestData.packageRoot.appendingPathComponent(".git").path) }

    /// The environment with the built plansync first on PATH, as an installed one would be.
    static func environment(_ scratch: Scratch) -> [String: String] {
        var env = ProcessInfo.processInfo.environment
        env["PATH"] = Plansync.executable.deletingLastPathComponent().path + ":" + (env["PATH"] ?? "/usr/bin:/bin")
        env["HOME"] = scratch.url.path
        env["XDG_CONFIG_HOME"] = scratch.path(".no-config").path
        env["PRE_COMMIT_HOME"] = scratch.path(".pre-commit-cache").path
        env["GIT_CEILING_DIRECTORIES"] = scratch.url.deletingLastPathComponent().path
        return env
    }

    static func run(_ arguments: [String], in scratch: Scratch) throws -> Plansync.Result {
        try Plansync.runProcess(
            URL(fileURLWithPath: "/usr/bin/env"), arguments, in: scratch.url, environment: environment(scratch))
    }

    @Test(.requires(preCommit))
    func thePreCommitHookRefusesACommitWhosePlanIsNotStaged() throws {
        // A Spec Kit project at the repository's root, as `specify init` makes it.
        let scratch = try Scratch()
        try scratch.write("specs/001-a/spec.md", StagedCheckTests.spec)
        try scratch.write(".specify/memory/constitution.md", "# Constitution\n")
        #expect(try Plansync.run(["generate", "."], in: scratch.url).status == 0)
        try StagedCheckTests.git(["init", "-q"], in: scratch)
        try StagedCheckTests.git(["add", "specs", ".specify"], in: scratch)
        try StagedCheckTests.git(["commit", "-qm", "first"], in: scratch)
        try scratch.write("specs/001-a/spec.md", StagedCheckTests.spec.replacing("do a thing", with: "do two"))
        try StagedCheckTests.git(["add", "specs/001-a/spec.md"], in: scratch)
        #expect(try Plansync.run(["generate"], in: scratch.url).status == 0)

        // try-repo runs the hook as this repository defines it, uncommitted changes included.
        let hook = ["pre-commit", "try-repo", TestData.packageRoot.path, "plansync-check", "--verbose"]
        let refused = try Self.run(hook, in: scratch)
        #expect(refused.status == 1, "the hook let an unstaged plan through: \(refused.output)")
        #expect(refused.output.contains("out of date specs/001-a/plan.md"), "\(refused.output)")
        #expect(refused.output.contains("then stage them (git add)"), "\(refused.output)")

        try StagedCheckTests.git(["add", "specs/001-a/plan.md"], in: scratch)
        let passed = try Self.run(hook, in: scratch)
        #expect(passed.status == 0, "\(passed.output)")
        #expect(passed.output.contains("plansync check (plans match the staged specs)"), "\(passed.output)")
    }

    @Test func theActionCheckFailsWithTheDiffAndPassesOnceGenerated() throws {
        let scratch = try Scratch()
        try scratch.write("app/specs/001-a/spec.md", StagedCheckTests.spec)
        let script = TestData.packageRoot.appendingPathComponent("packaging/action-check").path
        var env = Self.environment(scratch)
        env["PLANSYNC_PATHS"] = "app"
        let failed = try Plansync.runProcess(URL(fileURLWithPath: script), [], in: scratch.url, environment: env)
        #expect(failed.status == 1, "\(failed.output)")
        #expect(failed.stdout.contains("::error title=plansync::"), "\(failed.stdout)")
        #expect(failed.stdout.contains("+++ b/app/specs/001-a/plan.md"), "the diff is not shown: \(failed.stdout)")
        #expect(try Plansync.run(["generate", "app"], in: scratch.url).status == 0)
        let passed = try Plansync.runProcess(URL(fileURLWithPath: script), [], in: scratch.url, environment: env)
        #expect(passed.status == 0 && !passed.stdout.contains("::error"), "\(passed.output)")
    }
}
