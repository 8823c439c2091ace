/// Small text helpers shared by the parsers and the plan builder.
///
/// The generator runs on every save, so these stay simple scans over characters; none of them
/// needs Foundation.
enum Text {
    /// Markdown inline markup removed: `**bold**`, `_em_`, backticks and `[text](link)` become plain text.
    static func plain(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        var chars = Array(text)
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if c == "*" || c == "`" {
                i += 1
                continue
            }
            if c == "_", (i == 0 || !chars[i - 1].isLetterOrNumber || i + 1 == chars.count || !chars[i + 1].isLetterOrNumber) {
                i += 1
                continue
            }
            if c == "]", i + 1 < chars.count, chars[i + 1] == "(",
               let close = chars[(i + 1)...].firstIndex(of: ")") {
                i = close + 1
                continue
            }
            if c == "[", let close = chars[i...].firstIndex(of: "]"), close + 1 < chars.count, chars[close + 1] == "(" {
                i += 1
                continue
            }
            result.append(c)
            i += 1
        }
        chars.removeAll()
        return collapsingSpaces(result)
    }

    /// Runs of spaces and tabs become one space; the ends are trimmed.
    static func collapsingSpaces(_ text: String) -> String {
        var result = ""
        var lastWasSpace = true
        for c in text {
            if c == " " || c == "\t" || c == "\n" {
                if !lastWasSpace { result.append(" ") }
                lastWasSpace = true
            } else {
                result.append(c)
                lastWasSpace = false
            }
        }
        if result.last == " " { result.removeLast() }
        return result
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
        var current = ""
        func flush() {
            defer { current = "" }
            guard current.count >= 3, !stopWords.contains(current) else { return }
            var word = current
            if word.count > 4, word.hasSuffix("s"), !word.hasSuffix("ss") { word.removeLast() }
            words.append(word)
        }
        for c in text.lowercased() {
            if c.isLetter || c.isNumber { current.append(c) } else { flush() }
        }
        flush()
        return words
    }

    /// Whether `text` holds `phrase` as whole words, ignoring case.
    static func containsWord(_ text: String, _ phrase: String) -> Bool {
        let haystack = Array(text.lowercased())
        let needle = Array(phrase.lowercased())
        guard !needle.isEmpty, haystack.count >= needle.count else { return false }
        var i = 0
        while i + needle.count <= haystack.count {
            if haystack[i] == needle[0], Array(haystack[i..<(i + needle.count)]) == needle {
                let beforeOK = i == 0 || !haystack[i - 1].isLetterOrNumber
                let end = i + needle.count
                let afterOK = end == haystack.count || !haystack[end].isLetterOrNumber
                if beforeOK && afterOK { return true }
            }
            i += 1
        }
        return false
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

extension Character {
    var isLetterOrNumber: Bool { isLetter || isNumber }
}
