import Glibc

/// Replaces a file so that readers see the old bytes or the new ones, never a mix, even
/// across a crash or a full disk: write a temporary file in the same folder, fsync, rename.
/// The new file is never more open than the one it replaces: same permission bits without
/// setuid/setgid, and as root the same owner and group.
enum AtomicFile {
    /// Temporary files start with this, so the watcher can tell its own writes from the user's.
    static let temporaryPrefix = ".plansync-tmp."

    /// Writes `text` to `path`, keeping the permissions (and, as root, the owner) of the file it
    /// replaces; a new file gets 0666 less the umask, like any editor's, and no group or other
    /// permission that `newFileLimit` (the mode of the file it is made from) lacks.
    static func write(_ text: String, to path: String, newFileLimit: mode_t? = nil) throws(FileSystem.Failure) {
        try write(bytes: Array(text.utf8), to: path, newFileLimit: newFileLimit)
    }

    static func write(bytes: [UInt8], to path: String, newFileLimit: mode_t? = nil) throws(FileSystem.Failure) {
        // Ctrl-C waits the few milliseconds until the temporary file is renamed or removed.
        try SignalDescriptor.deferring { () throws(FileSystem.Failure) in
            try writeNow(bytes: bytes, to: path, newFileLimit: newFileLimit)
        }
    }

    /// Writes `bytes` to a new temporary file beside `path`, with the permissions and owner of
    /// `path` (see `FileAttributes`), and fsyncs it: ready to be renamed or exchanged into place.
    /// Returns its path.
    static func writeTemporary(bytes: [UInt8], replacing path: String, newFileLimit: mode_t? = nil) throws(FileSystem
        .Failure) -> String
    {
        try TemporaryFile(
            for: path, attributes: FileAttributes(replacing: path, newFileLimit: newFileLimit), bytes: bytes
        ).path
    }

    private static func writeNow(bytes: [UInt8], to path: String, newFileLimit: mode_t?) throws(FileSystem.Failure) {
        let temporary = try TemporaryFile(
            for: path, attributes: FileAttributes(replacing: path, newFileLimit: newFileLimit), bytes: bytes)
        try put(temporary, at: path)
    }

    /// Renames `temporary` over `path` and makes the rename durable; removes it when it fails.
    private static func put(_ temporary: TemporaryFile, at path: String) throws(FileSystem.Failure) {
        do { try FileSystem.rename(temporary.path, to: path) } catch {
            temporary.remove()
            throw FileSystem.Failure(path: path, code: error)
        }
        syncFolder(Path.folder(of: path))
    }

    /// Read once: umask(2) can only be read by setting it, which two threads writing plans at
    /// once must not do.
    static let processUmask: mode_t = {
        let mask = umask(0)
        umask(mask)
        return mask
    }()

    /// Makes the rename itself durable; a failure here loses nothing already renamed, so it is ignored.
    static func syncFolder(_ folder: String) {
        guard let fd = try? FileDescriptor.open(folder, O_RDONLY | O_DIRECTORY) else { return }
        try? fd.sync()
    }

    /// Copies `path` to `backup` atomically, replacing it, with the permissions and owner of `path`
    /// (for `plansync.service.orig`).
    static func copy(_ path: String, to backup: String) throws {
        let info: stat
        do { info = try FileSystem.status(of: path) } catch { throw FileSystem.Failure(path: path, code: error) }
        let temporary = try TemporaryFile(
            for: backup, attributes: FileAttributes(copying: info), bytes: FileSystem.read(path))
        try put(temporary, at: backup)
    }

    /// Writes `bytes` as the new file `backup`, never over an existing one (EEXIST when taken),
    /// with the permissions and owner of the file they were read from (for `plan.md.orig`).
    static func create(_ backup: String, bytes: [UInt8], copying source: stat) throws(FileSystem.Failure) {
        let temporary = try TemporaryFile(for: backup, attributes: FileAttributes(copying: source), bytes: bytes)
        defer { temporary.remove() }
        do { try FileSystem.link(temporary.path, to: backup) } catch {
            // A file system without hard links: rename, after a check that cannot be atomic there.
            guard error != .exists, !FileSystem.exists(backup) else {
                throw FileSystem.Failure(path: backup, code: .exists)
            }
            do { try FileSystem.rename(temporary.path, to: backup) } catch {
                throw FileSystem.Failure(path: backup, code: error)
            }
        }
        syncFolder(Path.folder(of: backup))
    }

    /// Whether `name` is one of plansync's own temporary files for `target` (`plan.md`) or one of
    /// its backups (`plan.md.orig`, `plan.md.orig.3`): the prefix, the name, a dot and mkstemp's
    /// six letters or digits. Nothing else is ever taken for a leftover.
    static func isTemporaryName(_ name: String, for target: String) -> Bool {
        guard name.hasPrefix(temporaryPrefix + target) else { return false }
        let rest = name.utf8.dropFirst(temporaryPrefix.utf8.count + target.utf8.count)
        let suffix = rest.suffix(7)
        guard suffix.count == 7, suffix.first == UInt8(ascii: "."),
            suffix.dropFirst().allSatisfy({ isASCIIAlphanumeric($0) })
        else { return false }
        let backup = rest.dropLast(7)
        if backup.isEmpty { return true }
        let orig = Array(".orig".utf8)
        guard backup.starts(with: orig) else { return false }
        let number = backup.dropFirst(orig.count)
        return number.isEmpty
            || number.count > 1 && number.first == UInt8(ascii: ".")
                && number.dropFirst().allSatisfy { (0x30...0x39).contains($0) }
    }

    private static func isASCIIAlphanumeric(_ byte: UInt8) -> Bool {
        (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
    }

    /// When this process started, as file times count (the coarse real-time clock): a temporary
    /// file older than this is no write in progress of this process.
    static let processStart: timespec = {
        var now = timespec()
        clock_gettime(CLOCK_REALTIME_COARSE, &now)
        return now
    }()
}
