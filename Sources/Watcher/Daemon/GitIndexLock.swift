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
    /// `<git folder>/index` as it was when the lock was looked up (at the start of a batch): a
    /// git command that ran from start to end while the batch was generating leaves it changed.
    let indexAtStart: IndexStamp?

    /// What tells one state of git's index from another.
    struct IndexStamp: Equatable, Sendable {
        var inode: UInt
        var size: Int
        var seconds: Int
        var nanoseconds: Int
    }

    init(path: String) {
        self.path = path
        indexAtStart = GitIndexLock.stamp(of: String(path.dropLast(".lock".count)))
    }

    private static func stamp(of index: String) -> IndexStamp? {
        guard let info = try? FileSystem.status(of: index) else { return nil }
        return IndexStamp(
            inode: UInt(info.st_ino), size: Int(info.st_size), seconds: Int(info.st_mtim.tv_sec),
            nanoseconds: Int(info.st_mtim.tv_nsec))
    }

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

    /// True when git holds the lock now, or changed its index since the lock was looked up: a plan
    /// generated meanwhile may stand on a tree git has moved past, and waits for the next look.
    var isHeldOrWasSinceLookup: Bool {
        isHeld || GitIndexLock.stamp(of: String(path.dropLast(".lock".count))) != indexAtStart
    }
}
