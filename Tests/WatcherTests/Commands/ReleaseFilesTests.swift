import Foundation
import Testing

@testable import Watcher

/// What a release ships beside the binary: one version everywhere, the licence, the changelog,
/// the man page and `make install`'s layout.
@Suite struct ReleaseFilesTests {
    static let make = Prerequisite.tool("make", package: "make")
    static let groff = Prerequisite.tool("groff", package: "groff-base")

    static func text(_ path: String) throws -> String {
        try String(contentsOf: TestData.packageRoot.appendingPathComponent(path), encoding: .utf8)
    }

    @Test func theChangelogsLatestVersionIsTheBinarysVersion() throws {
        let heading = try Self.text("CHANGELOG.md").split(separator: "\n").first { $0.hasPrefix("## ") }
        #expect(
            heading?.hasPrefix("## \(plansyncVersion) ") == true,
            "CHANGELOG.md's top release is '\(heading ?? "none")', plansync --version says \(plansyncVersion)")
    }

    @Test func theLicenceIsApache2() throws {
        let licence = try Self.text("LICENSE")
        #expect(licence.contains("Apache License") && licence.contains("Version 2.0, January 2004"))
        #expect(licence.contains("END OF TERMS AND CONDITIONS"), "the licence text is cut short")
    }

    @Test func theManPageNamesEveryCommandAndOption() throws {
        let page = try Self.text("docs/plansync.1").replacing("\\-", with: "-")
        for command in CommandTable.commands.map({ $0.configuration }) {
            #expect(page.contains(".B plansync \(command.name)"), "the SYNOPSIS misses \(command.name)")
            #expect(page.contains(".B \(command.name)\n"), "COMMANDS misses \(command.name)")
            for option in command.options {
                #expect(page.contains(option.name), "the man page misses \(command.name) \(option.name)")
            }
        }
        for status in ExitStatus.allCases {
            #expect(page.contains(".B \(status.rawValue)\n"), "EXIT STATUS misses \(status.rawValue)")
        }
    }

    @Test(.requires(groff))
    func theManPageRendersWithoutWarnings() throws {
        let page = TestData.packageRoot.appendingPathComponent("docs/plansync.1").path
        let result = try Plansync.runProcess(
            URL(fileURLWithPath: "/usr/bin/env"), ["groff", "-man", "-ww", "-z", page])
        #expect(result.status == 0 && result.stderr.isEmpty, "\(result.output)")
    }

    @Test func theReadmeLinksThePlanFormatInTheRepository() throws {
        let readme = try Self.text("README.md")
        #expect(readme.contains("(docs/plan-format.md)"))
        #expect(!readme.contains("../shared/plan-format.md"), "the README points outside the repository")
    }

    /// `make install` with this build's binary into a staging folder: every file where it
    /// belongs, the unit running the installed binary, and `make uninstall` taking it all back.
    @Test(.requires(make))
    func makeInstallPutsEachFileWhereItBelongsAndUninstallRemovesThem() throws {
        let scratch = try Scratch()
        let stage = scratch.path("stage").path
        let variables = ["BINARY=\(Plansync.executable.path)", "DESTDIR=\(stage)", "PREFIX=/usr/local"]
        let install = try Plansync.runProcess(
            URL(fileURLWithPath: "/usr/bin/env"),
            ["make", "--no-print-directory", "-C", TestData.packageRoot.path, "install"] + variables)
        try #require(install.status == 0, "\(install.output)")
        let files = [
            "bin/plansync", "share/systemd/user/plansync.service", "share/man/man1/plansync.1",
            "share/bash-completion/completions/plansync", "share/zsh/site-functions/_plansync",
            "share/fish/vendor_completions.d/plansync.fish", "share/doc/plansync/README.md",
            "share/doc/plansync/CHANGELOG.md", "share/doc/plansync/LICENSE", "share/doc/plansync/plan-format.md",
        ]
        for file in files {
            #expect(scratch.exists("stage/usr/local/\(file)"), "make install left out \(file)")
        }
        let unit = try scratch.read("stage/usr/local/share/systemd/user/plansync.service")
        #expect(unit.contains("\nExecStart=/usr/local/bin/plansync run --config %h/.config/plansync/config.json\n"))
        #expect(try scratch.read("stage/usr/local/share/bash-completion/completions/plansync").contains("_plansync"))

        let uninstall = try Plansync.runProcess(
            URL(fileURLWithPath: "/usr/bin/env"),
            ["make", "--no-print-directory", "-C", TestData.packageRoot.path, "uninstall"] + variables)
        #expect(uninstall.status == 0, "\(uninstall.output)")
        let left = FileManager.default.enumerator(atPath: stage)?.compactMap { $0 as? String }.filter {
            !FileManager.default.fileExists(atPath: stage + "/" + $0 + "/.")
        }
        #expect(left == [], "make uninstall left files behind: \(left ?? [])")
    }
}
