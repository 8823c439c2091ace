/// A JSON reader for manifests that gives what it could read and a reason when the text is not
/// valid JSON. It accepts what people leave in hand-edited files (a byte-order mark, `//` and
/// `/* */` comments, trailing commas), stops nesting at ``maxDepth``, and is linear in the input.
struct TolerantJSON {
    static let maxDepth = 64

    private let bytes: [UInt8]
    private var i = 0
    private(set) var problem: String?

    /// The value (partial when the text is malformed) and what went wrong.
    static func parse(_ text: String) -> (value: ManifestValue?, problem: String?) {
        var parser = TolerantJSON(bytes: Array(text.utf8))
        if parser.bytes.starts(with: [0xEF, 0xBB, 0xBF]) { parser.i = 3 }
        let value = parser.value(depth: 0)
        if parser.problem == nil {
            parser.skipSpace()
            if parser.i < parser.bytes.count { parser.fail("unexpected text after the end of the document") }
        }
        return (value, parser.problem)
    }

    private init(bytes: [UInt8]) { self.bytes = bytes }

    private mutating func value(depth: Int) -> ManifestValue? {
        skipSpace()
        guard i < bytes.count else {
            fail("unexpected end of file")
            return nil
        }
        guard depth < TolerantJSON.maxDepth else {
            fail("nested deeper than \(TolerantJSON.maxDepth) levels")
            return nil
        }
        switch bytes[i] {
        case 123: return object(depth: depth)
        case 91: return array(depth: depth)
        case 34: return string().map(ManifestValue.string)
        case 116 where word("true"): return .bool(true)
        case 102 where word("false"): return .bool(false)
        case 110 where word("null"): return .null
        case 45, 48...57: return number()
        default:
            fail("unexpected character '\(Unicode.Scalar(bytes[i]))'")
            return nil
        }
    }

    private mutating func object(depth: Int) -> ManifestValue {
        i += 1
        var entries: [ManifestEntry] = []
        while problem == nil {
            skipSpace()
            guard i < bytes.count else {
                fail("unexpected end of file inside an object")
                break
            }
            if bytes[i] == 125 {
                i += 1
                break
            }
            guard bytes[i] == 34, let key = string() else {
                fail("expected a quoted key")
                break
            }
            skipSpace()
            guard i < bytes.count, bytes[i] == 58 else {
                fail("expected ':' after the key \"\(key)\"")
                break
            }
            i += 1
            guard let member = value(depth: depth + 1) else { break }
            entries.append(ManifestEntry(key: key, value: member))
            guard problem == nil, separator(closing: 125) else { break }
        }
        return .table(entries)
    }

    private mutating func array(depth: Int) -> ManifestValue {
        i += 1
        var items: [ManifestValue] = []
        while problem == nil {
            skipSpace()
            guard i < bytes.count else {
                fail("unexpected end of file inside an array")
                break
            }
            if bytes[i] == 93 {
                i += 1
                break
            }
            guard let item = value(depth: depth + 1) else { break }
            items.append(item)
            guard problem == nil, separator(closing: 93) else { break }
        }
        return .array(items)
    }

    /// After a member: a comma (a trailing one is allowed) or the closing bracket. False once closed.
    private mutating func separator(closing: UInt8) -> Bool {
        skipSpace()
        guard i < bytes.count else {
            fail("unexpected end of file")
            return false
        }
        if bytes[i] == 44 {
            i += 1
            return true
        }
        if bytes[i] == closing {
            i += 1
            return false
        }
        fail("expected ',' or '\(Unicode.Scalar(closing))'")
        return false
    }

    private mutating func string() -> String? {
        i += 1
        var buffer: [UInt8] = []
        while i < bytes.count {
            let byte = bytes[i]
            i += 1
            if byte == 34 { return String(decoding: buffer, as: UTF8.self) }
            if byte == 10 {
                fail("line break inside a string")
                return nil
            }
            guard byte == 92, i < bytes.count else {
                buffer.append(byte)
                continue
            }
            let escaped = bytes[i]
            i += 1
            switch escaped {
            case 110: buffer.append(10)
            case 116: buffer.append(9)
            case 114: buffer.append(13)
            case 98: buffer.append(8)
            case 102: buffer.append(12)
            case 117: buffer += unicodeEscape()
            default: buffer.append(escaped)
            }
        }
        fail("unexpected end of file inside a string")
        return nil
    }

    /// `\uXXXX`, with a surrogate pair when one follows.
    private mutating func unicodeEscape() -> [UInt8] {
        guard let high = hex4() else { return [] }
        var value = high
        if (0xD800...0xDBFF).contains(high), i + 1 < bytes.count, bytes[i] == 92, bytes[i + 1] == 117 {
            i += 2
            if let low = hex4(), (0xDC00...0xDFFF).contains(low) {
                value = 0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)
            }
        }
        return Array(String(Unicode.Scalar(value).map(Character.init) ?? "\u{FFFD}").utf8)
    }

    private mutating func hex4() -> UInt32? {
        guard i + 4 <= bytes.count, let value = UInt32(String(decoding: bytes[i..<(i + 4)], as: UTF8.self), radix: 16)
        else { return nil }
        i += 4
        return value
    }

    private mutating func number() -> ManifestValue {
        let start = i
        while i < bytes.count, "+-.0123456789eE".utf8.contains(bytes[i]) { i += 1 }
        return .scalar(String(decoding: bytes[start..<i], as: UTF8.self))
    }

    private mutating func word(_ literal: String) -> Bool {
        let literalBytes = Array(literal.utf8)
        guard bytes.count - i >= literalBytes.count, bytes[i..<(i + literalBytes.count)].elementsEqual(literalBytes)
        else { return false }
        i += literalBytes.count
        return true
    }

    private mutating func skipSpace() {
        while i < bytes.count {
            switch bytes[i] {
            case 32, 9, 10, 13: i += 1
            case 47 where i + 1 < bytes.count && bytes[i + 1] == 47:
                while i < bytes.count, bytes[i] != 10 { i += 1 }
            case 47 where i + 1 < bytes.count && bytes[i + 1] == 42:
                i += 2
                while i + 1 < bytes.count, !(bytes[i] == 42 && bytes[i + 1] == 47) { i += 1 }
                i = min(i + 2, bytes.count)
            default: return
            }
        }
    }

    private mutating func fail(_ reason: String) {
        guard problem == nil else { return }
        let (line, column) = SourcePosition.of(offset: min(i, bytes.count), in: bytes)
        problem = "line \(line), column \(column): \(reason)"
    }
}

/// Line and column (both from 1) of a byte offset, for messages that point into a file.
enum SourcePosition {
    static func of(offset: Int, in bytes: [UInt8]) -> (line: Int, column: Int) {
        var line = 1
        var lineStart = 0
        for k in 0..<offset where bytes[k] == 10 {
            line += 1
            lineStart = k + 1
        }
        return (line, offset - lineStart + 1)
    }
}
