import Foundation
import Testing

/// `git checkout` with the daemon running: a checkout writes spec.md and plan.md in one burst,
/// and a committed plan that is current for its inputs must come out of it untouched.
@Suite(.serialized) struct GitCheckoutTests {
    static let specCount = 300
    static let git = "git -c user.email=t@example.com -c user.name=t -c advice.detachedHead=false"

    static func folder(_ number: Int) -> String { String(format: "%03d-feature", number) }

    /// Every spec names another one far from it (git writes them in order, so a checkout half
    /// done mixes both branches), plans depend on their siblings' titles, and every spec differs
    /// between the branches, titles included. On `other` the last spec names a folder that only
    /// `other` has.
    static func spec(_ number: Int, branch: String) -> String {
        let named = number == specCount && branch == "other" ? specCount + 1 : (number * 37) % specCount + 1
        let previous = "Builds on Spec \(String(format: "%03d", named)).\n\n"
        return """
            # Feature Specification: Feature \(number) \(branch.capitalized)

            **Input**: User description: "Feature \(number) as the \(branch) branch has it."

            \(previous)## Requirements

            - **FR-001**: System MUST do the \(branch) thing number \(number)
            - **FR-002**: Users MUST be able to see the \(branch) result

            """
    }

    /// A repository whose branches `main` and `other` differ in every spec, each with its
    /// plans generated and committed.
    static func repository() throws -> DaemonProject {
        let specs = Dictionary(uniqueKeysWithValues: (1...specCount).map { (folder($0), spec($0, branch: "main")) })
        let project = try DaemonProject(specs: specs)
        try #require(try project.shell("git init -q -b main .") == 0, "git init failed")
        try commitPlans(project, message: "main")
        try #require(try project.shell("git checkout -q -b other") == 0)
        for number in 1...specCount + 1 {
            try project.write("specs/\(folder(number))/spec.md", spec(number, branch: "other"))
        }
        try commitPlans(project, message: "other")
        try #require(try project.shell("git checkout -q main") == 0)
        return project
    }

    static func commitPlans(_ project: DaemonProject, message: String) throws {
        let generated = try Plansync.run(["generate", project.root.path], in: project.scratch.url)
        try #require(generated.status == 0, "\(generated.output)")
        try #require(try project.shell("\(git) add -A && \(git) commit -qm \(message)") == 0)
    }

    static func status(_ project: DaemonProject) throws -> [String] {
        let result = try Plansync.runProcess(
            URL(fileURLWithPath: "/bin/sh"), ["-c", "git status --porcelain"], in: project.root)
        return result.stdout.split(separator: "\n").map(String.init)
    }

    @Test(.requires(.git))
    func checkoutsOfCommittedCurrentPlansLeaveTheTreeClean() throws {
        let project = try Self.repository()
        let daemon = try project.start()
        #expect(try Self.status(project).isEmpty, "the daemon's startup rewrote committed, current plans")
        let started = daemon.lineCount
        // Single switches with the daemon settling between them, then back-to-back ones.
        let rounds = [
            ["other"], ["main"], ["other", "main", "other"], ["main", "other", "main"], ["other"],
            Array(repeating: ["main", "other"], count: 6).flatMap { $0 } + ["main"],
        ]
        var refused: [String] = []
        var dirty: [String] = []
        var current = "main"
        for (index, branches) in rounds.enumerated() {
            let mark = daemon.lineCount
            var switched = 0
            for branch in branches {
                if try project.shell("git checkout -q \(branch)") != 0 {
                    refused.append("round \(index + 1), checkout of \(branch)")
                } else if branch != current {
                    current = branch
                    switched += 1
                }
            }
            if switched > 0 {
                try daemon.waitUntilSettled(
                    folders: Self.specCount, after: mark, only: Set((1...Self.specCount).map(Self.folder)))
            }
            let modified = try Self.status(project)
            if !modified.isEmpty { dirty.append("round \(index + 1): \(modified.count) file(s), first \(modified[0])") }
        }
        daemon.signal(SIGTERM)
        #expect(try daemon.waitForExit() == 0)
        let left = try Self.status(project)
        #expect(refused.isEmpty, "git refused \(refused.count) checkout(s): \(refused)")
        #expect(dirty.isEmpty, "\(dirty.count) of \(rounds.count) rounds left plans modified: \(dirty)")
        #expect(left.isEmpty, "after the daemon stopped, \(left.count) file(s) were modified: \(left.prefix(5))")
        // Every plan a checkout brings is current for the specs it brings: none is rewritten, not
        // even for a moment in the middle of a checkout (git would overwrite it or refuse to).
        let rewritten = daemon.log[started...].compactMap(DaemonProcess.parse).filter {
            $0["event"] as? String == "plan.updated"
        }
        #expect(
            rewritten.isEmpty,
            "\(rewritten.count) plan(s) rewritten during the checkouts, first \(rewritten.first.map { "\($0["plan"] ?? "") (\($0["trigger"] ?? ""))" } ?? "")"
        )
        let errors = daemon.events.filter { $0["event"] as? String == "error" }
        #expect(errors.isEmpty, "\(errors.prefix(3))")
    }

    /// While git holds its index lock the tree is between two commits: the daemon waits for it
    /// (a lock left by a crashed git, older than a few seconds, does not hold it back).
    @Test(.requires(.git))
    func plansWaitWhileGitHoldsItsIndexLock() throws {
        let project = try DaemonProject()
        try #require(try project.shell("git init -q .") == 0)
        let daemon = try project.start()
        let lock = project.path(".git/index.lock")
        try Data().write(to: lock)
        let mark = daemon.lineCount
        try project.write(
            "specs/001-alpha/spec.md", DaemonProject.spec("Alpha", requirement: "System MUST wait for git"))
        try daemon.waitFor(event: "plan.postponed", after: mark)
        #expect(
            !(try project.read("specs/001-alpha/plan.md")).contains("Wait for git"),
            "the plan was written while git held its lock")
        try FileManager.default.removeItem(at: lock)
        try daemon.waitFor(event: "plan.updated", plan: "specs/001-alpha/plan.md", after: mark)
        #expect(try project.read("specs/001-alpha/plan.md").contains("FR-001: Wait for git"))
        // A stale lock is ignored.
        try Data().write(to: lock)
        try FileManager.default.setAttributes(
            [.modificationDate: Date().addingTimeInterval(-60)], ofItemAtPath: lock.path)
        let again = daemon.lineCount
        try project.write(
            "specs/001-alpha/spec.md", DaemonProject.spec("Alpha", requirement: "System MUST not wait for a stale lock")
        )
        try daemon.waitFor(event: "plan.updated", plan: "specs/001-alpha/plan.md", after: again)
    }
}
