import Foundation
import Testing

/// Something a test needs from the machine beyond the Swift toolchain and a POSIX shell: a
/// program, or a kernel feature that a probe shows to work. A test that lacks one is skipped and
/// the run says what is missing and how to get it (`@Test(.requires(.git))`): it never passes
/// without running, and never crashes or fails for want of a tool.
struct Prerequisite: Sendable {
    /// Why a test that needs this cannot run here; nil when it can.
    let missing: String?

    /// The program `name` on PATH; `package` is the Debian package `.ci/run` installs it from.
    static func tool(_ name: String, package: String) -> Prerequisite {
        Prerequisite(
            missing: path(of: name) == nil ? "\(name) is not installed (.ci/run installs Debian's \(package))" : nil)
    }

    /// What `prerequisites` need, then `probe` succeeding; `failure` says what did not work.
    static func probe(_ failure: String, after prerequisites: [Prerequisite] = [], _ probe: () -> Bool) -> Prerequisite
    {
        if let missing = prerequisites.lazy.compactMap(\.missing).first { return Prerequisite(missing: missing) }
        return Prerequisite(missing: probe() ? nil : failure)
    }

    static let vim = tool("vim", package: "vim")
    static let emacs = tool("emacs", package: "emacs-nox")
    static let patch = tool("patch", package: "patch")
    static let git = tool("git", package: "git")
    static let unshare = tool("unshare", package: "util-linux")
    static let nsenter = tool("nsenter", package: "util-linux")
    static let setpriv = tool("setpriv", package: "util-linux")
    static let setsid = tool("setsid", package: "util-linux")
    static let systemctl = tool("systemctl", package: "systemd")
    static let systemdAnalyze = tool("systemd-analyze", package: "systemd")
    /// strace attaching to a sibling process: the Yama LSM allows it only at ptrace_scope 0.
    static let strace = probe(
        "strace may not attach to another process here (kernel.yama.ptrace_scope is above 0)",
        after: [tool("strace", package: "strace")]
    ) {
        let scope = try? String(contentsOfFile: "/proc/sys/kernel/yama/ptrace_scope", encoding: .utf8)
        return scope == nil || scope?.hasPrefix("0") == true
    }

    /// The full path of `name` on PATH, as a shell would find it.
    static func path(of name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        return path.split(separator: ":").lazy.map { "\($0)/\(name)" }.first {
            FileManager.default.isExecutableFile(atPath: $0)
        }
    }
}

extension Trait where Self == ConditionTrait {
    /// Runs the test only where every prerequisite is met; else it is skipped, saying what is missing.
    static func requires(_ prerequisites: Prerequisite...) -> Self {
        let missing = prerequisites.compactMap(\.missing)
        return .enabled(if: missing.isEmpty, Comment(rawValue: missing.joined(separator: "; ")))
    }
}
