import Glibc

/// Reading and listing files with plain syscalls; errors carry the path they happened on.
enum FileSystem {
    struct Failure: Error, CustomStringConvertible {
        var path: String
        var errno: Errno
        var description: String { "\(path): \(errno)" }
    }

    enum Kind { case file, directory, other }

    /// What is at `path`, following links; nil when nothing is.
    static func kind(of path: String) -> Kind? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        switch info.st_mode & S_IFMT {
        case S_IFREG: return .file
        case S_IFDIR: return .directory
        default: return .other
        }
    }

    static func isDirectory(_ path: String) -> Bool { kind(of: path) == .directory }
    static func isFile(_ path: String) -> Bool { kind(of: path) == .file }

    /// The bytes of a file, refusing files larger than `limit` before reading them.
    static func read(_ path: String, limit: Int = Int.max) throws -> [UInt8] {
        let fd: FileDescriptor
        do { fd = try FileDescriptor.open(path, O_RDONLY) } catch { throw Failure(path: path, errno: error) }
        var info = stat()
        guard fstat(fd.rawValue, &info) == 0 else { throw Failure(path: path, errno: .current) }
        if Int(info.st_size) > limit { throw TooLarge(path: path, size: Int(info.st_size), limit: limit) }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(Int(info.st_size))
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let count: Int
            do {
                count = try buffer.withUnsafeMutableBytes { raw in
                    try retryingInterrupts { Glibc.read(fd.rawValue, raw.baseAddress, raw.count) }
                }
            } catch { throw Failure(path: path, errno: error as? Errno ?? Errno(rawValue: EIO)) }
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
        var reason: String { "is \(size) bytes, over \(limitName ?? "the limit of \(limit) bytes (config key maxSpecBytes)")" }
        var description: String { "\(path) \(reason)" }
    }

    /// A file's text, nil when it does not exist.
    static func readTextIfPresent(_ path: String, limit: Int = Int.max) throws -> String? {
        guard kind(of: path) != nil else { return nil }
        return try TextFile.decode(read(path, limit: limit), path: path)
    }

    /// Names in a directory, sorted, without `.` and `..`.
    static func list(_ path: String) throws -> [String] {
        guard let dir = opendir(path) else { throw Failure(path: path, errno: .current) }
        defer { closedir(dir) }
        var names: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names.sorted()
    }
}

/// Spec files are text: UTF-8, no NUL bytes.
enum TextFile {
    struct NotText: Error, CustomStringConvertible {
        var path: String
        var reason: String
        var description: String { "\(path) \(reason)" }
    }

    static func decode(_ bytes: [UInt8], path: String) throws -> String {
        if bytes.contains(0) { throw NotText(path: path, reason: "is binary (it contains NUL bytes), not a Markdown file") }
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        guard let text = String(validating: body, as: UTF8.self) else {
            throw NotText(path: path, reason: "is not valid UTF-8; save it as UTF-8")
        }
        return text
    }
}
