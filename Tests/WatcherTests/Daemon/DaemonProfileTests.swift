import Foundation
import Glibc
import Testing

/// The daemon follows the sources of each project's profile like the constitution: a changed
/// manifest (in the root or in a folder that holds one), `.plansync.json`, or another feature's
/// Spec Kit plan re-reads the profile, and every plan of that root follows, logged with the
/// trigger `profile`. Plans record the profile in their fingerprint, so a restart notices too.
@Suite struct DaemonProfileTests {
    static let plans = ["specs/001-alpha/plan.md", "specs/002-beta/plan.md"]

    static func project(files: [String: String] = [:]) throws -> DaemonProject {
        let project = try DaemonProject(specs: [
            "001-alpha": DaemonProject.spec("Alpha"), "002-beta": DaemonProject.spec("Beta"),
        ])
        for (path, text) in files { try project.write(path, text) }
        return project
    }

    /// Waits until every plan of the root was brought up to date because the profile changed.
    static func waitForProfileUpdates(_ daemon: DaemonProcess, after mark: Int, plans: [String] = plans) throws {
        var pending = Set(plans)
        try daemon.follow("plan.updated (profile) for \(plans)", after: mark) { json in
            if json["event"] as? String == "plan.updated", json["trigger"] as? String == "profile",
                let plan = json["plan"] as? String
            {
                pending.remove(plan)
            }
            return pending.isEmpty
        }
    }

    @Test func aChangedManifestReplansEveryPlanOfTheRoot() throws {
        let project = try Self.project(files: ["go.mod": "module example.com/alpha\n\ngo 1.22\n"])
        let daemon = try project.start()
        #expect(try project.read("specs/001-alpha/plan.md").contains("Go 1.22"))
        let mark = daemon.lineCount
        try project.write("go.mod", "module example.com/alpha\n\ngo 1.22\n\nrequire github.com/spf13/cobra v1.8.1\n")
        try Self.waitForProfileUpdates(daemon, after: mark)
        let plan = try project.read("specs/001-alpha/plan.md")
        #expect(
            plan.contains("github.com/spf13/cobra - commands, flags and help (go.mod v1.8.1)"),
            "the new dependency did not reach the plan")
        #expect(plan.contains("- **Frontend**: none (command-line tool)"))
    }

    @Test func aPlansyncJsonWrittenOrChangedReplansTheRoot() throws {
        let project = try Self.project(files: ["go.mod": "module example.com/alpha\n\ngo 1.22\n"])
        let daemon = try project.start()
        var mark = daemon.lineCount
        try project.write(".plansync.json", #"{"stack": {"kind": "library"}}"#)
        try Self.waitForProfileUpdates(daemon, after: mark)
        #expect(try project.read("specs/002-beta/plan.md").contains("- **Frontend**: none (library)"))
        mark = daemon.lineCount
        // An editor's rename into place counts as much as a write in place.
        try project.write(".plansync.json.tmp", #"{"stack": {"language": "Rust 1.80", "kind": "command-line tool"}}"#)
        #expect(rename(project.path(".plansync.json.tmp").path, project.path(".plansync.json").path) == 0)
        try Self.waitForProfileUpdates(daemon, after: mark)
        #expect(try project.read("specs/002-beta/plan.md").contains("- **Backend**: Rust 1.80 command-line tool"))
    }

    /// A manifest below the root (`apps/api/composer.json`) is watched in its folder.
    @Test func aManifestInASubfolderIsWatched() throws {
        let project = try Self.project(files: ["apps/api/composer.json": #"{"require": {"php": "^8.3"}}"#])
        let daemon = try project.start()
        let mark = daemon.lineCount
        try project.write("apps/api/composer.json", #"{"require": {"php": "^8.3", "laravel/framework": "^11.0"}}"#)
        try Self.waitForProfileUpdates(daemon, after: mark)
        #expect(try project.read("specs/001-alpha/plan.md").contains("Laravel"))
    }

    /// Spec Kit's own plan of another feature (no plansync header) is a source of the profile.
    @Test func anotherFeaturesSpecKitPlanReplansTheOthers() throws {
        let project = try Self.project()
        let daemon = try project.start()
        let mark = daemon.lineCount
        try project.write(
            "specs/002-beta/plan.md",
            "# Implementation Plan: Beta\n\n## Technical Context\n\n**Language/Version**: Python 3.12\n**Primary Dependencies**: FastAPI\n**Storage**: SQLite\n"
        )
        try Self.waitForProfileUpdates(daemon, after: mark, plans: ["specs/001-alpha/plan.md"])
        let plan = try project.read("specs/001-alpha/plan.md")
        #expect(plan.contains("FastAPI") && plan.contains("(plan of 002-beta)"), "\(plan)")
        #expect(
            try project.read("specs/002-beta/plan.md").hasPrefix("# Implementation Plan: Beta"),
            "the user's own plan is never overwritten")
    }

    @Test func aBrokenManifestIsAWarningAndThePlansStillFollowTheRest() throws {
        let project = try Self.project(files: ["go.mod": "module example.com/alpha\n\ngo 1.22\n"])
        let daemon = try project.start()
        let mark = daemon.lineCount
        try project.write("package.json", #"{"dependencies": {"express": "^4.19",,"#)
        let warning = try daemon.waitFor(event: "profile.problem", after: mark)
        #expect(warning["level"] as? String == "warning" && warning["path"] as? String == "package.json", "\(warning)")
        try Self.waitForProfileUpdates(daemon, after: mark)
        #expect(try project.read("specs/001-alpha/plan.md").contains("Could not fully read package.json"))
    }

    /// A manifest changed while the daemon was stopped: the plans' fingerprints no longer match,
    /// so the next start regenerates them; with nothing changed it writes nothing.
    @Test func aRestartNoticesAManifestChangedWhileStopped() throws {
        let project = try Self.project(files: ["go.mod": "module example.com/alpha\n\ngo 1.22\n"])
        var daemon = try project.start()
        daemon.signal(SIGTERM)
        #expect(try daemon.waitForExit() == 0)
        daemon = try project.start()
        #expect(
            !daemon.events.contains { $0["event"] as? String == "plan.updated" }, "nothing changed, nothing to write")
        daemon.signal(SIGTERM)
        #expect(try daemon.waitForExit() == 0)

        try project.write("go.mod", "module example.com/alpha\n\ngo 1.23\n")
        daemon = try project.start()
        let updated = daemon.events.filter { $0["event"] as? String == "plan.updated" }.compactMap {
            $0["plan"] as? String
        }
        #expect(Set(updated) == Set(Self.plans), "a restart must notice the changed manifest: \(daemon.log)")
        #expect(try project.read("specs/001-alpha/plan.md").contains("Go 1.23"))
    }
}
