/// `plansync check`: whether every plan is up to date, for CI and pre-commit hooks.
enum CheckCommand: Command {
    static let configuration = CommandConfiguration(
        name: "check", summary: "Exit 1 if any plan.md is out of date (for CI and pre-commit hooks); writes nothing.",
        usage: "plansync check [--config FILE] [--staged] [--quiet | --verbose] [PATH ...]",
        details: """
            PATH as for 'generate'. With --staged, the plans in the git index are compared with what the
            staged specs give, so that a pre-commit hook refuses a commit whose regenerated plan was not
            staged; the working tree is not read.
            """,
        options: [.config, .staged, .quiet, .verbose],
        exitStatuses: [
            .ok: "every managed plan is up to date", .failure: "some would change (each is listed)",
            .trouble: "on errors",
        ])

    static func run(_ arguments: ParsedArguments, notifier: SystemdNotifier?) -> ExitStatus {
        PlanWalk.run(.check, arguments)
    }
}
