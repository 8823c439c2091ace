import Foundation
import Testing

@testable import Watcher

/// The help that the table of commands and the exit statuses produce: built from the types, it
/// must still read as a person wrote it.
@Suite struct CommandTableTests {
    @Test func theOverviewListsEveryExitStatusAsBefore() throws {
        let scratch = try Scratch()
        let help = try Plansync.run(["--help"], in: scratch.url)
        let expected = """
            Exit status: 0 success, 1 a plan was skipped for an error (check, diff: a plan is out of date),
            2 check/diff could not read something, 64 usage error, 71 run could not start watching,
            78 invalid config (or, for run, no root exists).

            """
        #expect(
            help.stdout.hasSuffix("config.json.\n" + expected),
            "the exit statuses of 'plansync --help' changed:\n\(help.stdout)")
        for command in CommandTable.commands {
            #expect(
                help.stdout.contains("\n  \(command.configuration.name) "),
                "'plansync --help' does not list \(command.configuration.name)")
        }
    }

    @Test func checkHelpSaysWhatItsStatusesMean() throws {
        let scratch = try Scratch()
        let help = try Plansync.run(["check", "--help"], in: scratch.url)
        #expect(
            help.stdout.contains(
                """
                Exit status: 0 every managed plan is up to date, 1 some would change (each is listed), 2 on errors.

                OPTIONS:
                  --config FILE  Read this config.json instead of the default location.
                """), "\(help.stdout)")
    }

    @Test func exitStatusLinesBreakBetweenStatusesWithinTheWidth() {
        let paragraph = ArgumentParser.exitStatusParagraph(ExitStatus.allCases.map { ($0, $0.meaning) })
        let lines = paragraph.split(separator: "\n")
        #expect(lines.count > 1 && lines.allSatisfy { $0.count <= ArgumentParser.width }, "\(paragraph)")
        for status in ExitStatus.allCases {
            #expect(
                lines.contains { $0.contains("\(status.rawValue) \(status.meaning)") },
                "\(status) is missing or cut: \(paragraph)")
        }
    }

    @Test func everyCommandHasItsOwnNameUsageAndHelp() {
        let names = CommandTable.commands.map { $0.configuration.name }
        #expect(Set(names).count == names.count, "two commands share a name: \(names)")
        for command in CommandTable.commands {
            let spec = command.configuration
            #expect(spec.usage.hasPrefix("plansync \(spec.name)"), "\(spec.name): \(spec.usage)")
            #expect(ArgumentParser.help(for: spec).hasPrefix(spec.summary + "\n\nUSAGE: " + spec.usage + "\n"))
        }
    }
}
