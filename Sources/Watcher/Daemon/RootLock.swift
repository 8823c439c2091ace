import Generator
import Glibc

/// A lock per project root, held by the daemon that serves it, so that a second daemon started
/// on the same root leaves it alone: two daemons would each merge and replace the same plans.
///
/// `flock(2)` on a file outside the project, so that nothing lands in the user's tree and `git
/// status` stays clean: `$XDG_RUNTIME_DIR/plansync/root-<hash of the root's real path>.lock`,
/// else `/tmp/plansync-<uid>/…`. The holder writes its pid inside, for the message the next
/// one gives. The kernel drops the lock when its holder exits, even on `kill -9`.
/// `plansync generate` takes no lock: it relies on `PlanReplacement` alone.
final class RootLock {
    enum Outcome {
        case acquired(RootLock)
        /// Another process holds it; its pid when it has written it already.
        case heldBy(pid: Int?, lockFile: String)
    }

    /// The lock could not be taken at all (the folder for it is unusable).
    struct Failure: Error, CustomStringConvertible {
        var path: String
        var reason: String
        var description: String { "\(path): \(reason)" }
    }

    let path: String
    private let fd: FileDescriptor

    private init(path: String, fd: FileDescriptor) {
        self.path = path
        self.fd = fd
    }

    static func acquire(root: String) throws(Failure) -> Outcome {
        let path = Path.join(try folder(), "root-" + ContentHash.of(realPath(root)) + ".lock")
        // The holder before may remove the file between our open and our flock: lock the file
        // that is at the path, not one that was.
        for _ in 0..<3 {
            let fd: FileDescriptor
            do { fd = try FileDescriptor.open(path, O_RDWR | O_CREAT | O_NOFOLLOW, mode: 0o600) } catch {
                throw Failure(path: path, reason: "\(error)")
            }
            do {
                guard try fd.tryLock() else { return .heldBy(pid: holder(of: fd), lockFile: path) }
            } catch { throw Failure(path: path, reason: "\(error)") }
            guard let opened = try? fd.status(), let named = try? FileSystem.status(of: path),
                opened.st_ino == named.st_ino, opened.st_dev == named.st_dev
            else { continue }
            // Only for the message the next daemon gives: a pid that is not written costs nothing else.
            try? fd.truncate(to: 0)
            try? fd.write(Array("\(CurrentProcess.id)\n".utf8), at: 0)
            return .acquired(RootLock(path: path, fd: fd))
        }
        throw Failure(path: path, reason: "it kept being replaced while being locked")
    }

    /// Removes the file while still holding the lock, then lets go of it.
    func release() {
        try? FileSystem.remove(path)
        // Closing lets go of the lock; nothing written through it is worth a failed close.
        try? fd.close()
    }

    private static func holder(of fd: FileDescriptor) -> Int? {
        guard let bytes = try? fd.read(upTo: 32, at: 0), !bytes.isEmpty else { return nil }
        return Int(String(decoding: bytes.filter { (0x30...0x39).contains($0) }, as: UTF8.self))
    }

    /// `$XDG_RUNTIME_DIR/plansync`, else `/tmp/plansync-<uid>`, made private to this user; a
    /// folder in /tmp that someone else made, or a link, is refused.
    static func folder() throws(Failure) -> String {
        let folder =
            Environment.value("XDG_RUNTIME_DIR").map { Path.join($0, "plansync") }
            ?? "/tmp/plansync-\(CurrentProcess.userID)"
        do { try FileSystem.makeFolder(folder, mode: 0o700) } catch { throw Failure(path: folder, reason: "\(error)") }
        guard let info = try? FileSystem.status(of: folder, followingLinks: false), info.st_mode & S_IFMT == S_IFDIR,
            info.st_uid == CurrentProcess.userID, info.st_mode & 0o077 == 0
        else {
            throw Failure(
                path: folder,
                reason:
                    "not a private folder of yours (mode 0700, owned by uid \(CurrentProcess.userID)); remove it so that plansync can make its own"
            )
        }
        return folder
    }

    /// The root as the kernel names it, so that two spellings of one folder share a lock.
    private static func realPath(_ root: String) -> String {
        (try? FileSystem.realPath(root).get()) ?? Path.absolute(root)
    }
}

extension Daemon {
    /// Takes the lock of `root` unless this daemon holds it already. When another process
    /// holds it, says which one and returns false: the root is not served here.
    func claim(_ root: String) -> Bool {
        if locks[root] != nil { return true }
        do {
            switch try RootLock.acquire(root: root) {
            case .acquired(let lock):
                locks[root] = lock
                return true
            case .heldBy(let pid, let file):
                let holder = pid.map { "pid \($0)" } ?? "a process that is starting"
                logger.log(
                    .error, "error",
                    "root \(root) is already served by another plansync (\(holder), lock \(file)); not serving it here: stop that one, or remove the root from \(config.path ?? "the command line")",
                    [("root", .string(root)), ("pid", .int(pid ?? 0))])
                return false
            }
        } catch {
            logger.log(
                .warning, "error", "cannot lock root \(root): \(error); serving it without a lock",
                [("root", .string(root))])
            return true
        }
    }
}
