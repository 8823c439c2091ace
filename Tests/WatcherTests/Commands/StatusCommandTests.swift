import Foundation
import Testing

/// `plansync status`: one line (or JSON object) per spec folder saying where its plan stands,
/// computed without writing anything, exit status 0 whatever the states.
@Suite struct StatusCommandTests {
    /// A project with one spec folder in each state.
    static func projectInEveryState() throws -> (Scratch, URL) {
        let scratch = try Scratch()
        let spec = DaemonProject.spec
        for (folder, title) in [
            ("001-current", "Current"), ("002-stale", "Stale"), ("003-edited", "Edited"), ("004-speckit", "Kit"),
            ("005-cut", "Cut"), ("009-tab\there", "Tab"),
        ] {
            try scratch.write("p/specs/\(folder)/spec.md", spec(title, "System MUST work"))
        }
        // Spec Kit's plan is one of the profile's sources: written before the others are generated,
        // or they would all be stale after it.
        try scratch.write("p/specs/004-speckit/plan.md", PlanAuthorTests.specKitPlan)
        let generated = try Plansync.run(["generate", "p"], in: scratch.url)
        #expect(generated.status == 0, "\(generated.output)")
        try scratch.write("p/specs/002-stale/spec.md", spec("Stale", "System MUST change"))
        let edited = try scratch.read("p/specs/003-edited/plan.md")
        try scratch.write("p/specs/003-edited/plan.md", edited.replacing("Edited for everyone.", with: "Our words."))
        let cut = try scratch.read("p/specs/005-cut/plan.md")
        try scratch.write("p/specs/005-cut/plan.md", String(cut.prefix(cut.count / 2)))
        try scratch.write("p/specs/006-new/spec.md", spec("New", "System MUST start"))
        try scratch.write("p/specs/007-nospec/notes.md", "Ideas.\n")
        try scratch.writeBytes("p/specs/008-bad/spec.md", [0x23, 0x20, 0xFF, 0x0A])
        return (scratch, scratch.path("p"))
    }

    @Test func eachStateHasItsLine() throws {
        let (scratch, _) = try Self.projectInEveryState()
        let before = try Self.snapshot(scratch.path("p"))
        let result = try Plansync.run(["status", "p"], in: scratch.url)
        #expect(result.status == 0, "status is informational: \(result.output)")
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 9, "\(result.stdout)")
        let expected = [
            "p/specs/001-current: current",
            "p/specs/002-stale: stale, 'plansync generate p/specs/002-stale' would change Implementation Phases, Success Criteria (+3 -3)",
            "p/specs/003-edited: hand-edited, 1 section kept by hand: Feature Summary",
            "p/specs/004-speckit: another tool, written by Spec Kit's /speckit.plan; plansync does not manage it ('plansync generate --force p/specs/004-speckit' hands it over, keeping plan.md.orig)",
            "p/specs/005-cut: cut short, plansync's header but no end marker",
            "p/specs/006-new: no plan yet, 'plansync generate p/specs/006-new' writes it",
            "p/specs/007-nospec: spec missing, no spec.md in the folder",
            "p/specs/008-bad: unreadable, ",
            "p/specs/009-tab\\there: current",
        ]
        for (line, start) in zip(lines, expected) {
            #expect(line.hasPrefix(start), "expected \(start)…, got \(line)")
        }
        #expect(lines[7].contains("UTF-8"), "the reason a spec is unreadable: \(lines[7])")
        #expect(try Self.snapshot(scratch.path("p")) == before, "status wrote something")
    }

    @Test func jsonHasOneObjectPerFolderWithStableFields() throws {
        let (scratch, root) = try Self.projectInEveryState()
        let result = try Plansync.run(["status", "--json", "p"], in: scratch.url)
        #expect(result.status == 0, "\(result.output)")
        let objects = try result.stdout.split(separator: "\n").map { line in
            try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any], "\(line)")
        }
        #expect(
            objects.map { $0["state"] as? String } == [
                "current", "stale", "hand-edited", "another-tool", "cut-short", "no-plan", "no-spec", "unreadable",
                "current",
            ])
        let fields: Set = [
            "folder", "root", "plan", "state", "added", "removed", "sections", "kept", "author", "error",
        ]
        for object in objects { #expect(Set(object.keys) == fields, "\(object.keys)") }
        #expect(objects[0]["root"] as? String == root.path)
        #expect(objects[1]["plan"] as? String == "specs/002-stale/plan.md")
        // The spec has no success criteria: its one requirement is one, and changes with it.
        #expect(objects[1]["sections"] as? [String] == ["Implementation Phases", "Success Criteria"])
        #expect(objects[1]["added"] as? Int == 3 && objects[1]["removed"] as? Int == 3)
        #expect(objects[2]["kept"] as? [String] == ["Feature Summary"])
        #expect(objects[3]["author"] as? String == "spec-kit")
        #expect(objects[0]["author"] is NSNull && objects[0]["error"] is NSNull)
        #expect((objects[7]["error"] as? String ?? "").contains("UTF-8"))
        #expect(objects[8]["folder"] as? String == "p/specs/009-tab\there", "a name reaches JSON as it is")
    }

    @Test func aPathThatNamesNothingIsStatusTwo() throws {
        let scratch = try Scratch()
        let result = try Plansync.run(["status", "missing"], in: scratch.url)
        #expect(result.status == 2 && result.stderr.contains("missing: does not exist"), "\(result.output)")
    }

    /// Every file under `root` and its bytes.
    static func snapshot(_ root: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        for item in try FileManager.default.subpathsOfDirectory(atPath: root.path) {
            let url = root.appendingPathComponent(item)
            if let data = FileManager.default.contents(atPath: url.path) { files[item] = data }
        }
        return files
    }
}
