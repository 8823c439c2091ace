import Foundation
import Synchronization

/// `plansync run` as a subprocess with a JSON log, read line by line as it is written,
/// so that tests wait for what the daemon says rather than for a fixed time.
final class DaemonProcess: @unchecked Sendable {
    struct Timeout: Error, CustomStringConvertible {
        var what: String
        var log: [String]
        var description: String { "timed out waiting for \(what); the daemon's log:\n" + log.joined(separator: "\n") }
    }

    let process = Process()
    private let buffer = LogBuffer()
    private let errors = Pipe()

    /// Lines as they arrive, shared with the reader thread; the thread holds this, not the
    /// DaemonProcess, so that a test that fails early still frees (and stops) its daemon.
    private final class LogBuffer: @unchecked Sendable {
        let condition = NSCondition()
        var lines: [String] = []
        var closed = false

        func read(_ handle: FileHandle) {
            var pending = Data()
            while true {
                let chunk = handle.availableData
                if chunk.isEmpty { break }
                pending.append(chunk)
                while let newline = pending.firstIndex(of: 0x0A) {
                    let line = String(decoding: pending[pending.startIndex..<newline], as: UTF8.self)
                    pending.removeSubrange(pending.startIndex...newline)
                    condition.lock()
                    lines.append(line)
                    condition.broadcast()
                    condition.unlock()
                }
            }
            condition.lock()
            closed = true
            condition.broadcast()
            condition.unlock()
        }
    }

    private var condition: NSCondition { buffer.condition }
    private var lines: [String] { buffer.lines }
    private var closed: Bool { buffer.closed }

    /// Starts `plansync run --config <config>` in `folder`.
    /// - Parameter launcher: a command that runs plansync (`$0`) with its arguments, e.g. in a namespace.
    init(
        config: URL, in folder: URL, arguments: [String] = [], environment: [String: String] = [:],
        launcher: [String] = []
    ) throws {
        if launcher.isEmpty {
            process.executableURL = Plansync.executable
            process.arguments = ["run", "--config", config.path] + arguments
        } else {
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = launcher + [Plansync.executable.path, "run", "--config", config.path] + arguments
        }
        process.currentDirectoryURL = folder
        var env = ProcessInfo.processInfo.environment
        env["XDG_CONFIG_HOME"] = folder.appendingPathComponent(".no-config").path
        env.removeValue(forKey: "NOTIFY_SOCKET")
        env.removeValue(forKey: "JOURNAL_STREAM")
        env.removeValue(forKey: "WATCHDOG_USEC")
        // Root locks in the test's own folder, shared by the daemons a test starts there.
        let runtime = folder.appendingPathComponent(".run")
        try FileManager.default.createDirectory(at: runtime, withIntermediateDirectories: true)
        env["XDG_RUNTIME_DIR"] = runtime.path
        for (key, value) in environment { env[key] = value }
        process.environment = env
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        ProcessWatchdog.shared.watch(process.processIdentifier)
        let handle = errors.fileHandleForReading
        let buffer = self.buffer
        Thread.detachNewThread { buffer.read(handle) }
    }

    deinit {
        if process.isRunning {
            process.interrupt()
            kill(process.processIdentifier, SIGCONT)
            process.waitUntilExit()
        }
    }

    var pid: Int32 { process.processIdentifier }

    var log: [String] {
        condition.lock()
        defer { condition.unlock() }
        return lines
    }

    /// The log's JSON events, in order.
    var events: [[String: Any]] { log.compactMap(Self.parse) }

    static func parse(_ line: String) -> [String: Any]? {
        (try? JSONSerialization.jsonObject(with: Data(line.utf8))) as? [String: Any]
    }

    /// Waits until an event after the first `skip` log lines matches, and returns it.
    @discardableResult
    func waitFor(
        _ description: String, after skip: Int = 0, timeout: TimeInterval = 15,
        _ matches: ([String: Any]) -> Bool
    ) throws -> [String: Any] {
        let deadline = Date().addingTimeInterval(timeout)
        condition.lock()
        defer { condition.unlock() }
        while true {
            if lines.count > skip, let found = lines[skip...].lazy.compactMap(Self.parse).first(where: matches) {
                return found
            }
            if closed {
                process.waitUntilExit()
                throw Timeout(
                    what: description
                        + " (the daemon exited with status \(process.terminationStatus), reason \(process.terminationReason.rawValue))",
                    log: lines)
            }
            if !condition.wait(until: deadline) { throw Timeout(what: description, log: lines) }
        }
    }

    /// Hands each event after the first `skip` log lines to `consume` once, in order, as it
    /// arrives, until `consume` returns true: for conditions over many events (every plan of a
    /// burst settled), kept by the caller's own state.
    func follow(
        _ description: String, after skip: Int = 0, timeout: TimeInterval = 30,
        _ consume: ([String: Any]) -> Bool
    ) throws {
        let deadline = Date().addingTimeInterval(timeout)
        var next = skip
        condition.lock()
        defer { condition.unlock() }
        while true {
            while next < lines.count {
                next += 1
                if let json = Self.parse(lines[next - 1]), consume(json) { return }
            }
            if closed { throw Timeout(what: description + " (the daemon exited)", log: lines) }
            if !condition.wait(until: deadline) { throw Timeout(what: description, log: lines) }
        }
    }

    /// Waits for an event named `event`, optionally for one plan.
    @discardableResult
    func waitFor(
        event: String, plan: String? = nil, trigger: String? = nil, after skip: Int = 0, timeout: TimeInterval = 15
    ) throws -> [String: Any] {
        try waitFor("\(event) \(plan ?? "") \(trigger ?? "")", after: skip, timeout: timeout) { json in
            json["event"] as? String == event && (plan == nil || json["plan"] as? String == plan)
                && (trigger == nil || json["trigger"] as? String == trigger)
        }
    }

    var lineCount: Int { log.count }

    func signal(_ signal: Int32) { kill(pid, signal) }

    /// Waits for the process to exit and returns its status.
    func waitForExit(timeout: TimeInterval = 15) throws -> Int32 {
        let deadline = Date().addingTimeInterval(timeout)
        condition.lock()
        while !closed {
            if !condition.wait(until: deadline) {
                condition.unlock()
                throw Timeout(what: "exit", log: lines)
            }
        }
        condition.unlock()
        process.waitUntilExit()
        return process.terminationStatus
    }
}

/// A project for the daemon, with a config that logs JSON at debug level and debounces briefly.
struct DaemonProject {
    let scratch: Scratch
    let root: URL
    let config: URL

    init(
        specs: [String: String] = ["001-alpha": DaemonProject.spec("Alpha")], debounceMs: Int = 100,
        maxDelayMs: Int = 2000
    ) throws {
        scratch = try Scratch()
        root = scratch.path("project")
        for (folder, text) in specs { try scratch.write("project/specs/\(folder)/spec.md", text) }
        try scratch.write(
            "project/.specify/memory/constitution.md",
            "# Test Constitution\n## Core Principles\n### I. Tests First\n- Tests MUST come first.\n\n**Version**: 1.0.0\n"
        )
        config = scratch.path("config.json")
        try DaemonProject.writeConfig(config, roots: ["project"], debounceMs: debounceMs, maxDelayMs: maxDelayMs)
    }

    static func writeConfig(_ url: URL, roots: [String], debounceMs: Int = 100, maxDelayMs: Int = 2000) throws {
        let list = roots.map { "\"\($0)\"" }.joined(separator: ", ")
        try
            #"{"roots": [\#(list)], "debounceMs": \#(debounceMs), "maxDelayMs": \#(maxDelayMs), "logFormat": "json", "logLevel": "debug"}"#
            .write(to: url, atomically: false, encoding: .utf8)
    }

    static func spec(_ title: String, requirement: String = "System MUST work") -> String {
        "# Feature Specification: \(title)\n\n**Input**: User description: \"\(title) for everyone.\"\n\n## Requirements\n\n- **FR-001**: \(requirement)\n"
    }

    func start(environment: [String: String] = [:]) throws -> DaemonProcess {
        let daemon = try DaemonProcess(config: config, in: scratch.url, environment: environment)
        try daemon.waitFor(event: "ready")
        return daemon
    }

    func path(_ relative: String) -> URL { root.appendingPathComponent(relative) }
    func read(_ relative: String) throws -> String { try String(contentsOf: path(relative), encoding: .utf8) }
    func write(_ relative: String, _ text: String) throws {
        try FileManager.default.createDirectory(
            at: path(relative).deletingLastPathComponent(), withIntermediateDirectories: true)
        try text.write(to: path(relative), atomically: false, encoding: .utf8)
    }

    /// Runs a shell command in the project root, as a user would type it.
    @discardableResult
    func shell(_ command: String) throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", command]
        process.currentDirectoryURL = root
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return process.terminationStatus
    }
}
