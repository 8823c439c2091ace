import Foundation
import Glibc
import Testing

/// plansync as a systemd user service, under a real user manager.
@Suite(.serialized) struct SystemdServiceTests {
    @Test(.requires(SystemdUserManager.available))
    func theServiceStartsReloadsRestartsAndStops() throws {
        let project = try DaemonProject()
        try project.scratch.write("second/specs/001-other/spec.md", DaemonProject.spec("Other"))
        try #"{"roots": ["project"], "debounceMs": 100}"#.write(to: project.config, atomically: false, encoding: .utf8)
        let configHome = project.scratch.path("xdg")
        let install = try Plansync.run(
            ["install-service", "--config", project.config.path], in: project.scratch.url,
            environment: ["XDG_CONFIG_HOME": configHome.path])
        try #require(install.status == 0, "\(install.output)")

        let manager = try SystemdUserManager(configHome: configHome)
        try manager.systemctl(["daemon-reload"])
        // `start` returns once the service sent READY=1, that is after its startup scan.
        let start = try manager.systemctl(["start", "plansync"])
        let afterStart = try manager.systemctl(["status", "plansync"]).stdout
        #expect(start.status == 0, "\(start.output)\n\(afterStart)")
        #expect(try manager.property("ActiveState") == "active")
        #expect(try manager.property("SubState") == "running")
        #expect(
            FileManager.default.fileExists(atPath: project.path("specs/001-alpha/plan.md").path),
            "READY=1 came before the startup scan")

        let status = try manager.systemctl(["status", "plansync"]).stdout
        #expect(status.contains("Status: \"watching 1 spec in 1 project"), "\(status)")

        try project.write(
            "specs/001-alpha/spec.md", DaemonProject.spec("Alpha", requirement: "System MUST run as a service"))
        try waitUntil("the plan to follow the spec") {
            (try? project.read("specs/001-alpha/plan.md"))?.contains("FR-001: Run as a service") == true
        }

        try #"{"roots": ["project", "second"], "debounceMs": 100}"#.write(
            to: project.config, atomically: false, encoding: .utf8)
        #expect(try manager.systemctl(["reload", "plansync"]).status == 0)
        try waitUntil("the reloaded config's new root to get its plan") {
            FileManager.default.fileExists(atPath: project.scratch.path("second/specs/001-other/plan.md").path)
        }
        try waitUntil("the STATUS line to count both projects") {
            try manager.property("StatusText").contains("in 2 projects")
        }

        let firstPID = try manager.property("MainPID")
        kill(pid_t(firstPID)!, SIGKILL)
        try waitUntil("systemd to restart the killed service") {
            let pid = try manager.property("MainPID")
            let state = try manager.property("ActiveState")
            return pid != firstPID && pid != "0" && state == "active"
        }
        #expect(try manager.property("NRestarts") == "1")

        #expect(try manager.systemctl(["stop", "plansync"]).status == 0)
        #expect(try manager.property("ActiveState") == "inactive")
        #expect(try manager.property("Result") == "success", "the service did not stop cleanly")
    }
}

extension SystemdServiceTests {
    /// The proof that the unit's escaping is right: systemd hands plansync exactly the config path
    /// (spaces, quotes, a backslash, `%`, `$`, unicode) and runs the binary from its odd folder.
    @Test(.requires(SystemdUserManager.available))
    func theServiceStartsFromPathsThatNeedEscaping() throws {
        let scratch = try Scratch()
        let install = try ExoticInstall(scratch: scratch)
        let manager = try SystemdUserManager(configHome: scratch.path("xdg"))
        try manager.systemctl(["daemon-reload"])
        let start = try manager.systemctl(["start", "plansync"])
        let status = try manager.systemctl(["status", "plansync"]).stdout
        #expect(start.status == 0, "\(start.output)\n\(status)")
        #expect(try manager.property("ActiveState") == "active", "\(status)")
        // The command line the service runs with, as the kernel has it.
        let pid = try manager.property("MainPID")
        let cmdline = try Data(contentsOf: URL(fileURLWithPath: "/proc/\(pid)/cmdline"))
        let argv = cmdline.split(separator: 0, omittingEmptySubsequences: false).dropLast().map {
            String(decoding: $0, as: UTF8.self)
        }
        #expect(
            argv == [
                scratch.path(ExoticInstall.binFolder + "/plansync").path, "run", "--config",
                scratch.path(ExoticInstall.configFolder + "/config.json").path,
            ],
            "systemd did not pass the paths through: \(argv)")
        #expect(
            FileManager.default.fileExists(
                atPath: install.project.appendingPathComponent("specs/001-alpha/plan.md").path),
            "the service did not read its config: \(status)")
        #expect(try manager.systemctl(["stop", "plansync"]).status == 0)
    }
}

extension SystemdServiceTests {
    /// A root that does not exist makes plansync exit 78; a restart cannot fix that, so the unit
    /// must end failed at once rather than restart every 2 s. The log goes to the file a drop-in
    /// names, as the README advises where there is no journald (there is none here).
    @Test(.requires(SystemdUserManager.available))
    func aServiceWithoutAnyRootEndsFailedWithoutRestarting() throws {
        let scratch = try Scratch()
        try scratch.write("config.json", #"{"roots": ["gone"]}"#)
        let configHome = scratch.path("xdg")
        let install = try Plansync.run(
            ["install-service", "--config", "config.json"], in: scratch.url,
            environment: ["XDG_CONFIG_HOME": configHome.path])
        try #require(install.status == 0, "\(install.output)")
        #expect(
            install.stderr.contains("warning: root \(scratch.path("gone").path) does not exist"), "\(install.stderr)")
        try scratch.write(
            "xdg/systemd/user/plansync.service.d/log.conf",
            "[Service]\nStandardError=append:\(scratch.path("plansync.log").path)\n")

        let manager = try SystemdUserManager(configHome: configHome)
        try manager.systemctl(["daemon-reload"])
        let start = try manager.systemctl(["start", "plansync"])
        #expect(start.status != 0, "a start with no root cannot succeed: \(start.output)")
        try waitUntil("the unit to end failed") { try manager.property("ActiveState") == "failed" }
        let status = try manager.systemctl(["status", "plansync"]).stdout
        #expect(try manager.property("NRestarts") == "0", "exit 78 was restarted: \(status)")
        #expect(try manager.property("ExecMainStatus") == "78", "\(status)")
        #expect(try manager.property("Result") == "exit-code", "\(status)")
        let log = try scratch.read("plansync.log")
        #expect(log.contains("no root to watch"), "the log did not reach the drop-in's file: \(log)")
    }

    /// `uninstall-service` on a running, enabled service stops and disables it before the unit
    /// goes, so that no service is left running from a file that no longer exists.
    @Test(.requires(SystemdUserManager.available))
    func uninstallStopsAndDisablesARunningServiceFirst() throws {
        let project = try DaemonProject()
        let configHome = project.scratch.path("xdg")
        let install = try Plansync.run(
            ["install-service", "--config", project.config.path], in: project.scratch.url,
            environment: ["XDG_CONFIG_HOME": configHome.path])
        try #require(install.status == 0, "\(install.output)")
        let manager = try SystemdUserManager(configHome: configHome)
        try manager.systemctl(["daemon-reload"])
        let enable = try manager.systemctl(["enable", "--now", "plansync"])
        try #require(enable.status == 0, "\(enable.output)")
        #expect(try manager.property("ActiveState") == "active")
        let wants = "xdg/systemd/user/default.target.wants/plansync.service"
        #expect(project.scratch.exists(wants))

        let removed = try Plansync.run(
            ["uninstall-service"], in: project.scratch.url, environment: manager.environment)
        #expect(removed.status == 0, "\(removed.output)")
        #expect(removed.stdout.hasPrefix("stopped and disabled plansync.service\n"), "\(removed.stdout)")
        #expect(try manager.property("ActiveState") == "inactive", "the service still runs")
        #expect(!project.scratch.exists("xdg/systemd/user/plansync.service"))
        #expect(!project.scratch.exists(wants), "the service is still enabled")
        #expect(try manager.property("LoadState") == "not-found", "the manager was not reloaded")
    }
}
