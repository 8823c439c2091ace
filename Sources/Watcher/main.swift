/// Parses the command line and runs the command it names; returns how the process exits.
func main() -> ExitStatus {
    // Read and removed from the environment first thing, so that nothing started later inherits it.
    let notifier = SystemdNotifier.fromEnvironment()
    let arguments = Array(CommandLine.arguments.dropFirst())
    do throws(UsageError) {
        switch try ArgumentParser.parse(arguments, commands: CommandTable.commands) {
        case .version:
            StandardStreams.line("plansync \(plansyncVersion)")
        case .help(nil):
            StandardStreams.line(
                ArgumentParser.overview(CommandTable.commands, version: plansyncVersion), terminator: "")
        case .help(let spec?):
            StandardStreams.line(ArgumentParser.help(for: spec), terminator: "")
        case .run(let command, let parsed):
            // Still single-threaded here: `run` reads its signals from a signalfd, so they must be
            // blocked before any thread exists; every other command can be interrupted.
            if command == RunCommand.self {
                SignalDescriptor.blockHandledSignals()
            } else {
                SignalDescriptor.unblockHandledSignals()
            }
            return command.run(parsed, notifier: notifier)
        }
        return .ok
    } catch {
        StandardStreams.error(error.description)
        return .usage
    }
}

CurrentProcess.exit(main().rawValue)
