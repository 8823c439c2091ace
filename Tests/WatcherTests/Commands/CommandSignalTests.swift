import Foundation
import Glibc
import Synchronization
import Testing

@testable import Watcher

/// Ctrl-C and `timeout` stop `generate`, `check` and `diff` in the middle of a busy run, and an
/// interrupted `generate` leaves every plan whole and no temporary file behind.
@Suite struct CommandSignalTests {
    static let folders = 240

    /// A spec large enough that each plan takes a while: many stories and requirements.
    static func busySpec(_ index: Int) -> String {
        var text =
            "# Feature Specification: Busy \(index)\n\n**Input**: User description: \"Busy feature \(index).\"\n\n## User Scenarios & Testing\n\n"
        for story in 1...8 {
            text +=
                "### User Story \(story) - Step \(story) (Priority: P\(story % 3 + 1))\n\nA member does step \(story) of the booking.\n\n"
            text +=
                "**Acceptance Scenarios**:\n\n1. **Given** a member, **When** they do step \(story), **Then** step \(story) is recorded.\n\n"
        }
        text += "## Requirements\n\n"
        for requirement in 1...40 {
            text +=
                "- **FR-\(String(format: "%03d", requirement))**: System MUST record step \(requirement % 8 + 1) of booking \(requirement)\n"
        }
        return text
    }

    static func busyProject(_ scratch: Scratch) throws -> URL {
        for index in 1...folders {
            try scratch.write("project/specs/\(String(format: "%03d", index))-busy/spec.md", busySpec(index))
        }
        return scratch.path("project")
    }

    /// Starts `plansync COMMAND project`, signals it once it has printed its first line, and
    /// returns how it ended and how many lines it printed in all.
    static func interrupt(_ command: String, with signal: Int32, in scratch: Scratch) throws -> (Process, lines: Int) {
        let process = Process()
        process.executableURL = Plansync.executable
        process.arguments = [command, "project"]
        process.currentDirectoryURL = scratch.url
        var environment = ProcessInfo.processInfo.environment
        environment["XDG_CONFIG_HOME"] = scratch.path(".no-config").path
        process.environment = environment
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        var printed = Data()
        while !printed.contains(0x0A) {
            let chunk = output.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            printed.append(chunk)
        }
        kill(process.processIdentifier, signal)
        // Read to the end: a command that ignored the signal must not block on a full pipe.
        printed.append(output.fileHandleForReading.readDataToEndOfFile())
        process.waitUntilExit()
        let lines = printed.split(separator: 0x0A).filter {
            $0.starts(with: Array("wrote ".utf8)) || $0.starts(with: Array("out of date ".utf8))
                || $0.starts(with: Array("--- ".utf8))
        }
        return (process, lines.count)
    }

    @Test(arguments: [("generate", SIGINT), ("generate", SIGTERM), ("check", SIGTERM), ("diff", SIGINT)])
    func aSignalStopsABusyCommandAtOnce(command: String, signal: Int32) throws {
        let scratch = try Scratch()
        let root = try Self.busyProject(scratch)
        let (process, lines) = try Self.interrupt(command, with: signal, in: scratch)
        #expect(
            process.terminationReason == .uncaughtSignal && process.terminationStatus == signal,
            "plansync \(command) must end by the signal (a shell reports \(128 + signal)); it \(process.terminationReason == .exit ? "exited with \(process.terminationStatus)" : "died of signal \(process.terminationStatus)") after \(lines) plan(s)"
        )
        #expect(
            lines < Self.folders / 2,
            "plansync \(command) went on for \(lines) of \(Self.folders) plans after the signal")
        guard command == "generate" else { return }
        var complete = 0
        for folder in try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("specs").path) {
            let specFolder = root.appendingPathComponent("specs/\(folder)")
            let names = try FileManager.default.contentsOfDirectory(atPath: specFolder.path)
            #expect(
                !names.contains { $0.hasPrefix(".plansync-tmp.") }, "a temporary file was left in \(folder): \(names)")
            guard names.contains("plan.md") else { continue }
            let plan = try String(contentsOf: specFolder.appendingPathComponent("plan.md"), encoding: .utf8)
            #expect(plan.hasSuffix("<!-- plansync:end -->\n"), "\(folder)/plan.md is cut short")
            complete += 1
        }
        // The last plan may be written and the process stopped before it printed its line.
        #expect(complete == lines || complete == lines + 1, "\(lines) plan(s) reported written, \(complete) on disk")
    }

    static let handled = Atomic<Int>(0)

    /// What keeps a temporary file from being left behind: a signal that comes while a plan is
    /// being written acts only once the write is done.
    @Test func aSignalDuringAWriteActsOnlyOnceTheWriteIsDone() throws {
        let scratch = try Scratch()
        var action = sigaction()
        action.__sigaction_handler = .init(sa_handler: { _ in
            CommandSignalTests.handled.add(1, ordering: .sequentiallyConsistent)
        })
        var previous = sigaction()
        sigaction(SIGHUP, &action, &previous)
        defer { sigaction(SIGHUP, &previous, nil) }
        // Test threads are Dispatch's, which block signals: let SIGHUP through on this one.
        var set = sigset_t()
        sigemptyset(&set)
        sigaddset(&set, SIGHUP)
        var mask = sigset_t()
        pthread_sigmask(SIG_UNBLOCK, &set, &mask)
        defer { pthread_sigmask(SIG_SETMASK, &mask, nil) }
        let before = Self.handled.load(ordering: .sequentiallyConsistent)
        var handledDuringWrite = -1
        try SignalDescriptor.deferring {
            raise(SIGHUP)  // this thread's: the other tests' threads are not involved
            try AtomicFile.write("# Plan\n", to: scratch.path("plan.md").path)
            handledDuringWrite = Self.handled.load(ordering: .sequentiallyConsistent) - before
        }
        #expect(handledDuringWrite == 0, "the signal acted in the middle of the write")
        #expect(
            Self.handled.load(ordering: .sequentiallyConsistent) - before == 1,
            "the signal must act once the write is done")
        #expect(try scratch.read("plan.md") == "# Plan\n")
    }
}
