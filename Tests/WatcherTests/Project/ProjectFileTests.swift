import Foundation
import Glibc
import Testing

/// plansync reads only what a project owns: regular files inside its root. Links out of the root,
/// FIFOs, loops and folders with names that are not UTF-8 are reported, never followed or waited on.
@Suite struct ProjectFileTests {
    static let secret = "# Feature Specification: TOP-SECRET-KEY-MATERIAL\n\n- **FR-001**: System MUST leak\n"
    static let spec = "# Feature Specification: Fine\n\n- **FR-001**: System MUST work\n"

    /// `outside/secret.md` (0600) beside the project `p`, with one good spec folder.
    static func projectBesideASecret() throws -> Scratch {
        let scratch = try Scratch()
        try scratch.write("outside/secret.md", secret)
        try FileManager.default.setAttributes(
            [.posixPermissions: 0o600], ofItemAtPath: scratch.path("outside/secret.md").path)
        try scratch.write("p/specs/002-ok/spec.md", spec)
        return scratch
    }

    static func link(_ scratch: Scratch, _ relative: String, to target: String) throws {
        try FileManager.default.createDirectory(
            at: scratch.path(relative).deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: scratch.path(relative).path, withDestinationPath: target)
    }

    @Test func aSpecLinkedOutsideTheRootIsRefusedAndNeverCopiedOrPrinted() throws {
        let scratch = try Self.projectBesideASecret()
        try Self.link(scratch, "p/specs/001-x/spec.md", to: "../../../outside/secret.md")
        let generated = try Plansync.run(["generate", "p"], in: scratch.url)
        #expect(generated.status == 1, "\(generated.output)")
        #expect(
            generated.stderr.contains(
                "specs/001-x/spec.md is a symlink to \(scratch.path("outside/secret.md").path), outside the project root"
            ),
            "\(generated.output)")
        #expect(!scratch.exists("p/specs/001-x/plan.md"), "a file outside the project was copied into a plan")
        #expect(scratch.exists("p/specs/002-ok/plan.md"), "one refused spec stopped the others")
        for command in ["check", "diff"] {
            let result = try Plansync.run([command, "p"], in: scratch.url)
            #expect(result.status == 2, "\(command): \(result.output)")
            #expect(
                !result.output.contains("TOP-SECRET"),
                "\(command) printed a file from outside the project: \(result.output)")
        }
    }

    @Test func aSpecLinkedInsideTheRootIsFollowed() throws {
        let scratch = try Scratch()
        try scratch.write("p/shared/spec.md", Self.spec)
        try Self.link(scratch, "p/specs/001-x/spec.md", to: "../../shared/spec.md")
        let result = try Plansync.run(["generate", "p"], in: scratch.url)
        #expect(result.status == 0, "\(result.output)")
        #expect(try scratch.read("p/specs/001-x/plan.md").contains("# Implementation Plan: Fine"))
    }

    @Test func aSpecFolderLinkedOutsideTheRootIsSkippedAndNothingIsWrittenThere() throws {
        let scratch = try Self.projectBesideASecret()
        try scratch.write("outside/folder/spec.md", Self.secret)
        try Self.link(scratch, "p/specs/003-out", to: "../../outside/folder")
        let whole = try Plansync.run(["generate", "p"], in: scratch.url)
        #expect(whole.status == 1, "\(whole.output)")
        #expect(
            whole.stderr.contains(
                "specs/003-out is a symlink to \(scratch.path("outside/folder").path), outside the project root"),
            "\(whole.output)")
        let named = try Plansync.run(["generate", "p/specs/003-out"], in: scratch.url)
        #expect(named.status == 1, "\(named.output)")
        #expect(named.stderr.contains("outside the project root"), "\(named.output)")
        for command in ["check", "diff"] {
            let result = try Plansync.run([command, "p"], in: scratch.url)
            #expect(
                result.status == 2 && result.stderr.contains("specs/003-out is a symlink to"),
                "\(command): \(result.output)")
            #expect(
                !result.output.contains("TOP-SECRET"),
                "\(command) printed a file from outside the project: \(result.output)")
        }
        #expect(!scratch.exists("outside/folder/plan.md"), "a plan was written outside the project root")
        #expect(scratch.exists("p/specs/002-ok/plan.md"))
    }

    @Test func forceThroughAPlanLinkedOutsideTheRootCopiesNothing() throws {
        let scratch = try Self.projectBesideASecret()
        try Self.link(scratch, "p/specs/002-ok/plan.md", to: "../../../outside/secret.md")
        let result = try Plansync.run(["generate", "--force", "p"], in: scratch.url)
        #expect(result.status == 1, "\(result.output)")
        #expect(result.stderr.contains("specs/002-ok/plan.md is a symlink to"), "\(result.output)")
        #expect(
            !scratch.exists("p/specs/002-ok/plan.md.orig"),
            "--force copied a file from outside the project into a backup")
        #expect(try scratch.read("outside/secret.md") == Self.secret)
    }

    @Test func aPlanLinkedInsideTheRootIsWrittenThroughAndTheLinkKept() throws {
        let scratch = try Scratch()
        try scratch.write("p/specs/001-a/spec.md", Self.spec)
        try Plansync.run(["generate", "p"], in: scratch.url)
        try FileManager.default.createDirectory(at: scratch.path("p/docs"), withIntermediateDirectories: true)
        try FileManager.default.moveItem(at: scratch.path("p/specs/001-a/plan.md"), to: scratch.path("p/docs/001.md"))
        try Self.link(scratch, "p/specs/001-a/plan.md", to: "../../docs/001.md")
        try scratch.write("p/specs/001-a/spec.md", Self.spec + "- **FR-002**: System MUST follow the link\n")
        let result = try Plansync.run(["generate", "p"], in: scratch.url)
        #expect(result.stdout.contains("wrote p/specs/001-a/plan.md"), "\(result.output)")
        let destination = try FileManager.default.destinationOfSymbolicLink(
            atPath: scratch.path("p/specs/001-a/plan.md").path)
        #expect(destination == "../../docs/001.md", "the link was replaced")
        #expect(try scratch.read("p/docs/001.md").contains("Follow the link"))
    }

    @Test func aFifoSpecPlanOrConstitutionNeverBlocksACommand() throws {
        let scratch = try Scratch()
        try scratch.write("p/specs/002-ok/spec.md", Self.spec)
        try scratch.write("p/specs/003-fifo-plan/spec.md", Self.spec)
        try scratch.write("q/specs/001-a/spec.md", Self.spec)
        for fifo in [
            "p/specs/001-fifo-spec/spec.md", "p/specs/003-fifo-plan/plan.md", "q/.specify/memory/constitution.md",
        ] {
            try FileManager.default.createDirectory(
                at: scratch.path(fifo).deletingLastPathComponent(), withIntermediateDirectories: true)
            #expect(mkfifo(scratch.path(fifo).path, 0o644) == 0)
        }
        for command in ["generate", "check", "diff"] {
            let result = try #require(
                try Plansync.runFinishing([command, "p", "q"], in: scratch.url),
                "'plansync \(command)' blocked on a FIFO")
            #expect(result.status == (command == "generate" ? 1 : 2), "\(command): \(result.output)")
            #expect(
                result.stderr.contains("specs/001-fifo-spec/spec.md is a FIFO, not a regular file"),
                "\(command): \(result.output)")
            #expect(
                result.stderr.contains("specs/003-fifo-plan/plan.md is a FIFO, not a regular file"),
                "\(command): \(result.output)")
            #expect(
                result.stderr.contains(".specify/memory/constitution.md is a FIFO, not a regular file"),
                "\(command): \(result.output)")
        }
        #expect(scratch.exists("p/specs/002-ok/plan.md"), "a FIFO in one spec folder stopped the others")
    }

    @Test func theDaemonStartsAndServesTheOthersBesideAFifo() throws {
        let project = try DaemonProject(specs: [
            "001-alpha": DaemonProject.spec("Alpha"), "002-beta": DaemonProject.spec("Beta"),
        ])
        try FileManager.default.createDirectory(at: project.path("specs/003-fifo"), withIntermediateDirectories: true)
        #expect(mkfifo(project.path("specs/003-fifo/spec.md").path, 0o644) == 0)
        #expect(mkfifo(project.path("specs/002-beta/plan.md").path, 0o644) == 0)
        let daemon = try DaemonProcess(config: project.config, in: project.scratch.url)
        do { try daemon.waitFor(event: "ready") } catch {
            // Blocked in open(2), it would not even stop on SIGINT.
            kill(daemon.pid, SIGKILL)
            throw error
        }
        try daemon.waitFor("the FIFO spec reported") {
            $0["event"] as? String == "error"
                && ($0["message"] as? String ?? "").contains("specs/003-fifo/spec.md is a FIFO")
        }
        try daemon.waitFor("the FIFO plan reported") {
            $0["event"] as? String == "error"
                && ($0["message"] as? String ?? "").contains("specs/002-beta/plan.md is a FIFO")
        }
        let mark = daemon.lineCount
        try project.write(
            "specs/001-alpha/spec.md", DaemonProject.spec("Alpha", requirement: "System MUST still be served"))
        try daemon.waitFor(event: "plan.updated", plan: "specs/001-alpha/plan.md", after: mark)
    }

    @Test func aSymlinkLoopIsReportedAsALoopNotAsAMissingSpec() throws {
        let scratch = try Scratch()
        try Self.link(scratch, "p/specs/001-loop/spec.md", to: "spec.md")
        let result = try Plansync.run(["generate", "p"], in: scratch.url)
        #expect(result.status == 1, "\(result.output)")
        #expect(result.stderr.contains("specs/001-loop/spec.md is a symlink loop"), "\(result.output)")
        #expect(!result.output.contains("no spec.md"), "\(result.output)")
    }

    @Test func aConstitutionReplacedByAFolderLeavesEveryPlanAsItIs() throws {
        let scratch = try Scratch()
        try scratch.write("p/specs/001-a/spec.md", Self.spec)
        try scratch.write(
            "p/.specify/memory/constitution.md",
            "# Rules\n## Core Principles\n### I. Tests\n- Tests MUST exist.\n**Version**: 1.0.0\n")
        try Plansync.run(["generate", "p"], in: scratch.url)
        let before = try scratch.read("p/specs/001-a/plan.md")
        try FileManager.default.removeItem(at: scratch.path("p/.specify/memory/constitution.md"))
        try FileManager.default.createDirectory(
            at: scratch.path("p/.specify/memory/constitution.md"), withIntermediateDirectories: true)
        try scratch.write("p/specs/001-a/spec.md", Self.spec + "- **FR-002**: System MUST change\n")
        let result = try Plansync.run(["generate", "p"], in: scratch.url)
        #expect(result.status == 1, "\(result.output)")
        #expect(
            result.stderr.contains(".specify/memory/constitution.md is a directory, not a regular file"),
            "\(result.output)")
        #expect(try scratch.read("p/specs/001-a/plan.md") == before, "the plan lost its constitution's rules silently")
    }

    /// `specs/001-café` with the é in Latin-1: a name that is not UTF-8.
    static func makeLatin1Folder(in specs: URL) throws {
        try FileManager.default.createDirectory(at: specs, withIntermediateDirectories: true)
        let bytes = Array((specs.path + "/001-caf").utf8) + [0xE9, 0]
        #expect(
            bytes.withUnsafeBufferPointer { $0.withMemoryRebound(to: CChar.self) { mkdir($0.baseAddress!, 0o755) } }
                == 0)
    }

    @Test func aFolderNameThatIsNotUTF8IsReportedOnceWithItsBytesEscaped() throws {
        let scratch = try Scratch()
        try scratch.write("p/specs/002-ok/spec.md", Self.spec)
        try Self.makeLatin1Folder(in: scratch.path("p/specs"))
        let result = try Plansync.run(["generate", "p"], in: scratch.url)
        #expect(result.status == 1, "a folder plansync cannot serve is an error: \(result.output)")
        let lines = result.stderr.split(separator: "\n").filter { $0.contains("specs/001-caf\\xE9") }
        #expect(lines.count == 1 && lines[0].contains("not valid UTF-8"), "\(result.output)")
        #expect(scratch.exists("p/specs/002-ok/plan.md"))

        let project = try DaemonProject()
        try Self.makeLatin1Folder(in: project.path("specs"))
        let daemon = try project.start()
        let reports = daemon.events.filter {
            $0["event"] as? String == "error" && $0["path"] as? String == "specs/001-caf\\xE9"
        }
        #expect(reports.count == 1, "\(daemon.log)")
    }

    @Test func theDaemonSkipsASpecFolderLinkedOutsideItsRoot() throws {
        let project = try DaemonProject()
        try project.scratch.write("outside/spec.md", Self.secret)
        try FileManager.default.createSymbolicLink(
            atPath: project.path("specs/009-out").path, withDestinationPath: "../../outside")
        let daemon = try project.start()
        #expect(
            daemon.events.contains {
                $0["event"] as? String == "error"
                    && ($0["message"] as? String ?? "").contains("specs/009-out is a symlink to")
            },
            "\(daemon.log)")
        let mark = daemon.lineCount
        try project.write(
            "specs/001-alpha/spec.md", DaemonProject.spec("Alpha", requirement: "System MUST be the marker"))
        try daemon.waitFor(event: "plan.updated", plan: "specs/001-alpha/plan.md", after: mark)
        #expect(!project.scratch.exists("outside/plan.md"), "the daemon wrote a plan outside its root")
    }

    /// Folders that appear while the daemon runs are judged as at startup: a badly named one and
    /// a link out of the root are reported once, a link inside the root is served.
    @Test func foldersThatAppearWhileRunningAreServedOrReportedOnce() throws {
        let project = try DaemonProject()
        try project.scratch.write("outside/spec.md", Self.secret)
        try project.write("shelf/005-linked/spec.md", DaemonProject.spec("Linked"))
        let daemon = try project.start()
        var mark = daemon.lineCount
        try Self.makeLatin1Folder(in: project.path("specs"))
        try daemon.waitFor(event: "error", after: mark)
        try FileManager.default.createSymbolicLink(
            atPath: project.path("specs/009-out").path, withDestinationPath: "../../outside")
        try daemon.waitFor("an error for the link out of the root", after: mark) {
            $0["event"] as? String == "error"
                && ($0["message"] as? String ?? "").contains("specs/009-out is a symlink to")
        }
        mark = daemon.lineCount
        try FileManager.default.createSymbolicLink(
            atPath: project.path("specs/005-linked").path, withDestinationPath: "../shelf/005-linked")
        try daemon.waitFor(event: "plan.updated", plan: "specs/005-linked/plan.md", after: mark)
        // A second look at specs/ (another link appears) reports nothing twice.
        mark = daemon.lineCount
        try project.write("shelf/006-more/spec.md", DaemonProject.spec("More"))
        try FileManager.default.createSymbolicLink(
            atPath: project.path("specs/006-more").path, withDestinationPath: "../shelf/006-more")
        try daemon.waitFor(event: "plan.updated", plan: "specs/006-more/plan.md", after: mark)
        let reports = daemon.events.filter { $0["event"] as? String == "error" }
        #expect(reports.count == 2, "each refused folder is reported exactly once: \(daemon.log)")
        #expect(reports.contains { $0["path"] as? String == "specs/001-caf\\xE9" }, "\(daemon.log)")
        #expect(!project.scratch.exists("outside/plan.md"), "the daemon wrote a plan outside its root")
    }
}

extension Plansync {
    /// Runs plansync like `run`, but gives up after `seconds` (killing it): nil when it had not finished.
    static func runFinishing(_ arguments: [String], in folder: URL, within seconds: TimeInterval = 30) throws -> Result?
    {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = folder
        var env = ProcessInfo.processInfo.environment
        env["XDG_CONFIG_HOME"] = folder.appendingPathComponent(".no-config").path
        env["HOME"] = folder.path
        process.environment = env
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        let finished = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in finished.signal() }
        try process.run()
        ProcessWatchdog.shared.watch(process.processIdentifier)
        guard finished.wait(timeout: .now() + seconds) == .success else {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            return nil
        }
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        return Result(
            status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
            stderr: String(decoding: stderr, as: UTF8.self))
    }
}
