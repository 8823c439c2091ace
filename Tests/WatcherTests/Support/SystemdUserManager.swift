import Foundation
import Glibc
import Testing

/// A real systemd user manager, started for one test and stopped after it: by its deinit, or
/// by the ``ProcessWatchdog`` when the test process dies first (SIGTERM makes a user manager
/// stop its services and exit), which also removes its runtime folder.
///
/// No systemd is PID 1 on these machines, but with /run/systemd/system present, `systemd --user`
/// under a fresh XDG_RUNTIME_DIR is a working user manager, and `systemctl --user` talks to it
/// through the same XDG_RUNTIME_DIR.
final class SystemdUserManager {
    static let binary = ["/usr/lib/systemd/systemd", "/lib/systemd/systemd"].first {
        FileManager.default.isExecutableFile(atPath: $0)
    }

    /// What a test with a user manager needs: systemd, setsid, and /run/systemd/system.
    static let available = Prerequisite.probe(
        "/run/systemd/system cannot be created (not root?)",
        after: [
            Prerequisite(missing: binary == nil ? "systemd is not installed (.ci/run installs Debian's systemd)" : nil),
            .systemctl, .setsid,
        ]
    ) {
        FileManager.default.fileExists(atPath: "/run/systemd/system")
            || (try? FileManager.default.createDirectory(
                atPath: "/run/systemd/system", withIntermediateDirectories: true)) != nil
    }

    let runtime: URL
    let environment: [String: String]
    /// The manager's PID. It is started detached (through sh and setsid), not as a child of the
    /// test process, so that Foundation's child reaping never waits on it.
    let pid: pid_t

    /// Starts a manager whose units live under `configHome` and waits until it runs.
    init(configHome: URL) throws {
        runtime = try Self.makeRuntimeFolder()
        var env = ProcessInfo.processInfo.environment
        env["XDG_RUNTIME_DIR"] = runtime.path
        env["XDG_CONFIG_HOME"] = configHome.path
        env.removeValue(forKey: "NOTIFY_SOCKET")
        env.removeValue(forKey: "DBUS_SESSION_BUS_ADDRESS")
        environment = env
        let binary = try #require(Self.binary)
        let started = try Self.command(
            ["sh", "-c", "setsid \(binary) --user </dev/null >/dev/null 2>&1 & echo $!"], environment: env)
        guard let pid = pid_t(started.stdout.trimmingCharacters(in: .whitespacesAndNewlines)) else {
            try? FileManager.default.removeItem(at: runtime)
            throw NotStarted(output: started.output)
        }
        self.pid = pid
        ProcessWatchdog.shared.watch(pid, removing: runtime)
        try waitUntil("the user manager runs") {
            let state = try? systemctl(["is-system-running"]).stdout
            return state?.hasPrefix("running") == true || state?.hasPrefix("degraded") == true
        }
    }

    deinit {
        _ = try? systemctl(["exit"])
        if (try? waitUntil("the user manager to exit", timeout: 10) { kill(pid, 0) != 0 }) == nil { kill(pid, SIGKILL) }
        try? FileManager.default.removeItem(at: runtime)
    }

    /// A runtime folder of the manager's own, with the test's files under .build rather than in
    /// /tmp, unless that path is too long for the sockets systemd makes in it (108 bytes with
    /// `systemd/inaccessible/sock`, `gnupg/S.gpg-agent.browser`): then the user's runtime
    /// folder, and /tmp only when there is none.
    static func makeRuntimeFolder() throws -> URL {
        try FileManager.default.createDirectory(at: TestData.scratch, withIntermediateDirectories: true)
        let candidates = [TestData.scratch.path, ProcessInfo.processInfo.environment["XDG_RUNTIME_DIR"], "/tmp"]
            .compactMap { $0 }
        let base = candidates.first { $0.utf8.count + "/plansync-run.XXXXXX".utf8.count <= 70 } ?? "/tmp"
        var template = Array("\(base)/plansync-run.XXXXXX".utf8CString)
        guard let made = mkdtemp(&template) else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        let folder = URL(fileURLWithPath: String(cString: made))
        chmod(folder.path, 0o700)
        return folder
    }

    @discardableResult
    func systemctl(_ arguments: [String]) throws -> Plansync.Result {
        try Self.command(["systemctl", "--user"] + arguments, environment: environment)
    }

    /// `systemctl --user show -p NAME --value plansync`.
    func property(_ name: String, unit: String = "plansync") throws -> String {
        try systemctl(["show", "-p", name, "--value", unit]).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    static func command(_ arguments: [String], environment: [String: String]) throws -> Plansync.Result {
        try Plansync.runProcess(
            URL(fileURLWithPath: "/usr/bin/env"), arguments, environment: environment.isEmpty ? nil : environment)
    }
}

extension SystemdUserManager {
    struct NotStarted: Error, CustomStringConvertible {
        var output: String
        var description: String { "systemd --user did not start: \(output)" }
    }
}

struct DeadlineExceeded: Error, CustomStringConvertible {
    var what: String
    var description: String { "timed out waiting for \(what)" }
}

/// Re-checks a condition that has no event to wait on (a service's state, a file's content)
/// until it holds or the deadline passes.
func waitUntil(_ what: String, timeout: TimeInterval = 20, _ condition: () throws -> Bool) throws {
    let deadline = Date().addingTimeInterval(timeout)
    while Date() < deadline {
        if try condition() { return }
        usleep(50_000)
    }
    throw DeadlineExceeded(what: what)
}
