/// Splits, joins and cuts sentences by the rules of their script: Latin sentences end with
/// `. ! ?` before a space and are joined with a space; Chinese and Japanese ones end with
/// `。！？` and are joined with nothing. Joining never writes ". " after `。` nor two marks in a
/// row. Nothing is split or cut inside inline code, a URL, a path, an id, a number or an
/// abbreviation ("e.g.", "z. B.", "p. ej.").
public enum SentenceRules {
    /// Words that end with a dot without ending a sentence.
    static let abbreviations: Set<String> = [
        "e.g", "i.e", "etc", "vs", "cf", "approx", "incl", "esp", "no", "nr", "dr", "mr", "mrs", "ms", "st", "fig",
        "ca", "z.b", "b", "d.h",
        "bzw", "usw", "ggf", "inkl", "p", "ej", "p.ej", "ex", "p.ex", "ou", "sr", "sra", "núm", "art", "u.a", "z",
    ]

    // MARK: - Splitting

    /// The sentences of a paragraph, each with its own mark, spaces trimmed.
    public static func sentences(in text: String) -> [String] {
        // Most items and short paragraphs hold no mark before their last few bytes: one
        // sentence, found without breaking the text into characters.
        if !hasInnerMark(text) {
            let sentence = text.trimmedSpaces()
            return sentence.isEmpty ? [] : [sentence]
        }
        let k = MarkCodes(text[...])
        let (result, start) = pieces(of: text, codes: k, ends: sentenceEnds(text[...], codes: k), limit: .max)
        let rest = String(text[k.index(start)...]).trimmedSpaces()
        return rest.isEmpty ? result : result + [rest]
    }

    /// The first `limit` sentences of `text`, as `sentences(in:)` gives them. A plan quotes the
    /// first sentence or three of a spec's description, which may run for pages: the text is
    /// split as characters only as far as those sentences reach, when a prefix holds them.
    public static func sentences(in text: String, limit: Int) -> [String] {
        guard limit > 0 else { return [] }
        // Only a text much longer than its first sentences is worth the prefix: a short one is
        // split whole, as before, and a prefix that holds too few sentences costs a second split.
        let prefixBytes = 400 * limit
        let utf8 = text.utf8
        guard utf8.count > 2 * prefixBytes, hasInnerMark(text) else {
            return Array(sentences(in: text).prefix(limit))
        }
        var cut = utf8.index(utf8.startIndex, offsetBy: prefixBytes)
        while String.Index(cut, within: text) == nil { cut = utf8.index(after: cut) }
        let head = text[..<cut]
        let k = MarkCodes(head)
        // An end is decided by what precedes it and at most a few closers and spaces after it:
        // ends well before the cut are the ends of the whole text.
        let ends = sentenceEnds(head, codes: k).prefix { $0 < k.count - 16 }
        let result = pieces(of: text, codes: k, ends: ends, limit: limit).sentences
        return result.count == limit ? result : Array(sentences(in: text).prefix(limit))
    }

    /// The sentences of `text` that end at `ends` (character offsets into `k`), spaces
    /// trimmed, empty ones left out, at most `limit`; and the offset where the next one starts.
    private static func pieces(
        of text: String, codes k: MarkCodes, ends: some Sequence<Int>, limit: Int
    ) -> (sentences: [String], start: Int) {
        var result: [String] = []
        var start = 0
        for end in ends where result.count < limit {
            let sentence = String(text[k.index(start)..<k.index(end)]).trimmedSpaces()
            if !sentence.isEmpty { result.append(sentence) }
            start = end
        }
        return (result, start)
    }

    /// Whether a sentence mark (`. ! ?` or `。！？｡`) stands anywhere but in the closing run of
    /// marks, closers and spaces at the end: only then can the text hold two sentences.
    private static func hasInnerMark(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            var end = bytes.count
            // Skip the trailing run of spaces, ASCII marks and closers; a full-width mark anywhere
            // (its lead byte 0xE3 or 0xEF) leaves the text to the full split.
            while end > 0 {
                let byte = bytes[end - 1]
                guard
                    byte == 32 || byte == 9 || byte == 10 || byte == 46 || byte == 33 || byte == 63 || byte == 41
                        || byte == 34 || byte == 39 || byte == 42 || byte == 95
                else { break }
                end -= 1
            }
            for index in 0..<end {
                // `.`, `!`, `?`, or the lead byte of `。` (U+3002, 0xE3) or of `！？｡` (U+FF01, U+FF1F, U+FF61, 0xEF).
                let byte = bytes[index]
                if byte == 46 || byte == 33 || byte == 63 || byte == 0xE3 || byte == 0xEF { return true }
            }
            return false
        }
    }

    /// Offsets just after each sentence's last mark (closing quotes and brackets included), in
    /// the characters `k` read of `text`. The marks are compared as integers, not as
    /// `Character`s (a string comparison each); a character is looked at only beside a mark.
    private static func sentenceEnds(_ text: Substring, codes k: MarkCodes) -> [Int] {
        var ends: [Int] = []
        var inCode = false
        var i = 0
        let count = k.count
        while i < count {
            let code = k[i]
            if code == MarkCodes.backtick { inCode.toggle() }
            guard !inCode else {
                i += 1
                continue
            }
            if MarkCodes.isCJKStop(code) {
                var end = i + 1
                while end < count, MarkCodes.isCloser(k[end]) { end += 1 }
                ends.append(end)
                i = end
                continue
            }
            if code == 46 || code == 33 || code == 63, isLatinSentenceEnd(text, codes: k, at: i) {
                var end = i + 1
                // "..." and "?!" end one sentence, not one and a stray "..".
                while end < count, MarkCodes.isCloser(k[end]) || k[end] == 46 || k[end] == 33 || k[end] == 63 {
                    end += 1
                }
                ends.append(end)
                i = end
                continue
            }
            i += 1
        }
        return ends
    }

    /// A Latin mark ends a sentence when a space follows (closers aside), the word before is no
    /// abbreviation or initial, and the next word does not start in lower case.
    private static func isLatinSentenceEnd(_ text: Substring, codes k: MarkCodes, at i: Int) -> Bool {
        let count = k.count
        var next = i + 1
        while next < count, MarkCodes.isCloser(k[next]) || k[next] == 46 { next += 1 }
        guard next == count || MarkCodes.isSpace(k[next]) else { return false }
        while next < count, MarkCodes.isSpace(k[next]) { next += 1 }
        if next < count, text[k.index(next)].isLowercase { return false }
        guard k[i] == 46 else { return true }
        var wordStart = i
        // `Character.isLetter` is its first scalar's `isAlphabetic`.
        while wordStart > 0,
            k[wordStart - 1] == 46 || text.unicodeScalars[k.index(wordStart - 1)].properties.isAlphabetic
        {
            wordStart -= 1
        }
        let word = text[k.index(wordStart)..<k.index(i)].lowercased()
        if word.count == 1, text[k.index(wordStart)].isUppercase { return false }
        return !abbreviations.contains(word)
    }

    // MARK: - Joining

    /// Sentences joined by the rules of their script: a space after a Latin mark, nothing after
    /// `。`; a sentence without a final mark gets one of its script (`.` or `。`), a trailing comma
    /// or colon giving way to it.
    public static func joined(_ sentences: [String]) -> String {
        var result = ""
        for raw in sentences {
            let sentence = raw.trimmedSpaces()
            guard !sentence.isEmpty else { continue }
            guard let last = result.last else {
                result = sentence
                continue
            }
            if isCJKStop(last) || (isCloser(last) && endsWithCJKStop(result)) {
                result += sentence
            } else if last == "." || last == "!" || last == "?" || isCloser(last) {
                result += " " + sentence
            } else {
                if isClauseMark(last) { result.removeLast() }
                let cjk =
                    result.unicodeScalars.last.map { WritingScript($0) == .han || WritingScript($0) == .kana } ?? false
                result += cjk ? "。" + sentence : ". " + sentence
            }
        }
        return result
    }

    // MARK: - Cutting

    /// The longest head of `text` of at most `limit` characters that ends at a boundary:
    /// a sentence if one keeps at least half the limit, else a clause if one keeps a third, else
    /// a word. A first word longer than the limit (a URL, an id) is kept whole rather than broken.
    public static func cut(_ text: String, toAtMost limit: Int) -> TextCut {
        // A text of no more bytes than the limit has no more characters either; past the limit,
        // only its first characters (and a few to look ahead at) decide where it is cut.
        guard text.utf8.count > limit else { return TextCut(text: text, boundary: .whole) }
        let k = MarkCodes(text[...], limit: limit + 64)
        guard k.count > limit else { return TextCut(text: text, boundary: .whole) }
        var sentence = 0
        var clause = 0
        var word = 0
        for end in sentenceEnds(text[...], codes: k) where end <= limit { sentence = end }
        var inCode = false
        for i in 0..<min(k.count, limit + 1) {
            let code = k[i]
            if code == MarkCodes.backtick { inCode.toggle() }
            if inCode { continue }
            if i < limit, MarkCodes.isClauseMark(code), i + 1 < k.count,
                k[i + 1] == 32 || MarkCodes.isCJKClauseMark(code)
            {
                clause = i + 1
            }
            if code == 32, i <= limit { word = i }
            // Only characters past ASCII can be CJK letters or marks.
            if i > 0, i <= limit, code >= 0x80, k[i - 1] >= 0x80,
                isCJKLetter(text, at: k.index(i - 1)) || MarkCodes.isCJKClauseMark(k[i - 1]),
                isCJKLetter(text, at: k.index(i))
            {
                word = max(word, i)
            }
        }
        func head(_ count: Int) -> String { String(text[..<k.index(count)]) }
        if sentence * 2 >= limit { return TextCut(text: head(sentence).trimmedSpaces(), boundary: .sentence) }
        if clause * 3 >= limit { return TextCut(text: head(clause - 1).trimmedSpaces(), boundary: .clause) }
        if word > 0 { return TextCut(text: trimmedClauseMarks(head(word)), boundary: .word) }
        return TextCut(text: String(text.prefix { $0 != " " }), boundary: .word)
    }

    // MARK: - Characters

    static func isCJKStop(_ c: Character) -> Bool { c == "。" || c == "！" || c == "？" || c == "｡" }

    static func isCloser(_ c: Character) -> Bool {
        switch c {
        case ")", "\"", "'", "”", "’", "」", "』", "）", "】", "»", "*", "_": return true
        default: return false
        }
    }

    static func isClauseMark(_ c: Character) -> Bool {
        switch c {
        case ",", ";", ":", "，", "、", "；", "：", "—", "–": return true
        default: return false
        }
    }

    static func isCJKClauseMark(_ c: Character) -> Bool { c == "，" || c == "、" || c == "；" || c == "：" }

    /// A Chinese or Japanese character: a word boundary may fall between two of them.
    private static func isCJKLetter(_ text: String, at index: String.Index) -> Bool {
        let script = WritingScript(text.unicodeScalars[index])
        return script == .han || script == .kana
    }

    private static func endsWithCJKStop(_ text: String) -> Bool {
        guard let mark = text.last(where: { !isCloser($0) }) else { return false }
        return isCJKStop(mark)
    }

    private static func trimmedClauseMarks(_ text: String) -> String {
        var result = Substring(text.trimmedSpaces())
        while let last = result.last, isClauseMark(last) || last == " " { result.removeLast() }
        return String(result)
    }
}

private extension String {
    /// Without spaces, tabs and line ends at either end.
    func trimmedSpaces() -> String {
        var text = Substring(self)
        while let first = text.first, first == " " || first == "\t" || first == "\n" || first == "\r" {
            text.removeFirst()
        }
        while let last = text.last, last == " " || last == "\t" || last == "\n" || last == "\r" { text.removeLast() }
        return String(text)
    }
}
