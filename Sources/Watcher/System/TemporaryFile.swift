import Glibc

/// A written and fsynced temporary file beside its destination, named with
/// `AtomicFile.temporaryPrefix`, waiting to be renamed or linked into place.
struct TemporaryFile {
    let path: String

    /// Creates it with `attributes` (before any byte is written: the text is never readable by
    /// more people than the final file) and writes `bytes`; on failure nothing is left behind.
    /// A failed close fails it too: a file system may store the last bytes only then.
    init(for destination: String, attributes: FileAttributes, bytes: [UInt8]) throws(FileSystem.Failure) {
        _ = AtomicFile.processStart
        let folder = Path.folder(of: destination)
        let pattern = Path.join(folder, AtomicFile.temporaryPrefix + Path.name(of: destination) + ".XXXXXX")
        var template: [CChar] = []
        let fd: FileDescriptor
        do {
            fd = try FileDescriptor.adopting {
                // mkstemp(3) fills the X's in: a call made again needs them back.
                template = Array(pattern.utf8CString)
                return template.withUnsafeMutableBufferPointer { buffer in
                    guard let start = buffer.baseAddress else {
                        errno = EINVAL
                        return -1
                    }
                    return mkstemp(start)
                }
            }
        } catch { throw FileSystem.Failure(path: folder, code: error) }
        path = String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
        _ = try? SystemCall.retrying { fcntl(fd.rawValue, F_SETFD, FD_CLOEXEC) }
        do throws(Errno) {
            try attributes.apply(to: fd)
            try fd.write(bytes)
            try fd.sync()
            try fd.close()
        } catch {
            try? fd.close()
            remove()
            throw FileSystem.Failure(path: destination, code: error)
        }
    }

    /// Removes it; one already renamed or linked into place is gone under this name anyway.
    func remove() { try? FileSystem.remove(path) }
}
