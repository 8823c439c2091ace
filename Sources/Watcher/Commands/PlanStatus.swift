import Generator

/// Where one spec folder's plan stands, as `plansync status` shows it: judged by the same dry
/// run as `check` (nothing is written), named in words a person reads and in stable JSON.
struct PlanStatus {
    /// The state, spelled on the wire (`--json`'s `state`) as the raw value.
    enum State: String, CaseIterable {
        /// plansync's plan, as `generate` would leave it.
        case current
        /// plansync's plan, and `generate` would change it: its spec (or constitution, a sibling's
        /// title, the config) changed since.
        case stale
        /// plansync's plan, current, with sections kept because someone edited them.
        case handEdited = "hand-edited"
        /// A plan.md without plansync's header: Spec Kit's `/speckit.plan`, or written by hand;
        /// plansync does not manage it.
        case anotherTool = "another-tool"
        /// plansync's header but no end marker.
        case cutShort = "cut-short"
        /// No plan.md: `generate` writes one.
        case noPlan = "no-plan"
        /// No spec.md in the folder.
        case noSpec = "no-spec"
        /// spec.md is still Spec Kit's template: no plan until it is filled in.
        case template
        /// Something could not be read (the spec, the plan, the constitution, the folder).
        case unreadable

        /// The state in words, first on the line.
        var words: String {
            switch self {
            case .current: "current"
            case .stale: "stale"
            case .handEdited: "hand-edited"
            case .anotherTool: "another tool"
            case .cutShort: "cut short"
            case .noPlan: "no plan yet"
            case .noSpec: "spec missing"
            case .template: "waiting for the spec"
            case .unreadable: "unreadable"
            }
        }
    }

    var state: State
    var summary = ChangeSummary()
    /// Who wrote a plan of `anotherTool`.
    var author: PlanAuthor?
    /// What could not be read, for `unreadable`.
    var error: String?

    init(state: State, error: String? = nil) {
        self.state = state
        self.error = error
    }

    /// The state of a plan from `check`'s dry run of it (`PlanWriter.sync` with `dryRun`).
    init(_ result: PlanWriter.Result) {
        summary = result.summary
        switch result.kind {
        case .wouldWrite(let created): state = created ? .noPlan : .stale
        case .unchanged, .written, .postponed: state = result.summary.kept.isEmpty ? .current : .handEdited
        case .skippedUserWritten:
            state = .anotherTool
            author = PlanAuthor.of(foreignPlan: result.oldText ?? "")
        case .skippedTruncated: state = .cutShort
        case .noSpec: state = .noSpec
        case .skippedTemplate: state = .template
        case .failed(let message):
            state = .unreadable
            error = message
        }
    }

    /// The rest of the line after the state: what it means, and what to do where there is something to do.
    /// - Parameter folder: the spec folder as shown (relative, escaped), for the commands it suggests.
    func detail(folder: String) -> String {
        let count = summary.kept.count
        let kept =
            count == 0
            ? "" : "\(count) section\(count == 1 ? "" : "s") kept by hand: \(summary.kept.joined(separator: ", "))"
        switch state {
        case .current: return ""
        case .handEdited: return kept
        case .stale:
            let change =
                "'plansync generate \(folder)' would change \(summary.sections.joined(separator: ", ")) (+\(summary.added) -\(summary.removed))"
            return kept.isEmpty ? change : change + "; " + kept
        case .anotherTool:
            return
                "written by \((author ?? .unknown).description); plansync does not manage it ('plansync generate --force \(folder)' hands it over, keeping plan.md.orig)"
        case .cutShort:
            return
                "plansync's header but no end marker; restore it, or run 'plansync generate --force \(folder)' (keeping plan.md.orig)"
        case .noPlan: return "'plansync generate \(folder)' writes it"
        case .noSpec: return "no spec.md in the folder"
        case .template: return "spec.md is still the Spec Kit template; plansync writes the plan once it is filled in"
        case .unreadable: return ControlCharacters.escaped(error ?? "")
        }
    }

    /// One line of `status`: `specs/001-a: stale, 'plansync generate specs/001-a' would change …`.
    func line(folder: String) -> String {
        let detail = detail(folder: folder)
        return "\(folder): \(state.words)" + (detail.isEmpty ? "" : ", " + detail)
    }

    /// One JSON object of `status --json`, on one line; every field is always there.
    /// - Parameters: folder: the folder as shown; root: the project root; plan: plan.md relative to the root.
    func json(folder: String, root: String, plan: String) -> String {
        let fields = [
            ("folder", JSONText.quoted(folder)), ("root", JSONText.quoted(root)), ("plan", JSONText.quoted(plan)),
            ("state", JSONText.quoted(state.rawValue)), ("added", "\(summary.added)"),
            ("removed", "\(summary.removed)"),
            ("sections", JSONText.array(summary.sections)), ("kept", JSONText.array(summary.kept)),
            ("author", JSONText.optional(author?.rawValue)), ("error", JSONText.optional(error)),
        ]
        return "{" + fields.map { "\"\($0.0)\":\($0.1)" }.joined(separator: ",") + "}"
    }
}
