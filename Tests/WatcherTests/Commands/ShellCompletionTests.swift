import Foundation
import Testing

@testable import Watcher

/// `plansync completions SHELL`, loaded into the real shells: what a user gets after pressing Tab.
@Suite struct ShellCompletionTests {
    static let bash = Prerequisite.tool("bash", package: "bash")
    static let zsh = Prerequisite.tool("zsh", package: "zsh")
    static let fish = Prerequisite.tool("fish", package: "fish")

    /// The script `plansync completions shell` prints, written to a file in `scratch`.
    static func script(_ shell: String, in scratch: Scratch, name: String? = nil) throws -> URL {
        let result = try Plansync.run(["completions", shell], in: scratch.url)
        try #require(result.status == 0, "\(result.output)")
        try scratch.write(name ?? "completion.\(shell)", result.stdout)
        return scratch.path(name ?? "completion.\(shell)")
    }

    /// What bash completes for the words typed so far (the last one being completed).
    static func bashCompletes(_ words: [String], script: URL, in folder: URL) throws -> [String] {
        let quoted = words.map { "'\($0)'" }.joined(separator: " ")
        let program = """
            source '\(script.path)'
            COMP_WORDS=(\(quoted)); COMP_CWORD=\(words.count - 1)
            _plansync
            printf '%s\\n' "${COMPREPLY[@]}"
            """
        let result = try Plansync.runProcess(URL(fileURLWithPath: "/usr/bin/env"), ["bash", "-c", program], in: folder)
        #expect(result.status == 0 && result.stderr.isEmpty, "\(result.output)")
        return result.stdout.split(separator: "\n").map(String.init)
    }

    @Test(.requires(bash))
    func bashCompletesCommandsOptionsShellsAndFolders() throws {
        let scratch = try Scratch()
        let script = try Self.script("bash", in: scratch)
        try scratch.write("project/specs/001-a/spec.md", "# A\n")
        try scratch.write("config.json", "{}")
        #expect(try Self.bashCompletes(["plansync", "gen"], script: script, in: scratch.url) == ["generate"])
        #expect(try Self.bashCompletes(["plansync", "un"], script: script, in: scratch.url) == ["uninstall-service"])
        #expect(try Self.bashCompletes(["plansync", "--v"], script: script, in: scratch.url) == ["--version"])
        #expect(try Self.bashCompletes(["plansync", "check", "--s"], script: script, in: scratch.url) == ["--staged"])
        #expect(
            try Self.bashCompletes(["plansync", "generate", "--q"], script: script, in: scratch.url) == ["--quiet"])
        #expect(
            try Self.bashCompletes(["plansync", "completions", ""], script: script, in: scratch.url)
                == ["bash", "zsh", "fish"])
        #expect(try Self.bashCompletes(["plansync", "check", "pro"], script: script, in: scratch.url) == ["project"])
        #expect(
            try Self.bashCompletes(["plansync", "run", "--config", "conf"], script: script, in: scratch.url)
                == ["config.json"])
        #expect(try Self.bashCompletes(["plansync", "uninstall-service", ""], script: script, in: scratch.url) == [])
    }

    @Test(.requires(fish))
    func fishCompletesCommandsOptionsAndShells() throws {
        let scratch = try Scratch()
        let script = try Self.script("fish", in: scratch)
        func completes(_ line: String) throws -> [String] {
            let result = try Plansync.runProcess(
                URL(fileURLWithPath: "/usr/bin/env"),
                ["fish", "--no-config", "-c", "source '\(script.path)'; complete -C '\(line)'"], in: scratch.url)
            #expect(result.status == 0 && result.stderr.isEmpty, "\(result.output)")
            return result.stdout.split(separator: "\n").map { String($0.split(separator: "\t")[0]) }
        }
        #expect(try completes("plansync gen") == ["generate"])
        #expect(try completes("plansync check --sta") == ["--staged"])
        #expect(try completes("plansync completions ") == ["bash", "fish", "zsh"])
    }

    @Test(.requires(zsh))
    func zshLoadsTheScriptAsTheCompletionOfPlansync() throws {
        let scratch = try Scratch()
        _ = try Self.script("zsh", in: scratch, name: "functions/_plansync")
        let result = try Plansync.runProcess(
            URL(fileURLWithPath: "/usr/bin/env"),
            [
                "zsh", "-f", "-c",
                "zsh -n functions/_plansync && fpath=(functions $fpath) && autoload -Uz compinit && compinit -u -D && print ${_comps[plansync]}",
            ], in: scratch.url)
        #expect(result.status == 0 && result.stdout == "_plansync\n", "\(result.output)")
    }

    @Test func everyScriptNamesEveryCommandAndOption() throws {
        let scratch = try Scratch()
        for shell in ShellCompletion.allCases {
            let script = try String(contentsOf: try Self.script(shell.rawValue, in: scratch), encoding: .utf8)
            for command in CommandTable.commands.map({ $0.configuration }) {
                #expect(script.contains(command.name), "\(shell) misses \(command.name)")
                for option in command.options {
                    let spelled = shell == .fish ? "-l \(option.name.dropFirst(2))" : option.name
                    #expect(script.contains(spelled), "\(shell) misses \(command.name) \(option.name)")
                }
            }
        }
    }

    @Test func anUnknownShellIsAUsageErrorWithASuggestion() throws {
        let scratch = try Scratch()
        let result = try Plansync.run(["completions", "bsh"], in: scratch.url)
        #expect(
            result.status == 64 && result.stderr.contains("unknown shell 'bsh'; did you mean 'bash'?"),
            "\(result.stderr)")
    }
}
