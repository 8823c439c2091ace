/// `plansync generate`: writes or updates the plans, keeping hand edits.
enum GenerateCommand: Command {
    static let configuration = CommandConfiguration(
        name: "generate", summary: "Write or update the plan.md of every spec folder.",
        usage: "plansync generate [--config FILE] [--force] [--quiet | --verbose] [PATH ...]",
        details: """
            Each PATH is a project root (every specs/*/spec.md under it) or one spec folder; without PATH
            the roots of the config are used, else the current folder when it is a Spec Kit project
            (it has specs/ or .specify/). Sections edited by hand are kept. A plan.md that plansync did
            not write is skipped; --force replaces it, keeping the old file as plan.md.orig.
            """,
        options: [
            .config,
            .init(
                name: "--force", value: nil,
                help:
                    "Regenerate every section, replacing hand edits and hand-written plans (old file kept as plan.md.orig)."
            ),
            .quiet, .verbose,
        ])

    static func run(_ arguments: ParsedArguments, notifier: SystemdNotifier?) -> ExitStatus {
        PlanWalk.run(.generate, arguments)
    }
}
