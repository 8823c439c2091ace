import Foundation
import Glibc
import Testing
@testable import Watcher

/// The unit file and `install-service` / `uninstall-service`.
@Suite struct ServiceUnitTests {
    @Test func theRepositoryUnitIsTheRenderedTemplate() throws {
        let committed = try String(contentsOf: Plansync.packageRoot.appendingPathComponent("systemd/plansync.service"), encoding: .utf8)
        #expect(committed == ServiceUnit.render(executable: "%h/.local/bin/plansync", config: "%h/.config/plansync/config.json", literal: true),
                "systemd/plansync.service and ServiceUnit.render differ: change both together")
    }

    @Test func pathsAreEscapedForSystemd() {
        let text = ServiceUnit.render(executable: "/opt/my tools/plansync", config: "/home/a/100%/config.json")
        #expect(text.contains("ExecStart=\"/opt/my tools/plansync\" run --config /home/a/100%%/config.json\n"))
    }

    @Test func installWritesTheUnitAndRefusesToOverwriteHandEdits() throws {
        let scratch = try Scratch()
        try scratch.write("config.json", #"{"roots": ["p"]}"#)
        let env = ["XDG_CONFIG_HOME": scratch.path("xdg").path]
        let first = try Plansync.run(["install-service", "--config", "config.json"], in: scratch.url, environment: env)
        #expect(first.status == 0, "\(first.output)")
        for step in ["systemctl --user daemon-reload", "systemctl --user enable --now plansync", "journalctl --user -u plansync -f", "loginctl enable-linger"] {
            #expect(first.stdout.contains(step), "missing next step: \(step)")
        }
        let unitPath = "xdg/systemd/user/plansync.service"
        let unit = try scratch.read(unitPath)
        #expect(unit.contains("ExecStart=\(Plansync.executable.resolvingSymlinksInPath().path) run --config \(scratch.path("config.json").path)\n"), "\(unit)")
        #expect(ServiceUnit.isUntouchedInstall(unit))

        #expect(try Plansync.run(["install-service", "--config", "config.json"], in: scratch.url, environment: env).stdout.hasPrefix("unchanged "))

        try scratch.write(unitPath, unit.replacing("RestartSec=2s", with: "RestartSec=10s"))
        let refused = try Plansync.run(["install-service", "--config", "config.json"], in: scratch.url, environment: env)
        #expect(refused.status == 1 && refused.stderr.contains("changed by hand"), "\(refused.output)")
        #expect(try scratch.read(unitPath).contains("RestartSec=10s"))
        let forced = try Plansync.run(["install-service", "--config", "config.json", "--force"], in: scratch.url, environment: env)
        #expect(forced.status == 0)
        #expect(try scratch.read(unitPath + ".orig").contains("RestartSec=10s"), "--force must keep the edited unit")
        #expect(try scratch.read(unitPath) == unit)

        let removed = try Plansync.run(["uninstall-service"], in: scratch.url, environment: env)
        #expect(removed.status == 0 && !scratch.exists(unitPath), "\(removed.output)")
        #expect(try Plansync.run(["uninstall-service"], in: scratch.url, environment: env).stdout.contains("nothing to remove"))
    }

    @Test func installNeedsAValidConfig() throws {
        let scratch = try Scratch()
        let env = ["XDG_CONFIG_HOME": scratch.path("xdg").path]
        let missing = try Plansync.run(["install-service"], in: scratch.url, environment: env)
        #expect(missing.status == 78 && missing.stderr.contains("--config"), "\(missing.output)")
        try scratch.write("bad.json", #"{"rootz": []}"#)
        let bad = try Plansync.run(["install-service", "--config", "bad.json"], in: scratch.url, environment: env)
        #expect(bad.status == 78 && bad.stderr.contains("rootz"))
    }

    @Test(.enabled(if: SystemdUserManager.hasSystemdAnalyze, "systemd-analyze is not installed: .ci/run installs systemd"))
    func systemdAnalyzeVerifiesTheInstalledUnit() throws {
        let scratch = try Scratch()
        try scratch.write("config.json", #"{"roots": ["p"]}"#)
        let env = ["XDG_CONFIG_HOME": scratch.path("xdg").path]
        try Plansync.run(["install-service", "--config", "config.json"], in: scratch.url, environment: env)
        // systemd-analyze --user needs a runtime folder, even to verify.
        var template = Array("/tmp/plansync-verify.XXXXXX".utf8CString)
        let runtime = String(cString: try #require(mkdtemp(&template)))
        defer { try? FileManager.default.removeItem(atPath: runtime) }
        var analyzeEnvironment = ProcessInfo.processInfo.environment
        analyzeEnvironment["XDG_RUNTIME_DIR"] = runtime
        let result = try SystemdUserManager.command(["systemd-analyze", "--user", "verify", scratch.path("xdg/systemd/user/plansync.service").path],
                                                    environment: analyzeEnvironment)
        let output = result.output
        let warnings = result.stderr
        #expect(result.status == 0, "\(output)")
        #expect(warnings.isEmpty, "systemd-analyze exits 0 on unknown keys; its warnings: \(warnings)")
    }
}
