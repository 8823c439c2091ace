import Foundation
import Testing

@testable import Watcher

/// The kernel's inotify limits, lowered for one daemon only: in a user namespace of its own,
/// `/proc/sys/user/max_inotify_*` apply to it alone, so the machine's limits stay as they are.
@Suite struct InotifyLimitTests {
    static func launcher(_ setting: String, _ value: Int) -> [String] {
        [
            "unshare", "--user", "--map-root-user", "sh", "-c",
            "echo \(value) > /proc/sys/user/\(setting) && exec \"$0\" \"$@\"",
        ]
    }

    static let userNamespaces = Prerequisite.probe(
        "user namespaces are not available here (unshare --user failed)", after: [.unshare]
    ) {
        let probe = try? Plansync.runProcess(
            URL(fileURLWithPath: "/usr/bin/env"), launcher("max_inotify_watches", 5) + ["true"])
        return probe?.status == 0
    }

    @Test(.requires(userNamespaces))
    func runningOutOfWatchesIsReportedAndTheRestIsServed() throws {
        let specs = Dictionary(uniqueKeysWithValues: (1...8).map { ("00\($0)-f\($0)", DaemonProject.spec("F\($0)")) })
        let project = try DaemonProject(specs: specs)
        let daemon = try DaemonProcess(
            config: project.config, in: project.scratch.url, launcher: Self.launcher("max_inotify_watches", 6))
        let error = try daemon.waitFor(event: "error")
        let message = error["message"] as? String ?? ""
        #expect(
            message.contains("user.max_inotify_watches (now 6)") && !message.contains("fs.inotify.max_user_watches"),
            "the limit reached is the user namespace's, and the message must name it, not the machine's: \(message)")
        let ready = try daemon.waitFor(event: "ready")
        #expect(ready["watches"] as? Int == 6, "the daemon keeps the watches it could add")
        #expect(
            daemon.events.filter { $0["event"] as? String == "error" }.count == 1, "one message, not one per folder")
        // Folders it could watch are still served.
        let mark = daemon.lineCount
        try project.write("specs/001-f1/spec.md", DaemonProject.spec("F1", requirement: "System MUST still be served"))
        try daemon.waitFor(event: "plan.updated", plan: "specs/001-f1/plan.md", after: mark)
    }

    @Test(.requires(userNamespaces))
    func noInotifyInstanceLeftIsReportedWithTheSysctl() throws {
        let project = try DaemonProject()
        let daemon = try DaemonProcess(
            config: project.config, in: project.scratch.url, launcher: Self.launcher("max_inotify_instances", 0))
        #expect(try daemon.waitForExit() == 71)
        let error = try #require(daemon.events.first { $0["event"] as? String == "error" })
        let message = error["message"] as? String ?? ""
        #expect(
            message.contains("user.max_inotify_instances (now 0)")
                && !message.contains("fs.inotify.max_user_instances"), "\(message)")
    }

    @Test func outsideAUserNamespaceTheMachinesSysctlIsNamed() {
        let machine = InotifyLimit.Setting(name: "fs.inotify.max_user_watches", value: 8192, ofNamespace: false)
        let initial = InotifyLimit.Setting(name: "user.max_inotify_watches", value: 8192, ofNamespace: true)
        #expect(
            InotifyLimit.applied(machine: machine, namespace: initial) == machine,
            "the first namespace's limit is the machine's")
        let lower = InotifyLimit.Setting(name: "user.max_inotify_watches", value: 100, ofNamespace: true)
        #expect(InotifyLimit.applied(machine: machine, namespace: lower) == lower)
        let higher = InotifyLimit.Setting(name: "user.max_inotify_watches", value: 100_000, ofNamespace: true)
        #expect(InotifyLimit.applied(machine: machine, namespace: higher) == machine)
        #expect(
            InotifyLimit.advice(for: machine)
                == "raise it with 'sudo sysctl fs.inotify.max_user_watches=16384' (now 8192)")
    }
}
