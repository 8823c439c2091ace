import Glibc

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
            if part == ".." {
                _ = parts.popLast()
                continue
            }
            parts.append(part)
        }
        return "/" + parts.joined(separator: "/")
    }

    /// The working directory; `/` when it cannot be named (removed since the process started).
    static func currentDirectory() -> String {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        guard (try? SystemCall.pointer { getcwd(&buffer, buffer.count) }) != nil else { return "/" }
        return String(decoding: buffer.prefix(while: { $0 != 0 }).map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// A path as people write it (in config.json, on the command line), made absolute: `~` and
    /// `~/x` expanded with `$HOME`, a relative path taken from `base` (the working directory by
    /// default), `.` and `..` resolved.
    static func expanded(_ path: String, base: String? = nil) -> String {
        absolute(expandingTilde(path), base: base)
    }

    /// `~` and `~/x` expanded with `$HOME`.
    private static func expandingTilde(_ path: String) -> String {
        guard path == "~" || path.hasPrefix("~/") else { return path }
        return (Environment.value("HOME") ?? "/") + path.dropFirst()
    }

    /// `path` relative to `root` when inside it, for short log lines.
    static func relative(_ path: String, to root: String) -> String {
        let prefix = root.hasSuffix("/") ? root : root + "/"
        return path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path
    }
}
