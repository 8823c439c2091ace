/// Sentences of the spec cut and joined into the plan's own: where a sentence ends, the first
/// few of a paragraph, a line shortened at a word, a list of names in English.
enum Prose {
    /// The sentences of a paragraph by the rules of its script (`SentenceRules`): Latin ones end
    /// at `. ! ?` before a space (not after "e.g."), Chinese and Japanese ones at `。！？`.
    static func sentences(_ text: String) -> [String] {
        SentenceRules.sentences(in: PlainText.collapsingSpaces(text))
    }

    /// The first `count` sentences of `text`, joined again by the rules of their script.
    static func firstSentences(_ text: String, _ count: Int) -> String {
        SentenceRules.joined(sentences(text, limit: count))
    }

    /// The first `limit` sentences of a paragraph, without splitting the rest of it.
    static func sentences(_ text: String, limit: Int) -> [String] {
        SentenceRules.sentences(in: PlainText.collapsingSpaces(text), limit: limit)
    }

    /// Sentences joined by the rules of their script: no ". " after `。`, no doubled marks.
    static func joined(_ sentences: [String]) -> String {
        SentenceRules.joined(sentences)
    }

    /// The text ending in a full stop of its script (`.` or `。`), or the mark it has.
    static func asSentence(_ text: String) -> String {
        var t = text.trimmed
        while let last = t.last, ",;:，、；：".contains(last) { t.removeLast() }
        guard let last = t.last else { return t }
        if ".!?。！？…".contains(last)
            || (SentenceRules.isCloser(last) && t.dropLast().last.map { ".!?。！？".contains($0) } == true)
        {
            return t
        }
        let cjk = last.unicodeScalars.first.map { WritingScript($0) == .han || WritingScript($0) == .kana } ?? false
        return t + (cjk ? "。" : ".")
    }

    /// Long text cut at a sentence or clause boundary when one keeps enough of it, else between
    /// words with "…": never inside a word, an id, a path or inline code.
    static func shortened(_ text: String, to limit: Int) -> String {
        let cut = SentenceRules.cut(text, toAtMost: limit)
        switch cut.boundary {
        case .whole, .sentence: return cut.text
        case .clause, .word: return cut.text + "…"
        }
    }

    /// Text kept complete: cut to `limit` only at the end of a sentence or a clause, never
    /// between words (no "…"); a text that has no such boundary early enough is kept whole.
    static func complete(_ text: String, upTo limit: Int) -> String {
        let cut = SentenceRules.cut(text, toAtMost: limit)
        switch cut.boundary {
        case .whole, .sentence: return cut.text
        case .clause:
            // A comma inside brackets ends no clause: "(1, 3, 5…) begin with A/B, even ones (2, 4".
            return bracketsBalance(cut.text) ? cut.text : text
        case .word: return text
        }
    }

    /// Whether `text` closes as many brackets as it opens. ASCII text, where each byte is a
    /// character, is counted by byte rather than by `Character`.
    private static func bracketsBalance(_ text: String) -> Bool {
        let utf8 = text.utf8
        if utf8.allSatisfy({ $0 < 0x80 }) {
            return utf8.count { $0 == 40 || $0 == 91 } == utf8.count { $0 == 41 || $0 == 93 }
        }
        // Other text by its characters' mark codes, one integer compare each: a `Character`
        // tested against a string of brackets was a substring search per character.
        let codes = MarkCodes(text[...])
        var open = 0
        for index in 0..<codes.count {
            switch codes[index] {
            case 0x28, 0x5B, 0xFF08, 0x3010, 0x300C: open += 1  // ( [ （ 【 「
            case 0x29, 0x5D, 0xFF09, 0x3011, 0x300D: open -= 1  // ) ] ） 】 」
            default: break
            }
        }
        return open == 0
    }

    /// "A", "A and B", "A, B and C".
    static func list(_ items: some BidirectionalCollection<String>) -> String {
        guard let last = items.last else { return "" }
        return items.count == 1 ? last : items.dropLast().joined(separator: ", ") + " and " + last
    }

    /// ` (FR-001–FR-008)`, from the first id to the last, with its leading space; empty without ids.
    static func idRange(_ ids: [String]) -> String {
        guard let first = ids.first, let last = ids.last else { return "" }
        return first == last ? " (\(first))" : " (\(first)–\(last))"
    }

    /// `1 user story`, `3 user stories`.
    static func count(_ n: Int, _ one: String, _ many: String) -> String { n == 1 ? "1 \(one)" : "\(n) \(many)" }

    /// The text with its first letter upper-cased, when it is a lower-case one.
    static func upperCasingFirstLetter(_ text: some StringProtocol) -> String {
        guard let first = text.first, first.isLowercase else { return String(text) }
        return first.uppercased() + text.dropFirst()
    }
}
