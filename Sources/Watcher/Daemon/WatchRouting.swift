import Glibc

/// What an inotify event means for plansync. Pure, so every save pattern can be tested as data.
enum WatchAction: Equatable {
    /// Regenerate this folder's plan once the folder is quiet.
    case schedule(root: String, folder: String, trigger: Trigger)
    /// constitution.md changed: every plan of the root follows.
    case constitutionChanged(root: String)
    /// A directory to start watching (and, for spec folders, to scan: files written before the watch count).
    case watch(WatchedFolder)
    /// A spec folder left specs/ by rename; the matching `arrived` may follow in this read or a later one.
    case movedAway(root: String, folder: String, cookie: UInt32)
    case arrived(root: String, folder: String, cookie: UInt32)
    /// A spec folder was deleted: drop what is pending for it (the kernel drops the watch).
    case deleted(root: String, folder: String)
    /// `specs/` itself went away.
    case specsGone(root: String)
    /// The kernel dropped this watch (IN_IGNORED): forget it, without inotify_rm_watch.
    case forget(wd: Int32)
    /// Something that is not a plain spec folder appeared in specs/ (a link, a name that is not
    /// UTF-8): serve it if it may be, else report it once.
    case checkFolders(root: String)
    /// Events were lost or came for a watch we do not know: rescan (all roots when nil).
    case rescan(root: String?, reason: String)
    /// The root folder itself went away: stop serving it and wait for it at its path.
    case rootGone(root: String, loss: RootLoss)
    /// The file system of a folder inside the root was unmounted: the root's, or one of its own.
    case unmounted(root: String, path: String)
}

/// Reads each inotify event by the role of the folder it came from (see `WatchedFolder`).
enum WatchRouting {
    /// IN_ATTRIB: a `chmod` can make an unreadable spec readable again.
    private static let specTriggers =
        IN_CLOSE_WRITE | IN_MOVED_TO | IN_MOVED_FROM | IN_DELETE | IN_CREATE | IN_MODIFY | IN_ATTRIB
    private static let appeared = IN_CREATE | IN_MOVED_TO
    private static let vanished = IN_DELETE | IN_MOVED_FROM

    /// The cookies of renames from or to plansync's own temporary files among `events` (one
    /// read of the queue): the plan.md half of such a rename is plansync's own write, a rename
    /// or, with `RENAME_EXCHANGE`, two. Both halves of a rename are queued by the rename itself,
    /// which returned before the daemon read the queue, so they are always in the same read.
    static func ownRenames(in events: [InotifyEvent]) -> Set<UInt32> {
        Set(
            events.filter { $0.has(IN_MOVED_FROM | IN_MOVED_TO) && $0.name.hasPrefix(AtomicFile.temporaryPrefix) }.map(
                \.cookie))
    }

    /// - Parameter ownRenames: `ownRenames(in:)` of the read this event came in.
    static func actions(for event: InotifyEvent, in folder: WatchedFolder?, ownRenames: Set<UInt32> = [])
        -> [WatchAction]
    {
        if event.has(IN_Q_OVERFLOW) {
            return [.rescan(root: nil, reason: "inotify queue overflow (raise fs.inotify.max_queued_events)")]
        }
        if event.has(IN_IGNORED) { return [.forget(wd: event.wd)] }
        guard let folder else { return [.rescan(root: nil, reason: "event for an unknown watch \(event.wd)")] }
        if case .root(let root) = folder, let loss = rootLoss(event) { return [.rootGone(root: root, loss: loss)] }
        if event.has(IN_UNMOUNT) { return [.unmounted(root: folder.root, path: folder.path)] }
        switch folder {
        case .root(let root): return actions(forEntryOf: root, event)
        case .specify(let root):
            guard event.isDirectory, event.name == "memory" else { return [] }
            if event.has(appeared) { return [.watch(.memory(root, Path.join(Path.join(root, ".specify"), "memory")))] }
            if event.has(vanished) { return [.constitutionChanged(root: root)] }
            return []
        case .memory(let root, _):
            guard !event.isDirectory, event.name == "constitution.md",
                event.has(IN_CLOSE_WRITE | IN_MOVED_TO | IN_ATTRIB | vanished)
            else { return [] }
            return [.constitutionChanged(root: root)]
        case .specs(let root): return actions(forSpecFolderIn: root, event)
        case .spec(let root, let spec):
            return actions(forFileOf: SpecKey(root: root, folder: spec), event, ownRenames: ownRenames)
        }
    }

    /// In the root: `specs/`, `.specify/` or `memory/` appearing or going.
    private static func actions(forEntryOf root: String, _ event: InotifyEvent) -> [WatchAction] {
        guard event.isDirectory else { return [] }
        switch event.name {
        case "specs":
            if event.has(appeared) { return [.watch(.specs(root))] }
            if event.has(vanished) { return [.specsGone(root: root)] }
        case ".specify":
            if event.has(appeared) { return [.watch(.specify(root))] }
            if event.has(vanished) { return [.constitutionChanged(root: root)] }
        case "memory":
            if event.has(appeared) { return [.watch(.memory(root, Path.join(root, "memory")))] }
            if event.has(vanished) { return [.constitutionChanged(root: root)] }
        default: break
        }
        return []
    }

    /// In `specs/`: a spec folder created, renamed, moved in or out, deleted.
    private static func actions(forSpecFolderIn root: String, _ event: InotifyEvent) -> [WatchAction] {
        let name = event.name
        guard !name.hasPrefix(".") else { return [] }
        // A link, or a folder whose name is not UTF-8 (read lossily), is looked at by a scan
        // of specs/: served when it may be, else reported once.
        if event.has(appeared), !event.isDirectory || name.contains("\u{FFFD}") { return [.checkFolders(root: root)] }
        guard event.isDirectory else { return [] }
        if event.has(IN_MOVED_TO) { return [.arrived(root: root, folder: name, cookie: event.cookie)] }
        if event.has(IN_CREATE) { return [.watch(.spec(root, name))] }
        if event.has(IN_MOVED_FROM) { return [.movedAway(root: root, folder: name, cookie: event.cookie)] }
        if event.has(IN_DELETE) { return [.deleted(root: root, folder: name)] }
        return []
    }

    /// In a spec folder: spec.md, or plan.md written by someone else.
    private static func actions(forFileOf spec: SpecKey, _ event: InotifyEvent, ownRenames: Set<UInt32>)
        -> [WatchAction]
    {
        let name = event.name
        if name == "spec.md", event.has(specTriggers) {
            return [.schedule(root: spec.root, folder: spec.folder, trigger: .spec)]
        }
        // plan.md deleted (it comes back) or written by someone else (a checkout, an editor): it
        // joins the folder's burst, so that the plan is judged once the burst is over, on the
        // plan.md it left. plansync's own renames into place are not a change.
        if name == "plan.md", event.has(specTriggers),
            !(event.has(IN_MOVED_FROM | IN_MOVED_TO) && ownRenames.contains(event.cookie))
        {
            return [.schedule(root: spec.root, folder: spec.folder, trigger: .plan)]
        }
        // Swap files, backups (`spec.md~`, `4913`, `.#spec.md`), tasks.md and our own temporary
        // files change nothing a plan is made from.
        return []
    }

    /// The root's own watch saw the root go: deleted, renamed away, or unmounted.
    private static func rootLoss(_ event: InotifyEvent) -> RootLoss? {
        guard event.name.isEmpty else { return nil }
        if event.has(IN_DELETE_SELF) { return .removed }
        if event.has(IN_MOVE_SELF) { return .renamed }
        if event.has(IN_UNMOUNT) { return .unmounted }
        return nil
    }
}
