/// `plansync diff`: what `generate` would change, as a patch(1) can apply it.
enum DiffCommand: Command {
    static let configuration = CommandConfiguration(
        name: "diff", summary: "Print the unified diff that 'generate' would apply; writes nothing.",
        usage: "plansync diff [--config FILE] [--staged] [--quiet | --verbose] [PATH ...]",
        details: """
            PATH as for 'generate'. The diff applies with 'patch -p1' or 'git apply'; --staged diffs the
            plans in the git index against what the staged specs give. --quiet prints no diff, only
            the exit status says (as 'git diff --quiet').
            """,
        options: [.config, .staged, .quiet, .verbose],
        exitStatuses: [
            .ok: "no plan would change", .failure: "some would (as diff(1) and 'git diff --exit-code')",
            .trouble: "on errors",
        ])

    static func run(_ arguments: ParsedArguments, notifier: SystemdNotifier?) -> ExitStatus {
        PlanWalk.run(.diff, arguments)
    }
}
