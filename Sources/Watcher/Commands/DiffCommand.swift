/// `plansync diff`: what `generate` would change, as a patch(1) can apply it.
enum DiffCommand: Command {
    static let configuration = CommandConfiguration(
        name: "diff", summary: "Print the unified diff that 'generate' would apply; writes nothing.",
        usage: "plansync diff [--config FILE] [PATH ...]", options: [.config])

    static func run(_ arguments: ParsedArguments, notifier: SystemdNotifier?) -> ExitStatus {
        PlanWalk.run(.diff, arguments)
    }
}
