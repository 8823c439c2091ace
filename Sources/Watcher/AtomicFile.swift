import Glibc

/// Replaces a file so that readers see the old bytes or the new ones, never a mix, even
/// across a crash or a full disk: write a temporary file in the same folder, fsync, rename.
enum AtomicFile {
    /// Temporary files start with this, so the watcher can tell its own writes from the user's.
    static let temporaryPrefix = ".plansync-tmp."

    /// Writes `text` to `path`, keeping the permissions of the file it replaces
    /// (a new file gets 0666 less the umask, like any editor's).
    static func write(_ text: String, to path: String) throws(FileSystem.Failure) {
        try write(bytes: Array(text.utf8), to: path)
    }

    static func write(bytes: [UInt8], to path: String) throws(FileSystem.Failure) {
        let temporary = try writeTemporary(bytes: bytes, replacing: path)
        do { try retryingInterrupts { rename(temporary, path) } } catch {
            unlink(temporary)
            throw FileSystem.Failure(path: path, errno: error)
        }
        syncFolder(Path.folder(of: path))
    }

    /// Writes `bytes` to a new temporary file beside `path`, with the permissions of `path`, and
    /// fsyncs it: ready to be renamed (or exchanged) into place. Returns its path.
    static func writeTemporary(bytes: [UInt8], replacing path: String) throws(FileSystem.Failure) -> String {
        let folder = Path.folder(of: path)
        var template = Array(Path.join(folder, temporaryPrefix + Path.name(of: path) + ".XXXXXX").utf8CString)
        let raw = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard raw >= 0 else { throw FileSystem.Failure(path: folder, errno: .current) }
        let temporary = String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
        let fd = FileDescriptor(raw)
        _ = fcntl(raw, F_SETFD, FD_CLOEXEC)
        do {
            try fchmod(fd.rawValue, mode(replacing: path))
            try writeAll(bytes, to: fd)
            try retryingInterrupts { fsync(fd.rawValue) }
            fd.close()
        } catch {
            fd.close()
            unlink(temporary)
            throw FileSystem.Failure(path: path, errno: error as? Errno ?? Errno(rawValue: EIO))
        }
        return temporary
    }

    private static func fchmod(_ fd: Int32, _ mode: mode_t) throws(Errno) {
        try retryingInterrupts { Glibc.fchmod(fd, mode) }
    }

    /// Read once: umask(2) can only be read by setting it, which two threads writing plans at
    /// once must not do.
    static let processUmask: mode_t = {
        let mask = umask(0)
        umask(mask)
        return mask
    }()

    private static func mode(replacing path: String) -> mode_t {
        var info = stat()
        if stat(path, &info) == 0 { return info.st_mode & 0o7777 }
        return 0o666 & ~processUmask
    }

    private static func writeAll(_ bytes: [UInt8], to fd: FileDescriptor) throws {
        var offset = 0
        while offset < bytes.count {
            let written = try bytes.withUnsafeBytes { raw in
                try retryingInterrupts { Glibc.write(fd.rawValue, raw.baseAddress! + offset, raw.count - offset) }
            }
            offset += written
        }
    }

    /// Makes the rename itself durable; a failure here loses nothing already renamed, so it is ignored.
    static func syncFolder(_ folder: String) {
        guard let fd = try? FileDescriptor.open(folder, O_RDONLY | O_DIRECTORY) else { return }
        _ = fsync(fd.rawValue)
    }

    /// Copies `path` to `backup` atomically (for `plan.md.orig`).
    static func copy(_ path: String, to backup: String) throws {
        try write(bytes: FileSystem.read(path), to: backup)
    }
}

/// String paths, joined and split the way the shell does.
enum Path {
    static func join(_ base: String, _ name: String) -> String {
        if name.hasPrefix("/") { return name }
        if base.isEmpty || base == "." { return name }
        return base.hasSuffix("/") ? base + name : base + "/" + name
    }

    static func folder(of path: String) -> String {
        let trimmed = path.count > 1 && path.hasSuffix("/") ? String(path.dropLast()) : path
        guard let slash = trimmed.lastIndex(of: "/") else { return "." }
        return slash == trimmed.startIndex ? "/" : String(trimmed[..<slash])
    }

    static func name(of path: String) -> String {
        let trimmed = path.count > 1 && path.hasSuffix("/") ? String(path.dropLast()) : path
        guard let slash = trimmed.lastIndex(of: "/") else { return trimmed }
        return String(trimmed[trimmed.index(after: slash)...])
    }

    /// An absolute, `.`- and `..`-free form of `path`, relative paths taken from `base` (the working directory by default).
    static func absolute(_ path: String, base: String? = nil) -> String {
        let start = path.hasPrefix("/") ? path : join(base ?? currentDirectory(), path)
        var parts: [Substring] = []
        for part in start.split(separator: "/") {
            if part == "." || part.isEmpty { continue }
            if part == ".." { _ = parts.popLast(); continue }
            parts.append(part)
        }
        return "/" + parts.joined(separator: "/")
    }

    static func currentDirectory() -> String {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        guard getcwd(&buffer, buffer.count) != nil else { return "/" }
        return String(decoding: buffer.prefix(while: { $0 != 0 }).map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// `~` and `~/x` expanded with `$HOME`.
    static func expandingTilde(_ path: String) -> String {
        guard path == "~" || path.hasPrefix("~/") else { return path }
        return (Environment.value("HOME") ?? "/") + path.dropFirst()
    }

    /// `path` relative to `root` when inside it, for short log lines.
    static func relative(_ path: String, to root: String) -> String {
        let prefix = root.hasSuffix("/") ? root : root + "/"
        return path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path
    }
}

enum Environment {
    static func value(_ name: String) -> String? {
        guard let raw = getenv(name) else { return nil }
        let value = String(cString: raw)
        return value.isEmpty ? nil : value
    }
}
