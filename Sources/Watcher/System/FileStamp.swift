import Glibc

/// What polling compares of a file or folder from one look to the next: its identity (device
/// and inode: a file replaced by rename is another inode), size, modification time to the
/// nanosecond, and mode (a `chmod` that makes a spec readable again counts, as IN_ATTRIB does).
/// Taken with one stat(2), never by reading the file.
struct FileStamp: Equatable, Sendable {
    var device: UInt64
    var inode: UInt64
    var size: Int64
    /// Nanoseconds since the epoch.
    var modified: Int64
    var mode: UInt32

    /// The stamp of what is at `path` (a link followed), nil when nothing is.
    static func of(_ path: String) -> FileStamp? {
        guard let info = try? FileSystem.status(of: path) else { return nil }
        return FileStamp(
            device: UInt64(info.st_dev), inode: UInt64(info.st_ino), size: Int64(info.st_size),
            modified: Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec),
            mode: UInt32(info.st_mode))
    }
}
