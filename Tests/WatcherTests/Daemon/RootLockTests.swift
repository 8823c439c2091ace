import Foundation
import Testing

/// One daemon per project root: a second one started on the same root leaves it to the first,
/// says which process holds it, and leaves nothing in the project.
@Suite struct RootLockTests {
    /// A runtime folder of the test's own, so that the lock files are where the test can see them.
    static func environment(_ scratch: Scratch) throws -> [String: String] {
        try FileManager.default.createDirectory(at: scratch.path("run"), withIntermediateDirectories: true)
        return ["XDG_RUNTIME_DIR": scratch.path("run").path]
    }

    @Test func aDaemonWhoseEveryRootIsTakenExitsWith78NamingTheHolder() throws {
        let project = try DaemonProject()
        let environment = try Self.environment(project.scratch)
        let first = try project.start(environment: environment)
        let second = try DaemonProcess(config: project.config, in: project.scratch.url, environment: environment)
        #expect(try second.waitForExit() == 78)
        #expect(
            second.events.contains { ($0["message"] as? String ?? "").contains("pid \(first.pid)") }, "\(second.log)")
        let locks = try FileManager.default.contentsOfDirectory(atPath: project.scratch.path("run/plansync").path)
        #expect(locks.count == 1 && locks[0].hasSuffix(".lock"), "\(locks)")
        let holder = try String(contentsOf: project.scratch.path("run/plansync/\(locks[0])"), encoding: .utf8)
        #expect(holder == "\(first.pid)\n")
        #expect(try project.shell("find . -name '*.lock' | grep -q .") != 0, "a lock file was left in the project tree")
    }

    @Test func aRootRemovedByAReloadIsFreeForAnotherDaemon() throws {
        let project = try DaemonProject()
        let environment = try Self.environment(project.scratch)
        try project.scratch.write("other/specs/001-other/spec.md", DaemonProject.spec("Other"))
        try DaemonProject.writeConfig(project.config, roots: ["project", "other"])
        let first = try project.start(environment: environment)
        // Reload without "project": its lock goes with it.
        try DaemonProject.writeConfig(project.config, roots: ["other"])
        let mark = first.lineCount
        first.signal(SIGHUP)
        try first.waitFor(event: "reload", after: mark)
        try DaemonProject.writeConfig(project.scratch.path("second.json"), roots: ["project"])
        let second = try DaemonProcess(
            config: project.scratch.path("second.json"), in: project.scratch.url, environment: environment)
        try second.waitFor(event: "ready")
        #expect(!second.events.contains { $0["event"] as? String == "error" }, "\(second.log)")
    }

    @Test func aCleanStopRemovesTheLockFile() throws {
        let project = try DaemonProject()
        let environment = try Self.environment(project.scratch)
        let daemon = try project.start(environment: environment)
        let folder = project.scratch.path("run/plansync").path
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).count == 1)
        daemon.signal(SIGTERM)
        #expect(try daemon.waitForExit() == 0)
        let left = try FileManager.default.contentsOfDirectory(atPath: folder)
        #expect(left.isEmpty, "SIGTERM left lock files behind: \(left)")
    }
}
