import Foundation

/// The built `plansync` binary, run as a user runs it, and throwaway projects to run it on.
enum Plansync {
    /// The executable beside this test bundle: SwiftPM puts every product of a build in one folder.
    static let executable: URL = {
        let me = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        var folder = me.deletingLastPathComponent()
        while folder.path != "/" {
            let candidate = folder.appendingPathComponent("plansync")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            folder = folder.deletingLastPathComponent()
        }
        fatalError("plansync binary not found beside \(me.path); run the tests with 'swift test'")
    }()

    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
        var output: String { stdout + stderr }
    }

    /// Runs `plansync` with `arguments` in `folder` and waits for it to exit.
    @discardableResult
    static func run(_ arguments: [String], in folder: URL, environment: [String: String] = [:]) throws -> Result {
        var env = ProcessInfo.processInfo.environment
        // Keep a developer's own config out of the tests.
        env["XDG_CONFIG_HOME"] = folder.appendingPathComponent(".no-config").path
        env["HOME"] = folder.path
        for (key, value) in environment { env[key] = value }
        return try runProcess(executable, arguments, in: folder, environment: env)
    }

    /// Runs any program to its end and collects what it printed.
    static func runProcess(
        _ program: URL, _ arguments: [String], in folder: URL? = nil, environment: [String: String]? = nil
    ) throws -> Result {
        let process = Process()
        process.executableURL = program
        process.arguments = arguments
        if let folder { process.currentDirectoryURL = folder }
        if let environment { process.environment = environment }
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
            stderr: String(decoding: stderr, as: UTF8.self))
    }
}

/// A scratch folder under .build (not /tmp, where some editors write in place), removed afterwards.
final class Scratch {
    let url: URL

    init() throws {
        url = TestData.scratch.appendingPathComponent(UUID().uuidString)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    func path(_ relative: String) -> URL { url.appendingPathComponent(relative) }

    func write(_ relative: String, _ text: String) throws {
        let file = path(relative)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try text.write(to: file, atomically: false, encoding: .utf8)
    }

    func writeBytes(_ relative: String, _ bytes: [UInt8]) throws {
        let file = path(relative)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: file)
    }

    func read(_ relative: String) throws -> String { try String(contentsOf: path(relative), encoding: .utf8) }
    func exists(_ relative: String) -> Bool { FileManager.default.fileExists(atPath: path(relative).path) }

    /// Copies a project (of the fixtures or the shared corpus) here, writable, under its own name.
    func copy(_ project: TestData.Project) throws -> URL {
        let target = path(project.name)
        try FileManager.default.copyItem(at: project.root, to: target)
        let enumerator = FileManager.default.enumerator(atPath: target.path)
        while let item = enumerator?.nextObject() as? String {
            let full = target.appendingPathComponent(item).path
            var isDirectory: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory)
            try FileManager.default.setAttributes(
                [.posixPermissions: isDirectory.boolValue ? 0o755 : 0o644], ofItemAtPath: full)
        }
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: target.path)
        return target
    }
}
