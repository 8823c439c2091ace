/// Polling, for roots inotify cannot see into (a network or FUSE file system, or `"watch":
/// "poll"` in config.json): every interval, one stat(2) of each file a plan is made of and of
/// each folder whose entries matter, compared with the stamp of the look before. Nothing is read
/// unless a stamp changed, so an idle round costs two stats per spec folder and a few more per
/// root.
///
/// The folders polled are those of the watch table, registered with watch descriptors of their
/// own (negative: never one the kernel gives), so that the daemon knows a polled root's spec
/// folders as it knows a watched one's. A change becomes what an inotify event would have
/// become (see `DaemonPolling`), down the same debounce. Pure: the caller passes stat(2) in.
struct Poller {
    /// The roots polled, and why each is (the file system's name, or the config).
    private(set) var roots: [String: String] = [:]
    /// Roots whose polling was already logged, so that a root that comes back is not said twice.
    private var reported = Set<String>()
    /// The stamp of every path polled at the last look; nil: nothing was there.
    private var stamps: [String: FileStamp?] = [:]
    private var lastDescriptor: Int32 = 0

    /// What changed since the last look.
    enum Change: Equatable {
        /// The root folder: replaced or gone, or its entries (specs/, .specify/, memory/) changed.
        case root(String)
        /// `specs/`: spec folders created, renamed or deleted.
        case specs(String)
        /// `.specify/`: `memory/` created or deleted.
        case specify(String)
        /// A file a plan is made of: spec.md or plan.md in a spec folder, constitution.md.
        case file(WatchedFolder, name: String)
        /// A folder that holds profile sources (manifests, markers, `.plansync.json`): an entry
        /// came, went or was replaced. A manifest rewritten in place leaves its folder as it was,
        /// so polling sees it at the next rename-save, a spec change or a restart.
        case sources(String)
    }

    /// Starts polling `root`; true the first time it is (the caller says why, once).
    mutating func add(_ root: String, reason: String) -> Bool {
        roots[root] = reason
        return reported.insert(root).inserted
    }

    mutating func remove(_ root: String) { roots[root] = nil }

    func polls(_ root: String) -> Bool { roots[root] != nil }

    /// A descriptor for a polled folder in the watch table.
    mutating func newDescriptor() -> Int32 {
        lastDescriptor -= 1
        return lastDescriptor
    }

    /// The paths looked at for a folder, and for a file its name: a folder whose entries matter
    /// is looked at itself (its modification time changes when an entry comes or goes), a spec
    /// or memory folder by the files in it (written in place, they leave the folder as it was).
    static func probes(of folder: WatchedFolder) -> [(path: String, file: String?)] {
        switch folder {
        case .root, .specs, .specify, .sources: [(folder.path, nil)]
        case .spec: ["spec.md", "plan.md"].map { (Path.join(folder.path, $0), $0) }
        case .memory: [(Path.join(folder.path, "constitution.md"), "constitution.md")]
        }
    }

    /// Where a folder comes in a round: the root, specs/ and .specify/ (whose entries matter)
    /// before the folders that hold files.
    static func order(_ folder: WatchedFolder) -> Int {
        switch folder {
        case .root: 0
        case .specs: 1
        case .specify: 2
        case .memory: 3
        case .sources: 4
        case .spec: 5
        }
    }

    /// Takes the first stamps of a folder starting to be polled: what is there now is no change.
    mutating func start(_ folder: WatchedFolder, stat: (String) -> FileStamp?) {
        for probe in Self.probes(of: folder) { stamps[probe.path] = .some(stat(probe.path)) }
    }

    /// Forgets the stamps of a folder no longer polled.
    mutating func stop(_ folder: WatchedFolder) {
        for probe in Self.probes(of: folder) { stamps[probe.path] = nil }
    }

    /// Takes the stamp of a file plansync itself just wrote, so that its own write is no change.
    mutating func restamp(_ path: String, stat: (String) -> FileStamp?) {
        if stamps[path] != nil { stamps[path] = .some(stat(path)) }
    }

    /// One look at every folder of `folders`: the changes since the last, in their order.
    mutating func poll(_ folders: [WatchedFolder], stat: (String) -> FileStamp?) -> [Change] {
        var changes: [Change] = []
        for folder in folders {
            for probe in Self.probes(of: folder) {
                let now = stat(probe.path)
                guard let before = stamps[probe.path], before != now else { continue }
                stamps[probe.path] = .some(now)
                switch (folder, probe.file) {
                case (_, let name?): changes.append(.file(folder, name: name))
                case (.root(let root), nil): changes.append(.root(root))
                case (.specs(let root), nil): changes.append(.specs(root))
                case (.specify(let root), nil): changes.append(.specify(root))
                case (.sources(let root, _), nil): changes.append(.sources(root))
                default: break
                }
            }
        }
        return changes
    }
}
