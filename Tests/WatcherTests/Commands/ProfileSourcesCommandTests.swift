import Foundation
import Glibc
import Testing

/// `generate` reads each project's stack from its own files: manifests, `.plansync.json` (which
/// beats config.json for its project), and reports a source it cannot read, naming the file and
/// the reason, while the plan is still written from the others.
@Suite struct ProfileSourcesCommandTests {
    static let spec =
        "# Feature Specification: Reading Lists\n\n**Input**: User description: \"Readers keep lists of books.\"\n\n## Requirements\n\n- **FR-001**: Readers MUST be able to save a list of books.\n"

    /// A project root with one spec folder and the files given.
    static func project(in scratch: Scratch, _ name: String = "project", files: [String: String] = [:]) throws -> URL {
        try scratch.write("\(name)/specs/001-reading-lists/spec.md", spec)
        for (path, text) in files { try scratch.write("\(name)/\(path)", text) }
        return scratch.path(name)
    }

    static func plan(_ root: URL) throws -> String {
        try String(contentsOf: root.appendingPathComponent("specs/001-reading-lists/plan.md"), encoding: .utf8)
    }

    static func line(_ label: String, of plan: String) -> String {
        plan.split(separator: "\n").first { $0.hasPrefix("- **\(label)**:") }.map(String.init) ?? ""
    }

    @Test func aMalformedManifestIsReportedAndThePlanIsStillWrittenFromTheRest() throws {
        let scratch = try Scratch()
        let root = try Self.project(
            in: scratch,
            files: [
                "package.json": #"{"dependencies": {"express": "^4.19", "pg": "^8.11",,}"#,
                "go.mod": "module example.com/x\n\ngo 1.22\n",
            ])
        let result = try Plansync.run(["generate", root.path], in: scratch.url)
        #expect(result.status == 0, "a source that cannot be read is no reason to fail: \(result.output)")
        #expect(result.stderr.contains("warning project/package.json: "), "\(result.stderr)")
        #expect(result.stderr.contains("; plans are written from the other sources"), "\(result.stderr)")
        let plan = try Self.plan(root)
        #expect(plan.contains("Express"), "what could be read of package.json still counts")
        #expect(plan.contains("Could not fully read package.json:"), "the plan's Notes name the file too")
    }

    /// A FIFO in place of `.plansync.json` would block a plain open for ever: it is refused, named, and skipped.
    @Test func aPlansyncJsonThatIsNoFileIsReportedNeverWaitedOn() throws {
        let scratch = try Scratch()
        let root = try Self.project(in: scratch, files: ["go.mod": "module example.com/x\n\ngo 1.22\n"])
        try #require(mkfifo(root.appendingPathComponent(".plansync.json").path, 0o644) == 0)
        let result = try Plansync.run(["generate", root.path], in: scratch.url)
        #expect(result.status == 0, "\(result.output)")
        #expect(
            result.stderr.contains(
                "warning project/.plansync.json: is a FIFO, not a regular file; it is ignored until it is fixed"),
            "\(result.stderr)")
        #expect(Self.line("Backend", of: try Self.plan(root)).contains("Go 1.22"))
    }

    @Test func aPlansyncJsonWithAnUnknownKeyNamesTheFileTheKeyItsLineAndColumn() throws {
        let scratch = try Scratch()
        let root = try Self.project(
            in: scratch, files: [".plansync.json": "{\n  \"stack\": {\n    \"lang\": \"Rust\"\n  }\n}\n"])
        let result = try Plansync.run(["generate", root.path], in: scratch.url)
        #expect(result.status == 0, "\(result.output)")
        #expect(
            result.stderr.contains(
                #"warning project/.plansync.json: line 3, column 5: unknown key "stack.lang"; known keys: language, backend, frontend, database, cache, testing, kind"#
            ),
            "\(result.stderr)")
        let wrongKind = try Self.project(
            in: scratch, "other", files: [".plansync.json": #"{"stack": {"kind": "spaceship"}}"#])
        let other = try Plansync.run(["generate", wrongKind.path], in: scratch.url)
        #expect(
            other.stderr.contains(
                #"other/.plansync.json: line 1, column 12: "stack.kind" must name a kind of project: one of "web application""#
            ), "\(other.stderr)")
    }

    /// A 50 MB package.json: its first MiB is read (the dependencies at its top count) and the cut is said.
    @Test func aHugeManifestIsReadOnlyAsFarAsTheFirstMiB() throws {
        let scratch = try Scratch()
        let root = try Self.project(in: scratch)
        let path = root.appendingPathComponent("package.json")
        try Data(#"{"name": "lists", "dependencies": {"fastify": "^4.28"}, "description": ""#.utf8).write(to: path)
        let handle = try FileHandle(forWritingTo: path)
        try handle.seekToEnd()
        let chunk = Data(repeating: UInt8(ascii: "a"), count: 1 << 20)
        for _ in 0..<50 { try handle.write(contentsOf: chunk) }
        try handle.write(contentsOf: Data("\"}\n".utf8))
        try handle.close()
        let result = try Plansync.run(["generate", root.path], in: scratch.url)
        #expect(result.status == 0, "\(result.output)")
        #expect(
            result.stderr.contains("warning project/package.json: only the first 1024 KiB were read"),
            "\(result.stderr)")
        let backend = Self.line("Backend", of: try Self.plan(root))
        #expect(backend.contains("Fastify"), "\(backend)")
    }

    /// One config for two projects: the one with a `.plansync.json` gets its own stack and
    /// estimates, the other the config's.
    @Test func aPlansyncJsonBeatsTheConfigForItsOwnProjectOnly() throws {
        let scratch = try Scratch()
        let tool = try Self.project(
            in: scratch, "tool",
            files: [
                ".plansync.json":
                    #"{"stack": {"language": "Go 1.23", "backend": "none", "database": "none", "kind": "command-line tool"}, "estimates": {"foundationDays": 5}}"#
            ])
        let site = try Self.project(in: scratch, "site")
        try scratch.write(
            "config.json",
            #"{"roots": ["tool", "site"], "stack": {"language": "Python 3.12", "backend": "Django", "database": "PostgreSQL"}}"#
        )
        let result = try Plansync.run(["generate", "--config", "config.json"], in: scratch.url)
        #expect(result.status == 0, "\(result.output)")
        let toolPlan = try Self.plan(tool)
        #expect(
            Self.line("Backend", of: toolPlan).hasPrefix("- **Backend**: Go 1.23 command-line tool"),
            "\(Self.line("Backend", of: toolPlan))")
        #expect(!toolPlan.contains("Django") && toolPlan.contains("### Phase 1: Foundation & Setup (Days 1-5)"))
        let sitePlan = try Self.plan(site)
        #expect(Self.line("Backend", of: sitePlan).contains("Django"), "\(Self.line("Backend", of: sitePlan))")
        #expect(sitePlan.contains("### Phase 1: Foundation & Setup (Days 1-2)"))
    }
}
