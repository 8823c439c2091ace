/// Why a plan is being brought up to date: the `trigger` of its log lines, spelled on the wire
/// as the raw value (README, "What triggers a plan").
enum Trigger: String, Sendable, CustomStringConvertible {
    /// The daemon started: every plan of every root.
    case startup
    /// spec.md was saved, created, deleted, or its permissions changed.
    case spec = "spec.md"
    /// plan.md was deleted (it comes back) or written by someone else (an editor, a checkout).
    case plan = "plan.md"
    /// constitution.md changed: every plan of the root.
    case constitution = "constitution.md"
    /// A spec this one names as a feature dependency changed its title.
    case dependency
    /// Events were lost (a queue overflow, an unknown watch), or a root came back.
    case rescan
    /// `SIGHUP` added a root, or changed what plans are made of (stack, estimates, size limit).
    case reload
    /// A write that failed for want of room or permission, tried again.
    case retry

    /// The spelling on the wire, also in messages.
    var description: String { rawValue }

    /// A change in the spec folders, after which a spec's title is read again before the batch
    /// is written: a burst that changed many specs is judged against the titles it left.
    var mayChangeTitle: Bool {
        switch self {
        case .spec, .plan, .dependency: true
        case .startup, .constitution, .rescan, .reload, .retry: false
        }
    }
}
