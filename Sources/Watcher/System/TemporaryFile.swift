import Glibc

/// A written and fsynced temporary file beside its destination, named with
/// `AtomicFile.temporaryPrefix`, waiting to be renamed or linked into place.
struct TemporaryFile {
    let path: String

    /// Creates it with `attributes` (before any byte is written: the text is never readable by
    /// more people than the final file) and writes `bytes`; on failure nothing is left behind.
    init(for destination: String, attributes: FileAttributes, bytes: [UInt8]) throws(FileSystem.Failure) {
        _ = AtomicFile.processStart
        let folder = Path.folder(of: destination)
        var template = Array(Path.join(folder, AtomicFile.temporaryPrefix + Path.name(of: destination) + ".XXXXXX").utf8CString)
        let raw = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard raw >= 0 else { throw FileSystem.Failure(path: folder, errno: .current) }
        path = String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
        let fd = FileDescriptor(raw)
        _ = fcntl(raw, F_SETFD, FD_CLOEXEC)
        do throws(Errno) {
            try attributes.apply(to: fd)
            try TemporaryFile.writeAll(bytes, to: fd)
            try retryingInterrupts { fsync(fd.rawValue) }
            fd.close()
        } catch {
            fd.close()
            remove()
            throw FileSystem.Failure(path: destination, errno: error)
        }
    }

    func remove() { unlink(path) }

    private static func writeAll(_ bytes: [UInt8], to fd: FileDescriptor) throws(Errno) {
        var offset = 0
        while offset < bytes.count {
            let written = try bytes.withUnsafeBytes { raw -> Result<Int, Errno> in
                Result { () throws(Errno) in try retryingInterrupts { Glibc.write(fd.rawValue, raw.baseAddress! + offset, raw.count - offset) } }
            }.get()
            offset += written
        }
    }
}
