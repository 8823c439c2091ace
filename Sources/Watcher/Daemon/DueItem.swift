/// What a change makes due once its root is quiet: one spec folder's plan, or a root's
/// constitution, which stands for every plan of the root (read once, then each plan follows).
enum DueItem: Hashable, Sendable {
    case plan(SpecKey)
    case constitution(root: String)

    var root: String {
        switch self {
        case .plan(let key): key.root
        case .constitution(let root): root
        }
    }

    /// The spec folder's key; nil for a constitution.
    var specKey: SpecKey? {
        if case .plan(let key) = self { key } else { nil }
    }
}
