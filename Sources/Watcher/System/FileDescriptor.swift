import Glibc

/// An open file descriptor, owned: closed exactly once, by `close()` where its error matters (a
/// file just written, whose last bytes a file system may fail to store only then) or when its
/// owner lets go of it. Every descriptor comes from a checked call, with close-on-exec set, so
/// that no child process inherits it.
final class FileDescriptor {
    let rawValue: Int32
    private var isOpen = true

    private init(_ rawValue: Int32) {
        self.rawValue = rawValue
    }

    /// Takes ownership of the descriptor `call` returns (inotify_init1, signalfd, socket…).
    static func adopting(_ call: () -> Int32) throws(Errno) -> FileDescriptor {
        FileDescriptor(try SystemCall.retrying(call))
    }

    static func open(_ path: String, _ flags: Int32, mode: mode_t = 0) throws(Errno) -> FileDescriptor {
        FileDescriptor(try SystemCall.retrying { Glibc.open(path, flags | O_CLOEXEC, mode) })
    }

    /// `name` opened relative to this folder (openat(2)), so that the folder is the one already
    /// checked, whatever its path names by now.
    func open(_ name: String, _ flags: Int32) throws(Errno) -> FileDescriptor {
        FileDescriptor(try SystemCall.retrying { openat(rawValue, name, flags | O_CLOEXEC) })
    }

    /// The very file this descriptor (an O_PATH one, say) has open, opened again with `flags`,
    /// through /proc/self/fd; fails where /proc is not mounted.
    func reopen(_ flags: Int32) throws(Errno) -> FileDescriptor {
        try FileDescriptor.open("/proc/self/fd/\(rawValue)", flags)
    }

    /// fstat(2): what is open, even if its name has changed since.
    func status() throws(Errno) -> stat {
        var info = stat()
        try SystemCall.retrying { fstat(rawValue, &info) }
        return info
    }

    /// fstatat(2) of `name` in this folder; a last link is not followed unless `followingLinks`.
    func status(of name: String, followingLinks: Bool) throws(Errno) -> stat {
        var info = stat()
        try SystemCall.retrying { fstatat(rawValue, name, &info, followingLinks ? 0 : AT_SYMLINK_NOFOLLOW) }
        return info
    }

    /// Reads into `buffer` from the current offset; returns how many bytes came (0 at the end).
    func read(into buffer: inout [UInt8]) throws(Errno) -> Int {
        try buffer.withUnsafeMutableBytes { raw in
            Result { () throws(Errno) in try SystemCall.retrying { Glibc.read(rawValue, raw.baseAddress, raw.count) } }
        }.get()
    }

    /// Up to `count` bytes at `offset`, without moving the file offset (pread(2)).
    func read(upTo count: Int, at offset: Int) throws(Errno) -> [UInt8] {
        var bytes = [UInt8](repeating: 0, count: count)
        let read = try bytes.withUnsafeMutableBytes { raw in
            Result { () throws(Errno) in
                try SystemCall.retrying { pread(rawValue, raw.baseAddress, raw.count, off_t(offset)) }
            }
        }.get()
        return Array(bytes.prefix(read))
    }

    /// Writes every byte, however many write(2) calls that takes.
    func write(_ bytes: [UInt8]) throws(Errno) {
        try FileDescriptor.write(bytes, to: rawValue)
    }

    /// Writes every byte to a descriptor this process does not own (stdout, stderr).
    static func write(_ bytes: [UInt8], to rawValue: Int32) throws(Errno) {
        var offset = 0
        while offset < bytes.count {
            offset += try bytes.withUnsafeBytes { raw in
                let rest = UnsafeRawBufferPointer(rebasing: raw[offset...])
                return Result { () throws(Errno) in
                    try SystemCall.retrying { Glibc.write(rawValue, rest.baseAddress, rest.count) }
                }
            }.get()
        }
    }

    /// Writes `bytes` at `offset`, without moving the file offset (pwrite(2)).
    func write(_ bytes: [UInt8], at offset: Int) throws(Errno) {
        _ = try bytes.withUnsafeBytes { raw in
            Result { () throws(Errno) in
                try SystemCall.retrying { pwrite(rawValue, raw.baseAddress, raw.count, off_t(offset)) }
            }
        }.get()
    }

    /// Cuts the file to `size` bytes.
    func truncate(to size: Int) throws(Errno) {
        try SystemCall.retrying { ftruncate(rawValue, off_t(size)) }
    }

    /// fsync(2): the bytes are on the disk once it returns.
    func sync() throws(Errno) {
        try SystemCall.retrying { fsync(rawValue) }
    }

    /// Takes an exclusive flock(2) without waiting; false when another open file holds it.
    func tryLock() throws(Errno) -> Bool {
        do { try SystemCall.retrying { flock(rawValue, LOCK_EX | LOCK_NB) } } catch {
            if error == .wouldBlock { return false }
            throw error
        }
        return true
    }

    /// Closes it now and says whether the file system took every byte written: NFS and some
    /// quotas report a failed write only here. Closed even when it fails; a second call, and the
    /// owner letting go afterwards, do nothing.
    func close() throws(Errno) {
        guard isOpen else { return }
        isOpen = false
        try SystemCall.once { Glibc.close(rawValue) }
    }

    /// Closed unless `close()` was called: nothing was written through it whose loss a failed
    /// close would hide.
    deinit {
        if isOpen { _ = Glibc.close(rawValue) }
    }

    /// Blocks in poll(2) until one of `descriptors` has something to read or `timeout` milliseconds
    /// pass (nil: no timeout); says which have something to read. A poll that fails (a signal
    /// such as SIGCONT interrupts it) says they all do: they are non-blocking, reading them costs
    /// nothing, and the caller's deadlines are computed afresh.
    static func waitForInput(on descriptors: [FileDescriptor], timeout: Milliseconds?) -> [Bool] {
        var fds = descriptors.map { pollfd(fd: $0.rawValue, events: Int16(POLLIN), revents: 0) }
        let wait = timeout.map { Int32(clamping: max(0, $0)) } ?? -1
        do { try SystemCall.once { poll(&fds, nfds_t(fds.count), wait) } } catch {
            return descriptors.map { _ in true }
        }
        return fds.map { $0.revents != 0 }
    }
}
