import Glibc

/// Files and folders by path, each call through `SystemCall`: what is there, reading, listing,
/// renaming, removing. Errors that reach a person carry the path they happened on (`Failure`).
enum FileSystem {
    /// A system call that failed on `path`.
    struct Failure: Error, CustomStringConvertible {
        var path: String
        var code: Errno
        var description: String { "\(path): \(code)" }
    }

    enum Kind { case file, directory, other }

    /// stat(2) of `path`, or lstat(2) (a last link not followed) unless `followingLinks`.
    static func status(of path: String, followingLinks: Bool = true) throws(Errno) -> stat {
        var info = stat()
        try SystemCall.retrying { followingLinks ? stat(path, &info) : lstat(path, &info) }
        return info
    }

    /// What is at `path`, following links; nil when nothing is.
    static func kind(of path: String) -> Kind? {
        guard let info = try? status(of: path) else { return nil }
        switch info.st_mode & S_IFMT {
        case S_IFREG: return .file
        case S_IFDIR: return .directory
        default: return .other
        }
    }

    static func isDirectory(_ path: String) -> Bool { kind(of: path) == .directory }
    static func isFile(_ path: String) -> Bool { kind(of: path) == .file }

    /// Whether anything is at `path`: a file of any kind, or a link that cannot be followed (a loop).
    /// Only "no such file" counts as absent, so that a constitution that is there but unreadable is an error.
    static func exists(_ path: String) -> Bool {
        do { _ = try status(of: path) } catch { return error != .noEntry && error != .notDirectory }
        return true
    }

    /// "a FIFO", "a directory": what a file that is not a regular one is, for messages.
    static func kindName(of mode: mode_t) -> String {
        switch mode & S_IFMT {
        case S_IFREG: "a regular file"
        case S_IFDIR: "a directory"
        case S_IFIFO: "a FIFO"
        case S_IFSOCK: "a socket"
        case S_IFCHR: "a character device"
        case S_IFBLK: "a block device"
        case S_IFLNK: "a symlink"
        default: "not a regular file"
        }
    }

    /// A FIFO, socket, device or directory where a file was expected: reading it could block for ever.
    struct NotRegular: Error, CustomStringConvertible {
        var path: String
        var mode: mode_t
        var description: String { "\(path) is \(FileSystem.kindName(of: mode)), not a regular file" }
    }

    /// The bytes of a regular file, refusing files larger than `limit` before reading them.
    /// Opened without blocking: a FIFO or a device is refused, never waited on.
    static func read(_ path: String, limit: Int = Int.max) throws -> [UInt8] {
        let fd: FileDescriptor
        let info: stat
        do {
            fd = try FileDescriptor.open(path, O_RDONLY | O_NONBLOCK | O_NOCTTY)
            info = try fd.status()
        } catch { throw Failure(path: path, code: error) }
        guard info.st_mode & S_IFMT == S_IFREG else { throw NotRegular(path: path, mode: info.st_mode) }
        return try read(fd, size: Int(info.st_size), limit: limit, path: path)
    }

    /// The rest of an open regular file; `path` only names it in errors.
    static func read(_ fd: FileDescriptor, size: Int, limit: Int, path: String) throws -> [UInt8] {
        if size > limit { throw TooLarge(path: path, size: size, limit: limit) }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(size)
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let count: Int
            do { count = try fd.read(into: &buffer) } catch { throw Failure(path: path, code: error) }
            if count == 0 { break }
            bytes += buffer[..<count]
            if bytes.count > limit { throw TooLarge(path: path, size: bytes.count, limit: limit) }
        }
        return bytes
    }

    struct TooLarge: Error, CustomStringConvertible {
        var path: String
        var size: Int
        var limit: Int
        /// The limit as the caller knows it ("the 1 MiB limit for a config file"); nil for
        /// maxSpecBytes, the limit of specs and constitutions.
        var limitName: String?
        var reason: String {
            "is \(size) bytes, over \(limitName ?? "the limit of \(limit) bytes (config key maxSpecBytes)")"
        }
        var description: String { "\(path) \(reason)" }
    }

    /// A file's text, nil when it does not exist.
    static func readTextIfPresent(_ path: String, limit: Int = Int.max) throws -> String? {
        guard kind(of: path) != nil else { return nil }
        return try TextFile.decode(read(path, limit: limit), path: path)
    }

    /// The names in a directory that start with `prefix` (ASCII), for a quick look for a few
    /// names among many: nothing is allocated for the others.
    static func names(in path: String, startingWith prefix: String) -> [String] {
        guard let dir = try? SystemCall.pointer({ opendir(path) }) else { return [] }
        defer { closedir(dir) }
        let wanted = Array(prefix.utf8)
        var names: [String] = []
        while let entry = readdir(dir) {
            let matches = withUnsafeBytes(of: entry.pointee.d_name) { raw in raw.starts(with: wanted) }
            guard matches else { continue }
            names.append(
                withUnsafeBytes(of: entry.pointee.d_name) { raw in
                    String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
                })
        }
        return names
    }

    /// One name in a directory, as its bytes: a name need not be UTF-8.
    struct Entry {
        var bytes: [UInt8]
        /// The `d_type` the kernel gave (`DT_DIR`, `DT_LNK`, `DT_UNKNOWN`…).
        var type: UInt8
        /// What the name is, links followed: known from `type` for everything but links and
        /// `DT_UNKNOWN`, which are looked up (nil: a dangling link; `ELOOP`: a loop).
        var target: Result<mode_t, Errno>?

        var name: String? { String(validating: bytes, as: UTF8.self) }
        var isHidden: Bool { bytes.first == UInt8(ascii: ".") }
        var isDirectory: Bool { if case .success(let mode)? = target { mode & S_IFMT == S_IFDIR } else { false } }
        /// Followed a link (or a name of unknown type) to get here: its real path is worth checking.
        var mayBeLink: Bool { type != UInt8(DT_DIR) && type != UInt8(DT_REG) }
    }

    /// Every entry of a directory, sorted by bytes, without `.` and `..`.
    static func entries(of path: String) throws(Failure) -> [Entry] {
        let dir: OpaquePointer
        do { dir = try SystemCall.pointer { opendir(path) } } catch { throw Failure(path: path, code: error) }
        defer { closedir(dir) }
        var entries: [Entry] = []
        while let entry = readdir(dir) {
            let bytes = withUnsafeBytes(of: entry.pointee.d_name) { Array($0.prefix(while: { $0 != 0 })) }
            if bytes == [0x2E] || bytes == [0x2E, 0x2E] { continue }
            let type = entry.pointee.d_type
            var item = Entry(bytes: bytes, type: type)
            switch Int32(type) {
            case Int32(DT_DIR): item.target = .success(S_IFDIR)
            case Int32(DT_REG): item.target = .success(S_IFREG)
            case Int32(DT_LNK), Int32(DT_UNKNOWN):
                let found = (bytes + [0]).withUnsafeBufferPointer { name in
                    name.withMemoryRebound(to: CChar.self) { name in
                        Result { () throws(Errno) -> mode_t in
                            guard let name = name.baseAddress else { throw .invalidArgument }
                            var info = stat()
                            try SystemCall.retrying { fstatat(dirfd(dir), name, &info, 0) }
                            return info.st_mode
                        }
                    }
                }
                item.target = found == .failure(.noEntry) ? nil : found
            default: item.target = .success(fileMode(ofDirectoryEntryType: type))
            }
            entries.append(item)
        }
        return entries.sorted { $0.bytes.lexicographicallyPrecedes($1.bytes) }
    }

    private static func fileMode(ofDirectoryEntryType type: UInt8) -> mode_t { mode_t(type) << 12 }

    /// The path with every link resolved (realpath(3)).
    static func realPath(_ path: String) -> Result<String, Errno> {
        Result { () throws(Errno) in
            let resolved = try SystemCall.pointer { realpath(path, nil) }
            defer { free(resolved) }
            return String(cString: resolved)
        }
    }

    /// The real path of what `fd` has open: the kernel's name for it, so a link swapped after the
    /// open cannot change the answer; `realpath` of `path` where /proc is not mounted.
    static func realPath(of fd: FileDescriptor, openedAs path: String) -> Result<String, Errno> {
        guard let target = linkTarget("/proc/self/fd/\(fd.rawValue)"), !target.isEmpty else { return realPath(path) }
        return .success(target)
    }

    /// What the link at `path` points to (readlink(2)); nil when it is no link or cannot be read.
    static func linkTarget(_ path: String) -> String? {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        guard let count = try? SystemCall.retrying({ readlink(path, &buffer, buffer.count - 1) }) else { return nil }
        return String(decoding: buffer[..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// Removes the file (not a folder) at `path`.
    static func remove(_ path: String) throws(Errno) {
        try SystemCall.retrying { unlink(path) }
    }

    /// rename(2): `to` replaced, if there, in one step.
    static func rename(_ from: String, to: String) throws(Errno) {
        try SystemCall.retrying { Glibc.rename(from, to) }
    }

    /// link(2): a second name for the file, never replacing one (EEXIST).
    static func link(_ from: String, to: String) throws(Errno) {
        try SystemCall.retrying { Glibc.link(from, to) }
    }

    /// Makes the folder `path` unless something is there already (the caller checks what, where
    /// it matters).
    static func makeFolder(_ path: String, mode: mode_t) throws(Errno) {
        do { try SystemCall.retrying { mkdir(path, mode) } } catch {
            guard error == .exists else { throw error }
        }
    }

    /// Makes `path` and every missing folder above it (`mkdir -p`).
    static func makeFolders(_ path: String, mode: mode_t) throws(Failure) {
        var current = ""
        for part in path.split(separator: "/") {
            current += "/" + part
            do { try makeFolder(current, mode: mode) } catch { throw Failure(path: current, code: error) }
        }
    }

    /// A name for messages: UTF-8 as it is, every other byte and every control character as `\xNN`.
    static func escaped(_ bytes: [UInt8]) -> String {
        var result = ""
        var index = 0
        while index < bytes.count {
            let lead = bytes[index]
            let length = lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
            let sequence = bytes[index..<min(index + length, bytes.count)]
            let decoded = String(validating: sequence, as: UTF8.self)
            if let decoded, let scalar = decoded.unicodeScalars.first, !isControl(scalar) {
                result += decoded
            } else {
                for byte in decoded == nil ? sequence.prefix(1) : sequence {
                    result += "\\x" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2)
                }
            }
            index += decoded == nil ? 1 : sequence.count
        }
        return result
    }

    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F..<0xA0).contains(scalar.value)
    }
}

private extension String {
    func leftPadded(to width: Int) -> String { String(repeating: "0", count: max(0, width - count)) + self }
}
