import Foundation
import Glibc

/// A real systemd user manager, started for one test and stopped after it.
///
/// No systemd is PID 1 on these machines, but with /run/systemd/system present, `systemd --user`
/// under a fresh XDG_RUNTIME_DIR is a working user manager, and `systemctl --user` talks to it
/// through the same XDG_RUNTIME_DIR.
final class SystemdUserManager {
    static let binary = "/usr/lib/systemd/systemd"

    static var hasSystemdAnalyze: Bool { FileManager.default.isExecutableFile(atPath: "/usr/bin/systemd-analyze") }

    /// Why the end-to-end test cannot run here, or nil when it can.
    static var unavailableReason: String? {
        guard FileManager.default.isExecutableFile(atPath: binary), FileManager.default.isExecutableFile(atPath: "/usr/bin/systemctl") else {
            return "systemd is not installed (.ci/run installs Debian's systemd package)"
        }
        if !FileManager.default.fileExists(atPath: "/run/systemd/system") {
            guard (try? FileManager.default.createDirectory(atPath: "/run/systemd/system", withIntermediateDirectories: true)) != nil else {
                return "/run/systemd/system cannot be created (not root?)"
            }
        }
        return nil
    }

    let runtime: URL
    let environment: [String: String]
    /// The manager's PID. It is started detached (through sh and setsid), not as a child of the
    /// test process, so that Foundation's child reaping never waits on it.
    let pid: pid_t

    /// Starts a manager whose units live under `configHome` and waits until it runs.
    init(configHome: URL) throws {
        // Socket paths must stay short (108 bytes), so the runtime folder goes in /tmp.
        var template = Array("/tmp/plansync-xdg.XXXXXX".utf8CString)
        guard let made = mkdtemp(&template) else { throw POSIXError(.EIO) }
        runtime = URL(fileURLWithPath: String(cString: made))
        chmod(runtime.path, 0o700)
        var env = ProcessInfo.processInfo.environment
        env["XDG_RUNTIME_DIR"] = runtime.path
        env["XDG_CONFIG_HOME"] = configHome.path
        env.removeValue(forKey: "NOTIFY_SOCKET")
        env.removeValue(forKey: "DBUS_SESSION_BUS_ADDRESS")
        environment = env
        let started = try Self.command(["sh", "-c", "setsid \(Self.binary) --user </dev/null >/dev/null 2>&1 & echo $!"], environment: env)
        guard let pid = pid_t(started.stdout.trimmingCharacters(in: .whitespacesAndNewlines)) else { throw POSIXError(.ESRCH) }
        self.pid = pid
        try waitUntil("the user manager runs") {
            let state = try? systemctl(["is-system-running"]).stdout
            return state?.hasPrefix("running") == true || state?.hasPrefix("degraded") == true
        }
    }

    deinit {
        _ = try? systemctl(["exit"])
        let deadline = Date().addingTimeInterval(10)
        while kill(pid, 0) == 0 && Date() < deadline { usleep(50_000) }
        if kill(pid, 0) == 0 { kill(pid, SIGKILL) }
        try? FileManager.default.removeItem(at: runtime)
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
        try Plansync.runProcess(URL(fileURLWithPath: "/usr/bin/env"), arguments, environment: environment.isEmpty ? nil : environment)
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
