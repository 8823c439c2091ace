import Foundation
import Glibc
import Testing

@testable import Watcher

/// The unit file and `install-service` / `uninstall-service`.
@Suite struct ServiceUnitTests {
    @Test func theRepositoryUnitIsTheRenderedTemplate() throws {
        let committed = try String(
            contentsOf: TestData.packageRoot.appendingPathComponent("systemd/plansync.service"), encoding: .utf8)
        #expect(
            try committed
                == ServiceUnit.render(
                    executable: "%h/.local/bin/plansync", config: "%h/.config/plansync/config.json", literal: true),
            "systemd/plansync.service and ServiceUnit.render differ: change both together")
    }

    @Test func pathsAreEscapedForSystemd() throws {
        let text = try ServiceUnit.render(executable: "/opt/my tools/plansync", config: "/home/a/100%/config.json")
        #expect(text.contains("ExecStart=\"/opt/my tools/plansync\" run --config /home/a/100%%/config.json\n"))
    }

    @Test(arguments: [
        ("/home/a/config.json", "/home/a/config.json"),
        ("/home/a/my projects/config.json", #""/home/a/my projects/config.json""#),
        (#"/home/a/"quoted"/config.json"#, #""/home/a/\"quoted\"/config.json""#),
        (#"/home/a/back\slash\config.json"#, #""/home/a/back\\slash\\config.json""#),
        ("/home/a/it's/config.json", #""/home/a/it's/config.json""#),
        ("/home/a/100%/$HOME/config.json", "/home/a/100%%/$HOME/config.json"),
        ("/home/a/a;b/config.json", #""/home/a/a;b/config.json""#),
        ("/home/a/café ünï/config.json", #""/home/a/café ünï/config.json""#),
        ("/home/a/日本/config.json", "/home/a/日本/config.json"),
    ])
    func aPathBecomesOneCommandLineWord(path: String, word: String) throws {
        #expect(try ServiceUnit.word(path, as: .argument, role: "config") == word)
    }

    @Test func aDollarTurnsVariableSubstitutionOffForTheLine() throws {
        #expect(
            try ServiceUnit.commandLine(executable: "/usr/bin/plansync", config: "/home/a/config.json")
                == "/usr/bin/plansync run --config /home/a/config.json")
        #expect(
            try ServiceUnit.commandLine(executable: "/opt/100% $HOME/plansync", config: "/home/a/${USER}/config.json")
                == #":"/opt/100%% $HOME/plansync" run --config "/home/a/${USER}/config.json""#)
    }

    @Test func aProgramPathWithAQuoteOrBackslashIsRefusedAsSystemdWouldRefuseIt() {
        for refused in [#"/opt/"q"/plansync"#, "/opt/it's/plansync", #"/opt/back\slash/plansync"#] {
            #expect(throws: ServiceUnit.UnsupportedPath.self, "systemd refuses \(refused) as a program") {
                try ServiceUnit.word(refused, as: .program, role: "plansync binary")
            }
        }
    }

    @Test(arguments: [
        "/home/a/x\nExecStartPre=/bin/touch /tmp/pwned/config.json", "/home/a/tab\there/config.json",
        "/home/a/\u{1b}[31m/config.json", "/home/a/\u{85}/config.json",
    ])
    func aPathWithAControlCharacterIsRefused(path: String) {
        #expect(throws: ServiceUnit.UnsupportedPath.self) {
            try ServiceUnit.render(executable: "/usr/bin/plansync", config: path)
        }
    }

    @Test func installWritesTheUnitAndRefusesToOverwriteHandEdits() throws {
        let scratch = try Scratch()
        try scratch.write("config.json", #"{"roots": ["p"]}"#)
        // No user manager within reach: uninstall-service must not stop or reload the developer's own.
        let env = [
            "XDG_CONFIG_HOME": scratch.path("xdg").path, "XDG_RUNTIME_DIR": scratch.path("no-runtime").path,
            "DBUS_SESSION_BUS_ADDRESS": "unix:path=\(scratch.path("no-runtime/bus").path)",
        ]
        let first = try Plansync.run(["install-service", "--config", "config.json"], in: scratch.url, environment: env)
        #expect(first.status == 0, "\(first.output)")
        for step in [
            "systemctl --user daemon-reload", "systemctl --user enable --now plansync",
            "journalctl --user -u plansync -f", "loginctl enable-linger",
        ] {
            #expect(first.stdout.contains(step), "missing next step: \(step)")
        }
        let unitPath = "xdg/systemd/user/plansync.service"
        let unit = try scratch.read(unitPath)
        #expect(
            unit.contains(
                "ExecStart=\(Plansync.executable.resolvingSymlinksInPath().path) run --config \(scratch.path("config.json").path)\n"
            ), "\(unit)")
        #expect(ServiceUnit.isUntouchedInstall(unit))

        #expect(
            try Plansync.run(["install-service", "--config", "config.json"], in: scratch.url, environment: env).stdout
                .hasPrefix("unchanged "))

        try scratch.write(unitPath, unit.replacing("RestartSec=2s", with: "RestartSec=10s"))
        let refused = try Plansync.run(
            ["install-service", "--config", "config.json"], in: scratch.url, environment: env)
        #expect(refused.status == 1 && refused.stderr.contains("changed by hand"), "\(refused.output)")
        #expect(try scratch.read(unitPath).contains("RestartSec=10s"))
        let forced = try Plansync.run(
            ["install-service", "--config", "config.json", "--force"], in: scratch.url, environment: env)
        #expect(forced.status == 0)
        #expect(try scratch.read(unitPath + ".orig").contains("RestartSec=10s"), "--force must keep the edited unit")
        #expect(try scratch.read(unitPath) == unit)

        let removed = try Plansync.run(["uninstall-service"], in: scratch.url, environment: env)
        #expect(removed.status == 0 && !scratch.exists(unitPath), "\(removed.output)")
        #expect(
            try Plansync.run(["uninstall-service"], in: scratch.url, environment: env).stdout.contains(
                "nothing to remove"))
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

    @Test func installChecksEveryRootAndWarnsBeforeWriting() throws {
        let scratch = try Scratch()
        let env = ["XDG_CONFIG_HOME": scratch.path("xdg").path]
        try scratch.write("empty.json", #"{"roots": []}"#)
        let empty = try Plansync.run(["install-service", "--config", "empty.json"], in: scratch.url, environment: env)
        #expect(empty.status == 78 && empty.stderr.contains("lists no \"roots\""), "\(empty.output)")
        #expect(!scratch.exists("xdg/systemd/user/plansync.service"), "a unit with nothing to watch was written")

        try scratch.write("plain/notes.md", "notes\n")
        try scratch.write("p/specs/001-a/spec.md", "# Feature Specification: A\n")
        try scratch.write("config.json", #"{"roots": ["p", "gone", "plain"]}"#)
        let result = try Plansync.run(
            ["install-service", "--config", "config.json"], in: scratch.url, environment: env)
        #expect(result.status == 0, "\(result.output)")
        #expect(
            result.stderr == """
                warning: root \(scratch.path("gone").path) does not exist; the service waits for it to appear
                warning: root \(scratch.path("plain").path) has no specs/ and no .specify/: not a Spec Kit project (yet)

                """, "\(result.stderr)")
        #expect(scratch.exists("xdg/systemd/user/plansync.service"))
        #expect(try scratch.read("xdg/systemd/user/plansync.service").contains("\nRestartPreventExitStatus=64 78\n"))
    }

    @Test(.requires(.systemdAnalyze))
    func systemdAnalyzeVerifiesTheInstalledUnit() throws {
        let scratch = try Scratch()
        try scratch.write("config.json", #"{"roots": ["p"]}"#)
        let env = ["XDG_CONFIG_HOME": scratch.path("xdg").path]
        try Plansync.run(["install-service", "--config", "config.json"], in: scratch.url, environment: env)
        try Self.verify(scratch.path("xdg/systemd/user/plansync.service"))
    }

    @Test(.requires(.systemdAnalyze))
    func systemdAnalyzeVerifiesAUnitWhosePathsHoldSpacesQuotesBackslashesSpecifiersAndUnicode() throws {
        let scratch = try Scratch()
        let install = try ExoticInstall(scratch: scratch)
        let unit = try scratch.read("xdg/systemd/user/plansync.service")
        #expect(
            unit.contains("ExecStart=:\"") && unit.contains("100%%") && unit.contains(#"\"dq\" \\ 50%% ${USER}"#),
            "\(unit)")
        try Self.verify(install.unit)
    }

    @Test func installRefusesAConfigPathWithALineBreak() throws {
        let scratch = try Scratch()
        let folder = "conf\nExecStartPre=/bin/touch injected"
        try scratch.write("\(folder)/config.json", #"{"roots": ["p"]}"#)
        let env = ["XDG_CONFIG_HOME": scratch.path("xdg").path]
        let result = try Plansync.run(
            ["install-service", "--config", "\(folder)/config.json"], in: scratch.url, environment: env)
        #expect(result.status == 1, "\(result.output)")
        #expect(
            result.stderr.contains("control character (U+000A)") && result.stderr.contains("conf\\nExecStartPre"),
            "\(result.stderr)")
        #expect(
            result.stderr.split(separator: "\n").count == 1,
            "the path's line break reached the terminal: \(result.stderr)")
        #expect(!scratch.exists("xdg/systemd/user/plansync.service"), "a unit with an injected directive was written")
    }

    /// `systemd-analyze --user verify`, which must neither fail nor warn (it exits 0 on unknown keys).
    static func verify(_ unit: URL) throws {
        // systemd-analyze --user needs a runtime folder, even to verify.
        let runtime = try SystemdUserManager.makeRuntimeFolder()
        defer { try? FileManager.default.removeItem(at: runtime) }
        var analyzeEnvironment = ProcessInfo.processInfo.environment
        analyzeEnvironment["XDG_RUNTIME_DIR"] = runtime.path
        let result = try SystemdUserManager.command(
            ["systemd-analyze", "--user", "verify", unit.path], environment: analyzeEnvironment)
        #expect(result.status == 0, "\(result.output)")
        #expect(result.stderr.isEmpty, "systemd-analyze exits 0 on unknown keys; its warnings: \(result.stderr)")
    }
}

/// plansync installed from a folder, and with a config in a folder, whose names hold everything a
/// unit must escape: a space, quotes and a backslash (in the config's path: systemd refuses them
/// in a program's), `%`, `$`, `;` and non-ASCII letters.
struct ExoticInstall {
    static let binFolder = "bin dir 100% $HOME ${USER} a;b café 日本"
    static let configFolder = #"conf 'sq' "dq" \ 50% ${USER} ünï"#
    let unit: URL
    let project: URL
    let environment: [String: String]

    init(scratch: Scratch) throws {
        try FileManager.default.createDirectory(at: scratch.path(Self.binFolder), withIntermediateDirectories: true)
        // A hard link, not a symlink: the unit names the binary by /proc/self/exe, which resolves links.
        let binary = scratch.path(Self.binFolder + "/plansync")
        guard link(Plansync.executable.resolvingSymlinksInPath().path, binary.path) == 0 else {
            throw POSIXError(.EXDEV)
        }
        try scratch.write("\(Self.configFolder)/config.json", #"{"roots": ["../project"], "debounceMs": 100}"#)
        try scratch.write("project/specs/001-alpha/spec.md", DaemonProject.spec("Alpha"))
        project = scratch.path("project")
        environment = ["XDG_CONFIG_HOME": scratch.path("xdg").path]
        var env = ProcessInfo.processInfo.environment
        env["XDG_CONFIG_HOME"] = environment["XDG_CONFIG_HOME"]
        let result = try Plansync.runProcess(
            binary, ["install-service", "--config", scratch.path(Self.configFolder + "/config.json").path],
            in: scratch.url, environment: env)
        try #require(result.status == 0, "\(result.output)")
        unit = scratch.path("xdg/systemd/user/plansync.service")
    }
}
