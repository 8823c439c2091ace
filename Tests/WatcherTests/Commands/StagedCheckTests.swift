import Foundation
import Testing

/// `check --staged` and `diff --staged` in a real git repository: what a pre-commit hook sees is
/// the index, not the working tree.
@Suite(.requires(.git)) struct StagedCheckTests {
    static let spec = "# Feature Specification: A\n\n- **FR-001**: System MUST do a thing\n"

    /// A repository whose project lies in `app/`, with one spec and its plan committed.
    static func repository() throws -> Scratch {
        let scratch = try Scratch()
        try scratch.write("app/specs/001-a/spec.md", spec)
        try scratch.write("app/.specify/memory/constitution.md", "# Constitution\n")
        #expect(try Plansync.run(["generate", "app"], in: scratch.url).status == 0)
        try git(["init", "-q"], in: scratch)
        try git(["add", "-A"], in: scratch)
        try git(["commit", "-qm", "first"], in: scratch)
        return scratch
    }

    @discardableResult
    static func git(_ arguments: [String], in scratch: Scratch) throws -> Plansync.Result {
        let result = try Plansync.runProcess(
            URL(fileURLWithPath: "/usr/bin/env"),
            ["git", "-c", "user.name=Test", "-c", "user.email=test@example.com", "-c", "commit.gpgsign=false"]
                + arguments, in: scratch.url)
        try #require(result.status == 0, "git \(arguments): \(result.output)")
        return result
    }

    @Test func aStagedSpecWhosePlanIsNotStagedFailsTheStagedCheckOnly() throws {
        let scratch = try Self.repository()
        try scratch.write("app/specs/001-a/spec.md", Self.spec.replacing("do a thing", with: "do two things"))
        try Self.git(["add", "app/specs/001-a/spec.md"], in: scratch)
        #expect(try Plansync.run(["generate", "app"], in: scratch.url).status == 0)

        let worktree = try Plansync.run(["check", "app"], in: scratch.url)
        #expect(worktree.status == 0, "the working tree is current: \(worktree.output)")
        let staged = try Plansync.run(["check", "--staged", "app"], in: scratch.url)
        #expect(staged.status == 1, "the regenerated plan is not staged: \(staged.output)")
        #expect(staged.stdout.hasPrefix("out of date app/specs/001-a/plan.md ("), "\(staged.stdout)")
        let diff = try Plansync.run(["diff", "--staged", "app"], in: scratch.url)
        #expect(diff.status == 1, "\(diff.output)")
        #expect(
            diff.stdout.contains("--- a/app/specs/001-a/plan.md\n+++ b/app/specs/001-a/plan.md\n"), "\(diff.stdout)")

        try Self.git(["add", "app/specs/001-a/plan.md"], in: scratch)
        let after = try Plansync.run(["check", "--staged", "app"], in: scratch.url)
        #expect(after.status == 0 && after.stdout == "unchanged app/specs/001-a/plan.md\n", "\(after.output)")
    }

    @Test func anUnstagedSpecEditDoesNotFailTheStagedCheck() throws {
        let scratch = try Self.repository()
        try scratch.write("app/specs/001-a/spec.md", Self.spec.replacing("do a thing", with: "do two things"))
        #expect(try Plansync.run(["check", "app"], in: scratch.url).status == 1)
        let staged = try Plansync.run(["check", "--staged"], in: scratch.path("app"))
        #expect(staged.status == 0, "the index is consistent: \(staged.output)")
        #expect(
            staged.stdout == "unchanged specs/001-a/plan.md\n", "paths are shown as the project's own: \(staged.stdout)"
        )
    }

    @Test func aNewSpecStagedWithoutItsPlanIsMissingFromTheIndex() throws {
        let scratch = try Self.repository()
        try scratch.write("app/specs/002-b/spec.md", Self.spec.replacing("A\n", with: "B\n"))
        #expect(try Plansync.run(["generate", "app"], in: scratch.url).status == 0)
        try Self.git(["add", "app/specs/002-b/spec.md"], in: scratch)
        let staged = try Plansync.run(["check", "--staged", "app/specs/002-b"], in: scratch.url)
        #expect(staged.status == 1, "\(staged.output)")
        #expect(staged.stdout.hasPrefix("out of date app/specs/002-b/plan.md (missing, "), "\(staged.stdout)")
    }

    @Test func stagedOutsideAGitRepositorySaysSo() throws {
        let scratch = try Scratch()
        try scratch.write("app/specs/001-a/spec.md", Self.spec)
        let result = try Plansync.run(
            ["check", "--staged", "app"], in: scratch.url, environment: ["GIT_CEILING_DIRECTORIES": scratch.url.path])
        #expect(result.status == 2, "\(result.output)")
        #expect(result.stderr.contains("is not in a git work tree"), "\(result.stderr)")
    }
}
