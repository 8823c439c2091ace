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
            if flock(fd.rawValue, LOCK_EX | LOCK_NB) != 0 {
                guard errno == EWOULDBLOCK else { throw Failure(path: path, reason: "\(Errno.current)") }
                return .heldBy(pid: holder(of: fd), lockFile: path)
            }
            var opened = stat(), named = stat()
            guard fstat(fd.rawValue, &opened) == 0, stat(path, &named) == 0, opened.st_ino == named.st_ino, opened.st_dev == named.st_dev else { continue }
            let pid = Array("\(getpid())\n".utf8)
            _ = ftruncate(fd.rawValue, 0)
            _ = pid.withUnsafeBytes { pwrite(fd.rawValue, $0.baseAddress, $0.count, 0) }
            return .acquired(RootLock(path: path, fd: fd))
        }
        throw Failure(path: path, reason: "it kept being replaced while being locked")
    }

    /// Removes the file while still holding the lock, then lets go of it.
    func release() {
        unlink(path)
        fd.close()
    }

    private static func holder(of fd: FileDescriptor) -> Int? {
        var bytes = [UInt8](repeating: 0, count: 32)
        let count = bytes.withUnsafeMutableBytes { pread(fd.rawValue, $0.baseAddress, $0.count, 0) }
        guard count > 0 else { return nil }
        return Int(String(decoding: bytes[..<count].filter { (0x30...0x39).contains($0) }, as: UTF8.self))
    }

    /// `$XDG_RUNTIME_DIR/plansync`, else `/tmp/plansync-<uid>`, made private to this user; a
    /// folder in /tmp that someone else made, or a link, is refused.
    static func folder() throws(Failure) -> String {
        let folder = Environment.value("XDG_RUNTIME_DIR").map { Path.join($0, "plansync") } ?? "/tmp/plansync-\(getuid())"
        if mkdir(folder, 0o700) != 0, errno != EEXIST { throw Failure(path: folder, reason: "\(Errno.current)") }
        var info = stat()
        guard lstat(folder, &info) == 0, info.st_mode & S_IFMT == S_IFDIR, info.st_uid == getuid(), info.st_mode & 0o077 == 0 else {
            throw Failure(path: folder, reason: "not a private folder of yours (mode 0700, owned by uid \(getuid())); remove it so that plansync can make its own")
        }
        return folder
    }

    /// The root as the kernel names it, so that two spellings of one folder share a lock.
    private static func realPath(_ root: String) -> String {
        guard let resolved = realpath(root, nil) else { return Path.absolute(root) }
        defer { free(resolved) }
        return String(cString: resolved)
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
                logger.log(.error, "error", "root \(root) is already served by another plansync (\(holder), lock \(file)); not serving it here: stop that one, or remove the root from \(config.path ?? "the command line")",
                           [("root", .string(root)), ("pid", .int(pid ?? 0))])
                return false
            }
        } catch {
            logger.log(.warning, "error", "cannot lock root \(root): \(error); serving it without a lock", [("root", .string(root))])
            return true
        }
    }
}
