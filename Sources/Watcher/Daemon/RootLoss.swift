/// Why a root of the config is not being watched.
enum RootLoss: Equatable, Sendable {
    /// The root folder was deleted (IN_DELETE_SELF).
    case removed
    /// The root folder was renamed or moved away (IN_MOVE_SELF): its watches followed it, so
    /// they are dropped, or the renamed tree would be served under the old name.
    case renamed
    /// The file system it was on was unmounted (IN_UNMOUNT).
    case unmounted
    /// Not there at startup, at a reload or at a rescan.
    case notFound

    var description: String {
        switch self {
        case .removed: "was removed"
        case .renamed: "was renamed or moved away"
        case .unmounted: "was unmounted"
        case .notFound: "does not exist or is not a folder"
        }
    }

    /// The name in the log's `reason` field.
    var name: String {
        switch self {
        case .removed: "removed"
        case .renamed: "renamed"
        case .unmounted: "unmounted"
        case .notFound: "not found"
        }
    }
}
