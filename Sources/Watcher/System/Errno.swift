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
