/// Small text helpers shared by the parsers and the plan builder.
///
/// The generator runs on every save, so these stay simple scans over characters; none of them
/// needs Foundation.
enum Text {
    /// Markdown inline markup removed: `**bold**`, `_em_`, backticks and `[text](link)` become plain text.
    /// All markup is ASCII, so this walks Unicode scalars rather than (much slower) Characters.
    static func plain(_ text: String) -> String {
        // Most lines have no markup at all.
        if !text.utf8.contains(where: { $0 == 42 || $0 == 96 || $0 == 95 || $0 == 91 || $0 == 93 }) { return collapsingSpaces(text) }
        let scalars = Array(text.unicodeScalars)
        var result = String.UnicodeScalarView()
        // The next `)` and `]` at or after a position, remembered so that a line of many `[` and
        // no `]` is read once, not once per `[`.
        var nextParenthesis = -1
        var nextBracket = -1
        func next(_ close: Unicode.Scalar, from start: Int) -> Int? {
            var known = close == ")" ? nextParenthesis : nextBracket
            if known < start {
                known = scalars[start...].firstIndex(of: close) ?? scalars.count
                if close == ")" { nextParenthesis = known } else { nextBracket = known }
            }
            return known < scalars.count ? known : nil
        }
        var i = 0
        while i < scalars.count {
            let c = scalars[i]
            if c == "*" || c == "`" {
                i += 1
                continue
            }
            if c == "_", i == 0 || !isWordScalar(scalars[i - 1]) || i + 1 == scalars.count || !isWordScalar(scalars[i + 1]) {
                i += 1
                continue
            }
            if c == "]", i + 1 < scalars.count, scalars[i + 1] == "(", let close = next(")", from: i + 1) {
                i = close + 1
                continue
            }
            if c == "[", let close = next("]", from: i), close + 1 < scalars.count, scalars[close + 1] == "(" {
                i += 1
                continue
            }
            result.append(c)
            i += 1
        }
        return collapsingSpaces(String(result))
    }

    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return (97...122).contains(value) || (65...90).contains(value) || (48...57).contains(value) }
        return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }

    /// Runs of spaces, tabs and line ends become one space; the ends are trimmed.
    static func collapsingSpaces(_ text: String) -> String {
        // Nothing to collapse: no tab or line end, no leading, trailing or double space.
        let bytes = text.utf8
        if bytes.first != 32, bytes.last != 32, !bytes.contains(9), !bytes.contains(10), !text.utf8.elementsEqualWithDoubleSpace() {
            return text
        }
        var result = String.UnicodeScalarView()
        var lastWasSpace = true
        for c in text.unicodeScalars {
            if c == " " || c == "\t" || c == "\n" {
                if !lastWasSpace { result.append(" ") }
                lastWasSpace = true
            } else {
                result.append(c)
                lastWasSpace = false
            }
        }
        if result.last == " " { result.removeLast() }
        return String(result)
    }

    private static let abbreviations: Set<String> = ["e.g.", "i.e.", "etc.", "vs.", "e.g.,", "i.e.,", "mr.", "dr.", "no.", "approx."]

    /// Splits prose into sentences at `.`, `!` or `?` followed by a space, keeping the punctuation.
    static func sentences(_ text: String) -> [String] {
        var result: [String] = []
        var current = ""
        let words = collapsingSpaces(text).split(separator: " ", omittingEmptySubsequences: true)
        for word in words {
            if !current.isEmpty { current.append(" ") }
            current += word
            guard let last = word.last, last == "." || last == "!" || last == "?" else { continue }
            if abbreviations.contains(String(word.lowercased().drop(while: { "(\"'[".contains($0) }))) { continue }
            result.append(current)
            current = ""
        }
        if !current.isEmpty { result.append(current) }
        return result
    }

    /// The first `count` sentences of `text`, joined again.
    static func firstSentences(_ text: String, _ count: Int) -> String {
        sentences(text).prefix(count).joined(separator: " ")
    }

    /// The text ending in a full stop (or other sentence end).
    static func asSentence(_ text: String) -> String {
        var t = text.trimmed
        while let last = t.last, last == "," || last == ";" || last == ":" { t.removeLast() }
        guard let last = t.last else { return t }
        return ".!?".contains(last) ? t : t + "."
    }

    /// Cuts long text at a word boundary, adding an ellipsis.
    static func shortened(_ text: String, to limit: Int) -> String {
        guard text.count > limit else { return text }
        var cut = String(text.prefix(limit))
        if let space = cut.lastIndex(of: " ") { cut = String(cut[..<space]) }
        while let last = cut.last, ",;:-(".contains(last) { cut.removeLast(); cut = cut.trimmed }
        return cut + "…"
    }

    private static let stopWords: Set<String> = [
        "the", "and", "for", "with", "that", "this", "from", "into", "are", "can", "must", "should",
        "will", "shall", "may", "have", "has", "not", "all", "any", "each", "when", "then", "given",
        "their", "they", "them", "its", "via", "than", "other", "such", "been", "also", "only",
        "system", "user", "users", "able", "support", "supports", "provide", "allow", "allows",
        "feature", "new", "existing", "without", "within", "where", "which", "while", "more", "most",
        "both", "using", "used", "use", "what", "how", "one", "two", "per", "own",
    ]

    /// Lower-cased content words of at least three letters, with a plural `s` removed,
    /// for matching requirements to the stories and topics they belong to.
    static func significantWords(_ text: String) -> [String] {
        var words: [String] = []
        var current: [UInt8] = []
        var length = 0
        func flush() {
            defer { current.removeAll(keepingCapacity: true); length = 0 }
            guard length >= 3 else { return }
            var word = String(decoding: current, as: UTF8.self)
            guard !stopWords.contains(word) else { return }
            if length > 4, current.last == 115, current[current.count - 2] != 115 { word.removeLast() }
            words.append(word)
        }
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value < 0x80 {
                let byte = UInt8(value)
                if (97...122).contains(byte) || (48...57).contains(byte) {
                    current.append(byte)
                    length += 1
                } else if (65...90).contains(byte) {
                    current.append(byte + 32)
                    length += 1
                } else {
                    flush()
                }
            } else if isWordScalar(scalar) {
                current += Array(String(scalar).lowercased().utf8)
                length += 1
            } else {
                flush()
            }
        }
        flush()
        return words
    }

    /// `003-rink-sessions` -> `Rink Sessions`.
    static func title(fromFolder name: String) -> String {
        var parts = name.split(whereSeparator: { $0 == "-" || $0 == "_" || $0 == " " }).map(String.init)
        if let first = parts.first, first.allSatisfy(\.isNumber) { parts.removeFirst() }
        let words = parts.map { $0.prefix(1).uppercased() + $0.dropFirst() }
        return words.isEmpty ? name : words.joined(separator: " ")
    }

    /// A lower-case identifier made of letters, digits and dashes, for section ids.
    static func slug(_ text: String) -> String {
        var result = ""
        for c in plain(text).lowercased() {
            if c.isASCII && (c.isLetter || c.isNumber) {
                result.append(c)
            } else if !result.isEmpty, result.last != "-" {
                result.append("-")
            }
        }
        while result.last == "-" { result.removeLast() }
        return String(result.prefix(48))
    }
}

extension String.UTF8View {
    /// True when two spaces follow each other.
    func elementsEqualWithDoubleSpace() -> Bool {
        var previous: UInt8 = 0
        for byte in self {
            if byte == 32 && previous == 32 { return true }
            previous = byte
        }
        return false
    }
}

/// Substring search on UTF-8 bytes: the generator's hot loops ask "does this title contain that
/// keyword" thousands of times, and byte comparison is far cheaper than String's.
struct ByteString: Sendable, Hashable {
    let bytes: [UInt8]

    init(_ text: String) { bytes = Array(text.utf8) }

    init(bytes: [UInt8]) { self.bytes = bytes }

    /// ASCII letters lower-cased; other bytes as they are (keywords are written lower-case).
    init(lowercasing text: String) {
        bytes = text.utf8.map { (65...90).contains($0) ? $0 + 32 : $0 }
    }

    func contains(_ needle: ByteString) -> Bool {
        needle.bytes.isEmpty || firstIndex(of: needle) != nil
    }

    /// The byte offset where `needle` first starts.
    func firstIndex(of needle: ByteString) -> Int? {
        let n = needle.bytes.count
        guard n > 0, n <= bytes.count else { return nil }
        let first = needle.bytes[0]
        var i = 0
        let last = bytes.count - n
        while i <= last {
            if bytes[i] == first {
                var j = 1
                while j < n && bytes[i + j] == needle.bytes[j] { j += 1 }
                if j == n { return i }
            }
            i += 1
        }
        return nil
    }
}

extension Character {
    var isLetterOrNumber: Bool { isLetter || isNumber }
}
