import Glibc

/// An `errno` value, so that nothing above this file sees -1 or reads `errno` itself.
struct Errno: Error, Equatable, CustomStringConvertible {
    var rawValue: Int32

    static var current: Errno { Errno(rawValue: errno) }

    var description: String { String(cString: strerror(rawValue)) }

    static let interrupted = Errno(rawValue: EINTR)
    static let wouldBlock = Errno(rawValue: EAGAIN)
    static let noEntry = Errno(rawValue: ENOENT)
    static let exists = Errno(rawValue: EEXIST)
}

/// Calls `body` until it does not fail with EINTR, and turns -1 into the errno as a typed error.
@discardableResult
func retryingInterrupts<I: FixedWidthInteger>(_ body: () -> I) throws(Errno) -> I {
    while true {
        let result = body()
        if result != -1 { return result }
        let error = Errno.current
        if error != .interrupted { throw error }
    }
}

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
