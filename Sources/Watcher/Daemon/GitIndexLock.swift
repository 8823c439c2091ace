/// The lock git holds in its git folder (`index.lock`) from the start to the end of every
/// command that changes the working tree: checkout, switch, merge, rebase, reset, stash.
///
/// While it is held the tree is half one commit and half another, and a plan judged then may
/// be rewritten for a moment that git has already passed (leaving it modified, or making the
/// next checkout refuse). The daemon waits for it, as watchman does for its subscribers, and a
/// plan about to be written is held back if git started meanwhile. A lock older than
/// `staleAfter` is a leftover of a git that crashed, or a `git commit` waiting in an editor, and
/// does not hold plansync back.
struct GitIndexLock: Sendable {
    /// `<git folder>/index.lock`.
    let path: String

    static let staleAfter: Int = 10

    /// The lock of the repository that holds `root`: its `.git` folder, or the folder a `.git`
    /// file names (worktrees, submodules), found in `root` or the nearest folder above it.
    static func find(above root: String) -> GitIndexLock? {
        var folder = Path.absolute(root)
        while true {
            let dotGit = Path.join(folder, ".git")
            switch FileSystem.kind(of: dotGit) {
            case .directory: return GitIndexLock(path: Path.join(dotGit, "index.lock"))
            case .file: return gitFolder(named: dotGit).map { GitIndexLock(path: Path.join($0, "index.lock")) }
            default: break
            }
            if folder == "/" { return nil }
            folder = Path.folder(of: folder)
        }
    }

    /// The folder a `.git` file points to: `gitdir: <path>`, relative to the file's folder.
    private static func gitFolder(named file: String) -> String? {
        guard let bytes = try? FileSystem.read(file, limit: 4096) else { return nil }
        let text = String(decoding: bytes, as: UTF8.self)
        guard let line = text.split(whereSeparator: \.isNewline).first, line.hasPrefix("gitdir:") else { return nil }
        let target = line.dropFirst("gitdir:".count).trimmingPrefix(while: \.isWhitespace)
        return Path.absolute(String(target), base: Path.folder(of: file))
    }

    /// True while a git command holds the lock (and has for less than `staleAfter` seconds).
    var isHeld: Bool {
        guard let info = try? FileSystem.status(of: path) else { return false }
        return Int(Timestamp.now().tv_sec) - Int(info.st_mtim.tv_sec) < GitIndexLock.staleAfter
    }
}

extension Daemon {
    /// Splits a due batch: the keys of roots where git holds its lock wait another quiet window
    /// (noted again); the others go ahead. Returns them, and each root's lock for the writes.
    func holdingBackForGit(_ batch: [(key: SpecKey, trigger: String)]) -> (
        ready: [(key: SpecKey, trigger: String)], locks: [String: GitIndexLock]
    ) {
        var locks: [String: GitIndexLock] = [:]
        var held: Set<String> = []
        for root in Set(batch.map(\.key.root)) {
            guard let lock = GitIndexLock.find(above: root) else { continue }
            locks[root] = lock
            if lock.isHeld { held.insert(root) }
        }
        guard !held.isEmpty else { return (batch, locks) }
        let now = MonotonicClock.now()
        for root in held.sorted() {
            let waiting = batch.filter { $0.key.root == root }
            for (key, trigger) in waiting { debouncer.note(key, trigger: trigger, at: now) }
            logger.log(
                .debug, "plan.postponed",
                "git is changing the tree (\(locks[root]!.path)): \(waiting.count) plan(s) wait for it",
                [("root", .string(root)), ("count", .int(waiting.count))])
        }
        return (batch.filter { !held.contains($0.key.root) }, locks)
    }
}
