/// Sentences of the spec cut and joined into the plan's own: where a sentence ends, the first
/// few of a paragraph, a line shortened at a word, a list of names in English.
enum Prose {
    /// Words whose full stop ends no sentence.
    private static let abbreviations: Set<String> = [
        "e.g.", "i.e.", "etc.", "vs.", "e.g.,", "i.e.,", "mr.", "dr.", "no.", "approx.",
    ]

    /// Splits prose into sentences at `.`, `!` or `?` followed by a space, keeping the punctuation.
    static func sentences(_ text: String) -> [String] {
        var result: [String] = []
        var current = ""
        let words = PlainText.collapsingSpaces(text).split(separator: " ", omittingEmptySubsequences: true)
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
        while let last = cut.last, ",;:-(".contains(last) {
            cut.removeLast()
            cut = cut.trimmed
        }
        return cut + "…"
    }

    /// "A", "A and B", "A, B and C".
    static func list(_ items: some BidirectionalCollection<String>) -> String {
        guard let last = items.last else { return "" }
        return items.count == 1 ? last : items.dropLast().joined(separator: ", ") + " and " + last
    }

    /// ` (FR-001–FR-008)`, from the first id to the last, with its leading space; empty without ids.
    static func idRange(_ ids: [String]) -> String {
        guard let first = ids.first, let last = ids.last else { return "" }
        return " (\(first)–\(last))"
    }

    /// `1 user story`, `3 user stories`.
    static func count(_ n: Int, _ one: String, _ many: String) -> String { n == 1 ? "1 \(one)" : "\(n) \(many)" }

    /// The text with its first letter upper-cased, when it is a lower-case one.
    static func upperCasingFirstLetter(_ text: some StringProtocol) -> String {
        guard let first = text.first, first.isLowercase else { return String(text) }
        return first.uppercased() + text.dropFirst()
    }
}
