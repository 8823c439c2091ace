import Glibc

/// A folder's identity on disk (device and inode), to tell a file system mounted again at a
/// root's path from the empty mount point it leaves behind.
struct FileIdentity: Equatable, Sendable {
    var device: UInt64
    var inode: UInt64

    /// What is at `path` now, if it is a folder.
    static func ofFolder(_ path: String) -> FileIdentity? {
        guard let info = try? FileSystem.status(of: path), info.st_mode & S_IFMT == S_IFDIR else { return nil }
        return FileIdentity(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))
    }
}

/// The roots the daemon waits for: gone while it ran, or absent when it started or reloaded.
///
/// A missing root is looked for again after each batch of events, at each rescan and reload,
/// and every `checkInterval` while any is missing; with every root present there is no
/// deadline, so an idle daemon is not woken. Pure: the caller passes the time and the looking.
struct MissingRoots {
    struct Entry: Equatable {
        var loss: RootLoss
        /// For an unmounted root: the mount point left at its path, which is not the root
        /// coming back; the file system mounted there again is.
        var leftBehind: FileIdentity?
    }

    static let checkInterval: Milliseconds = 2000

    private(set) var entries: [String: Entry] = [:]
    private var lastCheck: Milliseconds = 0

    var isEmpty: Bool { entries.isEmpty }
    var roots: [String] { entries.keys.sorted() }

    mutating func add(_ root: String, _ loss: RootLoss, leftBehind: FileIdentity? = nil) {
        entries[root] = Entry(loss: loss, leftBehind: leftBehind)
    }

    mutating func remove(_ root: String) {
        entries[root] = nil
    }

    /// When to look again; nil with every root present.
    func nextDeadline() -> Milliseconds? {
        entries.isEmpty ? nil : lastCheck + MissingRoots.checkInterval
    }

    /// Removes and returns the roots that are back, given what is at each path now; `now`
    /// starts the next interval.
    mutating func takeReturned(at now: Milliseconds, folderAt: (String) -> FileIdentity?) -> [String] {
        lastCheck = now
        let back = entries.filter { root, entry in
            guard let found = folderAt(root) else { return false }
            return found != entry.leftBehind
        }.keys.sorted()
        for root in back { entries[root] = nil }
        return back
    }
}
