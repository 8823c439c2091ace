/// A directory plansync watches, by the role it plays in a Spec Kit project.
enum WatchedFolder: Hashable {
    /// The project root: `specs/`, `.specify/` or `memory/` may appear in it.
    case root(String)
    /// `<root>/specs`: spec folders appear and disappear here.
    case specs(String)
    /// `<root>/specs/<name>`: spec.md and plan.md live here.
    case spec(String, String)
    /// `<root>/.specify`: `memory/` may appear in it.
    case specify(String)
    /// `<root>/.specify/memory` or `<root>/memory`, by its path: constitution.md lives here.
    case memory(String, String)
    /// A folder below the root that holds a manifest or marker of the project's profile
    /// (`apps/api`, `.github/workflows`), by its path.
    case sources(String, String)

    var root: String {
        switch self {
        case .root(let r), .specs(let r), .spec(let r, _), .specify(let r), .memory(let r, _), .sources(let r, _): r
        }
    }

    var path: String {
        switch self {
        case .root(let r): r
        case .specs(let r): Path.join(r, "specs")
        case .spec(let r, let name): Path.join(Path.join(r, "specs"), name)
        case .specify(let r): Path.join(r, ".specify")
        case .memory(_, let path), .sources(_, let path): path
        }
    }
}

/// Watch descriptors and the folders they stand for, both ways.
struct WatchTable {
    private(set) var folders: [Int32: WatchedFolder] = [:]
    private(set) var descriptors: [WatchedFolder: Int32] = [:]

    var count: Int { folders.count }

    subscript(wd: Int32) -> WatchedFolder? { folders[wd] }
    subscript(folder: WatchedFolder) -> Int32? { descriptors[folder] }

    mutating func insert(_ folder: WatchedFolder, wd: Int32) {
        if let old = descriptors[folder], old != wd { folders[old] = nil }
        // A watch on an inode that is already watched returns the same wd under a new name (a rename).
        if let previous = folders[wd], previous != folder { descriptors[previous] = nil }
        folders[wd] = folder
        descriptors[folder] = wd
    }

    /// Forgets `wd`; a folder that was recreated meanwhile keeps its new watch.
    @discardableResult
    mutating func remove(wd: Int32) -> WatchedFolder? {
        guard let folder = folders.removeValue(forKey: wd) else { return nil }
        if descriptors[folder] == wd { descriptors[folder] = nil }
        return folder
    }

    /// The spec folders of `root` being watched.
    func specFolders(of root: String) -> [String] {
        descriptors.keys.compactMap { if case .spec(root, let name) = $0 { name } else { nil } }.sorted()
    }

    /// The folders that match.
    func folders(where matches: (WatchedFolder) -> Bool) -> [WatchedFolder] { descriptors.keys.filter(matches) }

    /// The watches of the folders that match.
    func descriptors(where matches: (WatchedFolder) -> Bool) -> [Int32] {
        descriptors.compactMap { matches($0.key) ? $0.value : nil }
    }
}
