/// Any JSON value, so that config.json can be checked key by key with messages that name the key.
///
/// The parser is ours rather than Foundation's: its errors say the line and column and what was
/// expected there, and the daemon does not pay for Foundation just to read its config.
enum JSONValue: Equatable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    /// "a string", "a number": for messages such as `"debounceMs" must be a number, not a string`.
    var typeName: String {
        switch self {
        case .null: "null"
        case .bool: "a boolean"
        case .number: "a number"
        case .string: "a string"
        case .array: "an array"
        case .object: "an object"
        }
    }

    struct SyntaxError: Error, CustomStringConvertible {
        var line: Int
        var column: Int
        var message: String
        var description: String { "line \(line), column \(column): \(message)" }
    }

    /// Arrays and objects nested deeper than this are refused: a config needs 2, and the parser
    /// recurses once per level, so a 100 KB file of brackets must not run it off the stack's end.
    static let maxDepth = 64

    /// Parses one JSON text (RFC 8259), a leading UTF-8 byte order mark allowed.
    static func parse(_ bytes: [UInt8], maxDepth: Int = maxDepth) throws(SyntaxError) -> JSONValue {
        let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
        var parser = JSONParser(bytes: body, maxDepth: maxDepth)
        parser.skipSpace()
        let value = try parser.value()
        parser.skipSpace()
        guard parser.index == body.count else {
            throw parser.error("unexpected \(parser.currentCharacter) after the end of the JSON value")
        }
        return value
    }
}

/// A recursive descent over the bytes, bounded by `maxDepth`.
private struct JSONParser {
    let bytes: [UInt8]
    let maxDepth: Int
    var index = 0
    var depth = 0

    init(bytes: [UInt8], maxDepth: Int) {
        self.bytes = bytes
        self.maxDepth = maxDepth
    }

    func error(_ message: String) -> JSONValue.SyntaxError {
        var line = 1
        var column = 1
        for byte in bytes[..<min(index, bytes.count)] {
            if byte == UInt8(ascii: "\n") {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
        }
        return JSONValue.SyntaxError(line: line, column: column, message: message)
    }

    var current: UInt8? { index < bytes.count ? bytes[index] : nil }

    /// The character at `index` for a message: `character 'ï'`, `character U+0007` for one that
    /// would not show, `byte 0xFF (not UTF-8)`.
    var currentCharacter: String {
        guard index < bytes.count else { return "the end of the file" }
        var iterator = bytes[index...].makeIterator()
        var decoder = UTF8()
        guard case .scalarValue(let scalar) = decoder.decode(&iterator) else {
            return "byte 0x" + String(bytes[index], radix: 16, uppercase: true) + " (not UTF-8; save the file as UTF-8)"
        }
        switch scalar.properties.generalCategory {
        case .control, .format, .spaceSeparator, .lineSeparator, .paragraphSeparator, .unassigned, .privateUse,
            .surrogate:
            return "character " + ControlCharacters.codePoint(scalar)
        default:
            return "character '\(scalar)'"
        }
    }

    mutating func skipSpace() {
        while let byte = current, byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 { index += 1 }
    }

    mutating func value() throws(JSONValue.SyntaxError) -> JSONValue {
        guard let byte = current else { throw error("the file ends where a value was expected") }
        switch byte {
        case UInt8(ascii: "{"): return try object()
        case UInt8(ascii: "["): return try array()
        case UInt8(ascii: "\""): return .string(try string())
        case UInt8(ascii: "t"):
            try literal("true")
            return .bool(true)
        case UInt8(ascii: "f"):
            try literal("false")
            return .bool(false)
        case UInt8(ascii: "n"):
            try literal("null")
            return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number(try number())
        default: throw error("unexpected \(currentCharacter) where a value was expected")
        }
    }

    /// Enters an array or object, refusing to go past `maxDepth`; the caller leaves with `depth -= 1`.
    mutating func descend() throws(JSONValue.SyntaxError) {
        guard depth < maxDepth else {
            throw error(
                "arrays and objects nested more than \(maxDepth) levels deep (a plansync config needs 2); is this the right file?"
            )
        }
        depth += 1
    }

    mutating func literal(_ word: String) throws(JSONValue.SyntaxError) {
        let expected = Array(word.utf8)
        guard bytes.count - index >= expected.count, Array(bytes[index..<(index + expected.count)]) == expected else {
            throw error("unexpected word where a value was expected (strings need double quotes)")
        }
        index += expected.count
    }

    mutating func number() throws(JSONValue.SyntaxError) -> Double {
        let start = index
        while let byte = current, "+-.eE0123456789".utf8.contains(byte) { index += 1 }
        guard let value = Double(String(decoding: bytes[start..<index], as: UTF8.self)) else {
            index = start
            throw error("malformed number")
        }
        return value
    }

    mutating func string() throws(JSONValue.SyntaxError) -> String {
        let start = index
        index += 1
        var result: [UInt8] = []
        while let byte = current {
            index += 1
            switch byte {
            case UInt8(ascii: "\""):
                guard let text = String(validating: result, as: UTF8.self) else {
                    index = start
                    throw error("a string that is not valid UTF-8; save the file as UTF-8")
                }
                return text
            case UInt8(ascii: "\\"):
                try escape(into: &result)
            case 0x00..<0x20:
                index -= 1
                throw error(
                    "line break or control character (\(ControlCharacters.codePoint(Unicode.Scalar(byte)))) inside a string; write it as an escape such as \\n"
                )
            default:
                result.append(byte)
            }
        }
        throw error("the file ends inside a string")
    }

    /// The escape after a backslash, appended to `result` as UTF-8.
    mutating func escape(into result: inout [UInt8]) throws(JSONValue.SyntaxError) {
        guard let escaped = current else { throw error("the file ends inside a string") }
        index += 1
        switch escaped {
        case UInt8(ascii: "n"): result.append(0x0A)
        case UInt8(ascii: "t"): result.append(0x09)
        case UInt8(ascii: "r"): result.append(0x0D)
        case UInt8(ascii: "b"): result.append(0x08)
        case UInt8(ascii: "f"): result.append(0x0C)
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): result.append(escaped)
        case UInt8(ascii: "u"):
            var code = try hexQuad()
            if (0xD800..<0xDC00).contains(code), bytes[index...].starts(with: Array("\\u".utf8)) {
                let resume = index
                index += 2
                let low = try hexQuad()
                if (0xDC00..<0xE000).contains(low) {
                    code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                } else {
                    index = resume
                }
            }
            result += Array(String(Character(Unicode.Scalar(code) ?? "\u{FFFD}")).utf8)
        default:
            index -= 1
            let character = currentCharacter
            index -= 1
            throw error(
                "unknown escape in a string: a backslash followed by \(character) (JSON knows \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX)"
            )
        }
    }

    /// The four hex digits of a `\u` escape.
    mutating func hexQuad() throws(JSONValue.SyntaxError) -> UInt32 {
        let digits = bytes[index..<min(index + 4, bytes.count)]
        guard digits.count == 4,
            digits.allSatisfy({
                (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0)
                    || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains($0 | 0x20)
            }),
            let code = UInt32(String(decoding: digits, as: UTF8.self), radix: 16)
        else {
            throw error("malformed \\u escape (it needs four hex digits)")
        }
        index += 4
        return code
    }

    mutating func array() throws(JSONValue.SyntaxError) -> JSONValue {
        try descend()
        defer { depth -= 1 }
        index += 1
        var items: [JSONValue] = []
        skipSpace()
        if current == UInt8(ascii: "]") {
            index += 1
            return .array(items)
        }
        while true {
            skipSpace()
            items.append(try value())
            skipSpace()
            switch current {
            case UInt8(ascii: ","): index += 1
            case UInt8(ascii: "]"):
                index += 1
                return .array(items)
            case nil: throw error("the file ends inside an array (a ']' is missing)")
            default: throw error("expected ',' or ']' in an array, not \(currentCharacter)")
            }
        }
    }

    mutating func object() throws(JSONValue.SyntaxError) -> JSONValue {
        try descend()
        defer { depth -= 1 }
        index += 1
        var fields: [String: JSONValue] = [:]
        skipSpace()
        if current == UInt8(ascii: "}") {
            index += 1
            return .object(fields)
        }
        while true {
            skipSpace()
            guard current == UInt8(ascii: "\"") else {
                throw error("expected a key in double quotes (no trailing commas in JSON)")
            }
            let key = try string()
            skipSpace()
            guard current == UInt8(ascii: ":") else {
                throw error("expected ':' after the key \"\(ControlCharacters.escaped(key))\"")
            }
            index += 1
            skipSpace()
            if fields[key] != nil { throw error("the key \"\(ControlCharacters.escaped(key))\" appears twice") }
            fields[key] = try value()
            skipSpace()
            switch current {
            case UInt8(ascii: ","): index += 1
            case UInt8(ascii: "}"):
                index += 1
                return .object(fields)
            case nil: throw error("the file ends inside an object (a '}' is missing)")
            default: throw error("expected ',' or '}' after the value of \"\(ControlCharacters.escaped(key))\"")
            }
        }
    }
}
