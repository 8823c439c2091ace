/// The version `plansync --version` prints and the daemon's startup line names.
let plansyncVersion = "0.1.0"

/// Every command, in the order `plansync --help` lists them.
enum CommandTable {
    static let commands: [any Command.Type] = [
        RunCommand.self,
        GenerateCommand.self,
        CheckCommand.self,
        DiffCommand.self,
        InstallServiceCommand.self,
        UninstallServiceCommand.self,
        CompletionsCommand.self,
    ]
}
