import Foundation
import Testing

/// Every way editors and tools save a file ends with the plan following the spec.
@Suite(.serialized) struct SavePatternTests {
    static let plan = "specs/001-alpha/plan.md"

    /// Saves with `command`, then waits for the plan to show `expected`.
    func expectPlanFollows(_ command: String, shows expected: String, tool: String) throws {
        let project = try DaemonProject()
        let daemon = try project.start()
        let mark = daemon.lineCount
        #expect(try project.shell(command) == 0, "\(tool) failed to save")
        let updated = try daemon.waitFor(event: "plan.updated", plan: Self.plan, trigger: "spec.md", after: mark)
        #expect((updated["sections"] as? [String])?.contains("Implementation Phases") == true)
        #expect(try project.read(Self.plan).contains(expected), "after a \(tool) save the plan did not follow the spec")
        let errors = daemon.events.filter { $0["event"] as? String == "error" }
        #expect(errors.isEmpty, "\(errors)")
    }

    @Test(.requires(.vim))
    func vimRenamingTheOldFileAway() throws {
        // writebackup with backupcopy=no: vim renames spec.md to a backup and writes a new file.
        try expectPlanFollows(
            "vim -n -u NONE -i NONE -es -c 'set nocp backupcopy=no writebackup' -c '%s/System MUST work/System MUST save with vim/' -c 'wq' specs/001-alpha/spec.md",
            shows: "FR-001: Save with vim", tool: "vim")
    }

    @Test(.requires(.emacs))
    func emacsInBatchMode() throws {
        try expectPlanFollows(
            "emacs -Q --batch specs/001-alpha/spec.md --eval '(progn (goto-char (point-min)) (replace-string \"System MUST work\" \"System MUST save with emacs\") (save-buffer))'",
            shows: "FR-001: Save with emacs", tool: "emacs")
    }

    @Test func sedInPlace() throws {
        try expectPlanFollows(
            "sed -i 's/System MUST work/System MUST save with sed/' specs/001-alpha/spec.md",
            shows: "FR-001: Save with sed", tool: "sed -i")
    }

    @Test func moveOverTheSpec() throws {
        try expectPlanFollows(
            "sed 's/System MUST work/System MUST arrive by mv/' specs/001-alpha/spec.md > spec.tmp && mv spec.tmp specs/001-alpha/spec.md",
            shows: "FR-001: Arrive by mv", tool: "mv")
    }

    @Test(.requires(.git)) func gitCheckoutOfAnotherVersion() throws {
        let project = try DaemonProject()
        let git = "git -c user.email=t@example.com -c user.name=t"
        try #require(try project.shell("git init -q . && \(git) add -A && \(git) commit -qm one") == 0, "git is needed")
        try project.write(
            "specs/001-alpha/spec.md", DaemonProject.spec("Alpha", requirement: "System MUST be version two"))
        try #require(try project.shell("\(git) commit -qam two") == 0)
        let daemon = try project.start()
        #expect(try project.read(Self.plan).contains("Be version two"))
        let mark = daemon.lineCount
        #expect(try project.shell("git checkout -q HEAD~1 -- specs/001-alpha/spec.md") == 0)
        try daemon.waitFor(event: "plan.updated", plan: Self.plan, after: mark)
        #expect(try project.read(Self.plan).contains("FR-001: Work"))
    }

    @Test func truncateThenWriteWithAPauseNeverPlansFromTheEmptyFile() throws {
        let project = try DaemonProject()
        let daemon = try project.start()
        let original = try project.read(Self.plan)
        let mark = daemon.lineCount
        let handle = try FileHandle(forWritingTo: project.path("specs/001-alpha/spec.md"))
        try handle.truncate(atOffset: 0)
        try handle.synchronize()
        // The debounce passes while the file is empty (what a slow editor does mid-save) …
        try daemon.waitFor("the empty spec to be seen and skipped", after: mark) {
            $0["event"] as? String == "plan.unchanged" && ($0["message"] as? String ?? "").contains("missing or empty")
        }
        #expect(try project.read(Self.plan) == original, "a plan was made from an empty spec")
        // … and the write that follows brings the plan along.
        try handle.write(
            contentsOf: Data(DaemonProject.spec("Alpha", requirement: "System MUST survive slow saves").utf8))
        try handle.close()
        try daemon.waitFor(event: "plan.updated", plan: Self.plan, after: mark)
        #expect(try project.read(Self.plan).contains("FR-001: Survive slow saves"))
    }

    @Test func aBurstOfAHundredSavesGivesOneOrTwoRegenerations() throws {
        let project = try DaemonProject(debounceMs: 200, maxDelayMs: 2000)
        let daemon = try project.start()
        let mark = daemon.lineCount
        for index in 1...100 {
            try project.write(
                "specs/001-alpha/spec.md", DaemonProject.spec("Alpha", requirement: "System MUST save \(index) times"))
        }
        try daemon.waitFor("the last save's plan", after: mark) { json in
            json["event"] as? String == "plan.updated"
                && (try? project.read(Self.plan).contains("Save 100 times")) == true
        }
        // SIGTERM writes whatever is still pending, so the log is then complete.
        daemon.signal(SIGTERM)
        #expect(try daemon.waitForExit() == 0)
        let updates =
            daemon.events.filter { $0["event"] as? String == "plan.updated" && $0["plan"] as? String == Self.plan }
            .count - 1
        #expect((1...2).contains(updates), "100 saves in a burst gave \(updates) regenerations")
    }

    @Test func unchangedSavesAndOtherFilesWriteNothing() throws {
        let project = try DaemonProject(specs: [
            "001-alpha": DaemonProject.spec("Alpha"), "002-beta": DaemonProject.spec("Beta"),
        ])
        let daemon = try project.start()
        let mark = daemon.lineCount
        let before =
            try FileManager.default.attributesOfItem(atPath: project.path(Self.plan).path)[.modificationDate] as? Date
        try project.shell(
            "touch specs/001-alpha/spec.md && for f in tasks.md .spec.md.swp 4913 spec.md~ .#spec.md research.md; do echo x > specs/001-alpha/$f; done"
        )
        // A change to another spec, after those, is the marker that everything before was read.
        try project.write(
            "specs/002-beta/spec.md", DaemonProject.spec("Beta", requirement: "System MUST be the marker"))
        try daemon.waitFor(event: "plan.updated", plan: "specs/002-beta/plan.md", after: mark)
        // Saving the same bytes again is read, regenerated in memory, and not written.
        let mark2 = daemon.lineCount
        try project.shell("cat specs/001-alpha/spec.md > same.tmp && cat same.tmp > specs/001-alpha/spec.md")
        try daemon.waitFor(event: "plan.unchanged", plan: Self.plan, trigger: "spec.md", after: mark2)
        let touched = daemon.events.filter {
            $0["event"] as? String == "plan.updated" && $0["plan"] as? String == Self.plan
        }
        #expect(touched.count == 1, "only the startup write of 001 is expected, got \(touched.count)")
        let after =
            try FileManager.default.attributesOfItem(atPath: project.path(Self.plan).path)[.modificationDate] as? Date
        #expect(before == after, "plan.md was rewritten by a touch or an unrelated file")
    }
}
