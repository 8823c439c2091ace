/// The part of TOML that manifests use (Cargo.toml, pyproject.toml, Pipfile): tables, arrays of
/// tables, dotted and quoted keys, basic and literal strings (multi-line too), arrays, inline
/// tables, and other scalars kept as written.
///
/// Values are kept flat, by their full key path (`["dependencies", "serde", "version"]`; the n-th
/// `[[bin]]` is `bin[n]`), which is all a profile asks of them. A line that cannot be read is
/// skipped and reported; reading goes on with the next.
struct TOMLDocument {
    private(set) var values: [(path: [String], value: ManifestValue)] = []
    private(set) var problems: [String] = []

    init(_ text: String) {
        var parser = TOMLParser(bytes: Array(text.utf8))
        parser.parse()
        values = parser.values
        problems = parser.problems
    }

    func value(at path: [String]) -> ManifestValue? {
        values.last { $0.path == path }?.value
    }

    func string(at path: String...) -> String? { value(at: path)?.string }

    /// The keys right under `path`, in file order, each once: `["dependencies"]` gives the crates
    /// whether written `serde = "1"`, `serde = { version = "1" }` or under `[dependencies.serde]`.
    func keys(under path: [String]) -> [String] {
        values.filter { $0.path.count > path.count && $0.path.starts(with: path) }.map { $0.path[path.count] }.uniqued()
    }

    /// Whether any table starts with `prefix`: `hasTable("bin")` for `[[bin]]`.
    func hasTable(_ name: String) -> Bool {
        values.contains { $0.path.first == name || $0.path.first?.hasPrefix(name + "[") == true }
    }
}

private struct TOMLParser {
    let bytes: [UInt8]
    var i = 0
    var line = 1
    var table: [String] = []
    var arrayCounts: [String: Int] = [:]
    var values: [(path: [String], value: ManifestValue)] = []
    var problems: [String] = []

    mutating func parse() {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { i = 3 }
        while i < bytes.count {
            skipBlank()
            guard i < bytes.count else { break }
            let startLine = line
            if !statement() {
                if problems.count < 20 { problems.append("line \(startLine): cannot read this line") }
                skipLine()
            }
        }
    }

    /// One header or key/value; false when the line is not TOML.
    private mutating func statement() -> Bool {
        if bytes[i] == 91 {
            let isArray = i + 1 < bytes.count && bytes[i + 1] == 91
            i += isArray ? 2 : 1
            guard let path = key(), let last = path.last, expect(93), !isArray || expect(93) else { return false }
            if isArray {
                let name = path.joined(separator: ".")
                let index = arrayCounts[name, default: 0]
                arrayCounts[name] = index + 1
                table = Array(path.dropLast()) + ["\(last)[\(index)]"]
            } else {
                table = path
            }
            values.append((table, .table([])))
            return endOfLine()
        }
        guard let path = key(), expect(61), let value = value(depth: 0) else { return false }
        values.append((table + path, value))
        return endOfLine()
    }

    /// A dotted key: `a."b c".d`.
    private mutating func key() -> [String]? {
        var parts: [String] = []
        while true {
            skipSpaces()
            guard i < bytes.count else { return nil }
            if bytes[i] == 34 || bytes[i] == 39 {
                guard let part = quoted() else { return nil }
                parts.append(part)
            } else {
                let start = i
                while i < bytes.count, isBare(bytes[i]) { i += 1 }
                guard i > start else { return nil }
                parts.append(String(decoding: bytes[start..<i], as: UTF8.self))
            }
            skipSpaces()
            guard i < bytes.count, bytes[i] == 46 else { return parts }
            i += 1
        }
    }

    private mutating func value(depth: Int) -> ManifestValue? {
        skipSpaces()
        guard i < bytes.count, depth < 32 else { return nil }
        switch bytes[i] {
        case 34, 39: return quoted().map(ManifestValue.string)
        case 91: return array(depth: depth)
        case 123: return inlineTable(depth: depth)
        default:
            let start = i
            while i < bytes.count, ![44, 93, 125, 35, 10, 13].contains(bytes[i]) { i += 1 }
            let text = String(decoding: bytes[start..<i], as: UTF8.self).trimmed
            if text == "true" || text == "false" { return .bool(text == "true") }
            return text.isEmpty ? nil : .scalar(text)
        }
    }

    private mutating func array(depth: Int) -> ManifestValue? {
        i += 1
        var items: [ManifestValue] = []
        while true {
            skipBlank()
            guard i < bytes.count else { return nil }
            if bytes[i] == 93 {
                i += 1
                return .array(items)
            }
            guard let item = value(depth: depth + 1) else { return nil }
            items.append(item)
            skipBlank()
            if i < bytes.count, bytes[i] == 44 { i += 1 }
        }
    }

    private mutating func inlineTable(depth: Int) -> ManifestValue? {
        i += 1
        var entries: [ManifestEntry] = []
        while true {
            skipSpaces()
            guard i < bytes.count else { return nil }
            if bytes[i] == 125 {
                i += 1
                return .table(entries)
            }
            guard let path = key(), expect(61), let value = value(depth: depth + 1) else { return nil }
            entries.append(ManifestEntry(key: path.joined(separator: "."), value: value))
            skipSpaces()
            if i < bytes.count, bytes[i] == 44 { i += 1 }
        }
    }

    /// `"basic \"escaped\""`, `'literal'`, and their `"""` / `'''` multi-line forms.
    private mutating func quoted() -> String? {
        let quote = bytes[i]
        let multi = i + 2 < bytes.count && bytes[i + 1] == quote && bytes[i + 2] == quote
        i += multi ? 3 : 1
        if multi, i < bytes.count, bytes[i] == 10 {
            i += 1
            line += 1
        }
        var buffer: [UInt8] = []
        while i < bytes.count {
            let byte = bytes[i]
            if byte == quote, !multi || (i + 2 < bytes.count && bytes[i + 1] == quote && bytes[i + 2] == quote) {
                i += multi ? 3 : 1
                return String(decoding: buffer, as: UTF8.self)
            }
            if byte == 10 {
                guard multi else { return nil }
                line += 1
            }
            if byte == 92, quote == 34, i + 1 < bytes.count {
                i += 1
                let escaped = bytes[i]
                buffer.append(escaped == 110 ? 10 : escaped == 116 ? 9 : escaped)
            } else {
                buffer.append(byte)
            }
            i += 1
        }
        return nil
    }

    private mutating func expect(_ byte: UInt8) -> Bool {
        skipSpaces()
        guard i < bytes.count, bytes[i] == byte else { return false }
        i += 1
        return true
    }

    private mutating func endOfLine() -> Bool {
        skipSpaces()
        if i < bytes.count, bytes[i] == 35 {
            skipLine()
            return true
        }
        guard i == bytes.count || bytes[i] == 10 || bytes[i] == 13 else { return false }
        return true
    }

    private mutating func skipSpaces() {
        while i < bytes.count, bytes[i] == 32 || bytes[i] == 9 { i += 1 }
    }

    /// Spaces, line ends and comments.
    private mutating func skipBlank() {
        while i < bytes.count {
            switch bytes[i] {
            case 32, 9, 13: i += 1
            case 10:
                i += 1
                line += 1
            case 35: skipLine()
            default: return
            }
        }
    }

    private mutating func skipLine() {
        while i < bytes.count, bytes[i] != 10 { i += 1 }
    }

    private func isBare(_ byte: UInt8) -> Bool {
        (97...122).contains(byte) || (65...90).contains(byte) || (48...57).contains(byte) || byte == 95 || byte == 45
    }
}
