/// The version `plansync --version` prints and the daemon's startup line names: the one place it is
/// written. CHANGELOG.md's top heading, the man page and the .deb take it from here (a test and
/// the Makefile see to it).
let plansyncVersion = "0.2.0"

/// Every command, in the order `plansync --help` lists them.
enum CommandTable {
    static let commands: [any Command.Type] = [
        RunCommand.self,
        GenerateCommand.self,
        CheckCommand.self,
        DiffCommand.self,
        StatusCommand.self,
        InstallServiceCommand.self,
        UninstallServiceCommand.self,
        CompletionsCommand.self,
    ]
}
