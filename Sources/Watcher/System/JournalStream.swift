import Glibc

/// Whether stderr is connected to the journal: `JOURNAL_STREAM` names its device and inode.
enum JournalStream {
    static func isStandardError() -> Bool {
        guard let value = Environment.value("JOURNAL_STREAM") else { return false }
        let parts = value.split(separator: ":")
        guard parts.count == 2, let device = UInt64(parts[0]), let inode = UInt64(parts[1]) else { return false }
        var info = stat()
        guard (try? SystemCall.retrying { fstat(STDERR_FILENO, &info) }) != nil else { return false }
        return UInt64(info.st_dev) == device && UInt64(info.st_ino) == inode
    }
}
