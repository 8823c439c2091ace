/// `plansync status`: where every plan stands, one line per spec folder, writing nothing.
enum StatusCommand: Command {
    static let configuration = CommandConfiguration(
        name: "status", summary: "Say where each plan stands (current, stale, hand-edited, another tool's…).",
        usage: "plansync status [--config FILE] [--json] [PATH ...]",
        details: """
            PATH as for 'generate'. One line per spec folder: current, stale (generate would change
            it), hand-edited (sections kept by hand), another tool (a plan.md plansync did not write,
            such as Spec Kit's /speckit.plan's; plansync does not manage it), cut short, no plan yet,
            spec missing, unreadable. Nothing is written. With --json, one JSON object per line (JSON
            Lines), with the fields folder, root, plan, state, added, removed, sections, kept, author
            and error. Informational: a stale plan does not change the exit status ('check' does).
            """,
        options: [
            .config,
            .init(name: "--json", value: nil, help: "One JSON object per spec folder and line, for scripts."),
        ],
        exitStatuses: [.ok: "whatever the plans' states", .trouble: "a PATH names no project or spec folder"])

    static func run(_ arguments: ParsedArguments, notifier: SystemdNotifier?) -> ExitStatus {
        PlanWalk.run(.status, arguments)
    }
}
