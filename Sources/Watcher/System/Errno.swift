import Glibc

/// A system call's error, as a type: the layer in System/ turns every -1 into one (see
/// `SystemCall`), so that nothing above it sees -1 or reads `errno` itself, and code that reacts
/// to one error names it (`.noSpace`) rather than spelling `ENOSPC`.
struct Errno: Error, Hashable, CustomStringConvertible {
    var rawValue: Int32

    /// The error the last failed call left in `errno`: for `SystemCall` only, read right after it.
    static var current: Errno { Errno(rawValue: errno) }

    /// `strerror(3)`: "No space left on device".
    var description: String { String(cString: strerror(rawValue)) }

    /// EINTR: a signal came during the call, which is made again.
    static let interrupted = Errno(rawValue: EINTR)
    /// EAGAIN (EWOULDBLOCK): nothing to read on a non-blocking descriptor, or a lock held elsewhere.
    static let wouldBlock = Errno(rawValue: EAGAIN)
    /// ENOENT
    static let noEntry = Errno(rawValue: ENOENT)
    /// EEXIST
    static let exists = Errno(rawValue: EEXIST)
    /// ENOTDIR: a component of the path is not a folder.
    static let notDirectory = Errno(rawValue: ENOTDIR)
    /// ELOOP: a link loop, or a last link refused by O_NOFOLLOW.
    static let tooManySymbolicLinks = Errno(rawValue: ELOOP)
    /// ENXIO: opening a socket, or a FIFO with no writer for writing.
    static let noDeviceOrAddress = Errno(rawValue: ENXIO)
    /// ENOSPC: a full disk; for inotify_add_watch, the watch limit.
    static let noSpace = Errno(rawValue: ENOSPC)
    /// EDQUOT
    static let quotaExceeded = Errno(rawValue: EDQUOT)
    /// EACCES
    static let permissionDenied = Errno(rawValue: EACCES)
    /// EPERM
    static let notPermitted = Errno(rawValue: EPERM)
    /// EROFS
    static let readOnlyFileSystem = Errno(rawValue: EROFS)
    /// EMFILE: for inotify_init1, the limit on inotify instances.
    static let tooManyOpenFiles = Errno(rawValue: EMFILE)
    /// ENOSYS: the kernel or the C library lacks the call.
    static let notImplemented = Errno(rawValue: ENOSYS)
    /// EINVAL
    static let invalidArgument = Errno(rawValue: EINVAL)
    /// EOPNOTSUPP: the file system lacks the operation.
    static let notSupported = Errno(rawValue: EOPNOTSUPP)
}
