import Glibc

/// A file descriptor that is closed exactly once, when its owner is done with it.
final class FileDescriptor {
    let rawValue: Int32
    private var isClosed = false

    init(_ rawValue: Int32) {
        self.rawValue = rawValue
    }

    static func open(_ path: String, _ flags: Int32, mode: mode_t = 0) throws(Errno) -> FileDescriptor {
        let fd = try retryingInterrupts { Glibc.open(path, flags | O_CLOEXEC, mode) }
        return FileDescriptor(fd)
    }

    func close() {
        guard !isClosed else { return }
        isClosed = true
        _ = Glibc.close(rawValue)
    }

    deinit { close() }
}
