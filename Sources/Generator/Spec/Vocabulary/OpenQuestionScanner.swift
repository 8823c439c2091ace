/// Finds open questions in every form authors and agents write them: `[NEEDS CLARIFICATION: …]`,
/// bare `[NEEDS CLARIFICATION]`, bold `**[NEEDS CLARIFICATION]**`, `**NEEDS CLARIFICATION**: …`,
/// in list items (`- [NEEDS CLARIFICATION: …]` is no checklist), in table cells, full-width
/// brackets, and translated (`[需要澄清: …]`, `[NECESITA ACLARACIÓN: …]`, `[KLÄRUNG ERFORDERLICH]`);
/// and the items of an "Open Questions" section.
///
/// Never a question: the template's guidance and example lines (``TemplateText``), its
/// placeholder questions (`[NEEDS CLARIFICATION: specific question]`), and mentions of the marker
/// (`No [NEEDS CLARIFICATION] markers remain`).
public enum OpenQuestionScanner {
    /// Marker words, in every language of the vocabulary.
    static let words = ScalarPhraseTable(
        [
            "needs clarification", "need clarification", "needs-clarification", "clarification needed",
            "to be clarified", "tbd",
            "to be determined", "to be decided", "necesita aclaración", "necesita aclaracion", "requiere aclaración",
            "necesita clarificación",
            "requiere clarificación", "por aclarar", "pendiente de aclarar", "precisa de esclarecimento",
            "precisa esclarecimento",
            "necessita esclarecimento", "necessita de esclarecimento", "requer esclarecimento", "a esclarecer",
            "nécessite une clarification",
            "nécessite clarification", "besoin de clarification", "à clarifier", "clarification nécessaire",
            "à préciser",
            "klärung erforderlich", "klärungsbedarf", "klärung nötig", "benötigt klärung", "zu klären", "需要澄清", "需澄清",
            "待澄清",
            "待确认", "待確認", "需要確認", "需要确认", "需要釐清", "待釐清", "要確認", "要明確化", "明確化が必要", "確認が必要", "要検討",
            "확인 필요", "명확화 필요", "명확히 해야 함", "추가 확인 필요",
        ].map { ($0, ()) })

    /// Question texts of the template itself.
    static let placeholderQuestions: Set<String> = [
        "specific question", "question", "...", "…", "specific question about this",
    ]

    /// Words after a bare marker that make it a mention: "[NEEDS CLARIFICATION] markers remain".
    static let mentionWords = ScalarPhraseTable(
        [
            "marker", "markers", "markierung", "markierungen", "marcador", "marcadores", "marqueur", "marqueurs", "标记",
            "標記", "マーカー", "마커",
        ].map { ($0, ()) })

    /// Words before a bare marker that make it a mention: "No [NEEDS CLARIFICATION]", "If any [NEEDS CLARIFICATION]".
    static let mentionLeads = ScalarPhraseTable(
        [
            "no", "any", "all", "without", "mark with", "use", "keine", "ningún", "sin", "nenhum",
            "aucun", "sans", "没有", "無", "なし",
        ].map { ($0, ()) })

    public static func markers(in line: String) -> [OpenQuestionMarker] {
        markers(in: LineFold(line), knownNotTemplate: false)
    }

    static func markers(in fold: LineFold, knownNotTemplate: Bool) -> [OpenQuestionMarker] {
        // Cheap byte tests first: most lines hold no bracket and open with no marker word.
        let bytes = fold.bytes
        let marks = fold.marks
        let hasBracket = marks.bracket || marks.fullWidthBracket || marks.lenticularBracket
        guard hasBracket || mayOpenWithMarker(bytes) else { return [] }
        let text = fold.folded
        var result: [OpenQuestionMarker] = []
        var i = 0
        while hasBracket, i < text.count {
            guard let (question, range) = bracketed(text, at: i) else {
                i += 1
                continue
            }
            if let question, placeholderQuestions.contains(FoldedScalars.folded(question)) {
                // The template's own "[NEEDS CLARIFICATION: specific question]".
            } else if question != nil || !isMention(text, range) {
                result.append(OpenQuestionMarker(question: question, range: fold.indices(range)))
            }
            i = range.upperBound
        }
        if result.isEmpty, let (question, range) = labelled(text) {
            result.append(OpenQuestionMarker(question: question, range: fold.indices(range)))
        }
        // The template's guidance and example are never questions; a placeholder beside a real
        // marker in a half-filled line does not hide the marker.
        guard !result.isEmpty, knownNotTemplate || !isGuidanceOrExample(TemplateText.kind(of: fold)) else { return [] }
        return result
    }

    private static func isGuidanceOrExample(_ kind: TemplateText.Kind?) -> Bool {
        kind == .guidance || kind == .example
    }

    /// Whether the line's content opens with emphasis, two capitals or a non-ASCII character:
    /// the only ways a `NEEDS CLARIFICATION:` label can start it.
    private static func mayOpenWithMarker(_ line: [UInt8]) -> Bool {
        var bytes = line.drop(while: { $0 == 32 || $0 == 9 })
        if let first = bytes.first, first == 45 || first == 42, bytes.dropFirst().first == 32 {
            bytes = bytes.dropFirst(2).drop(while: { $0 == 32 })
        }
        let emphasised = bytes.first == 42 || bytes.first == 95
        bytes = bytes.drop(while: { $0 == 42 || $0 == 95 })
        guard let first = bytes.first else { return false }
        if first >= 0x80 { return true }
        guard words.mayStart(with: Unicode.Scalar(first | 0x20)) else { return false }
        guard !emphasised, let second = bytes.dropFirst().first else { return emphasised }
        return (65...90).contains(first) && (65...90).contains(second)
    }

    /// The line without its markers (and the space before each).
    public static func removingMarkers(from line: String) -> String {
        var result = line
        for marker in markers(in: line).reversed() {
            var lower = marker.range.lowerBound
            while lower > result.startIndex, result[result.index(before: lower)] == " " {
                lower = result.index(before: lower)
            }
            result.removeSubrange(lower..<marker.range.upperBound)
        }
        return result
    }

    /// The question an item of an "Open Questions" section asks: list marker, checkbox, id or
    /// `Q:` label and bold removed; nil for a ticked box, a placeholder or "None".
    public static func question(inItem line: String) -> String? {
        if let marker = markers(in: line).first, let question = marker.question { return question }
        guard TemplateText.kind(of: line) == nil else { return nil }
        var text = Substring(line.drop(while: { $0 == " " || $0 == "\t" }))
        for marker in ["- ", "* ", "+ "] where text.hasPrefix(marker) { text = text.dropFirst(2) }
        if let digits = text.firstIndex(where: { !$0.isNumber }), digits != text.startIndex,
            text[digits] == "." || text[digits] == ")"
        {
            text = text[text.index(after: digits)...]
        }
        text = text.drop(while: { $0 == " " })
        if text.hasPrefix("[x] ") || text.hasPrefix("[X] ") { return nil }
        if text.hasPrefix("[ ] ") { text = text.dropFirst(4) }
        if let id = ItemIDScanner.leading(in: String(text)), id.position == .lineStart { text = Substring(id.rest) }
        text = droppingQuestionLabel(text)
        var question = String(text).replacingBold().trimmingEdges()
        if question.hasPrefix("[NEEDS CLARIFICATION") { question = removingMarkers(from: question) }
        let folded = FoldedScalars.folded(question)
        guard !question.isEmpty, !nothingWords.contains(folded), !TemplateText.isPlaceholder(question) else {
            return nil
        }
        return question
    }

    /// `Q:`, `Q1.`, `**Q2**:`, `Question 3:` before the question.
    private static func droppingQuestionLabel(_ text: Substring) -> Substring {
        var rest = text.drop(while: { $0 == "*" || $0 == "_" })
        if rest.hasPrefix("Question") {
            rest = rest.dropFirst(8)
        } else if rest.hasPrefix("Q") {
            rest = rest.dropFirst()
        } else {
            return text
        }
        rest = rest.drop(while: { $0 == " " || $0.isNumber }).drop(while: { $0 == "*" || $0 == "_" })
        guard let mark = rest.first, [":", "：", ".", ")"].contains(mark) else { return text }
        return rest.dropFirst().drop(while: { $0 == "*" || $0 == "_" || $0 == " " })
    }

    /// "None", "N/A": an empty section.
    static let nothingWords: Set<String> = [
        "none", "none.", "n/a", "na", "-", "—", "none at this time", "none at this time.", "ninguna",
        "nenhuma", "aucune", "keine", "无", "無", "なし", "없음",
    ]

    // MARK: - Forms

    /// `[WORDS]` or `[WORDS: question]` opening at `i`; the question (nil when bare) and the
    /// marker's extent, bold around it included.
    private static func bracketed(_ text: FoldedScalars, at i: Int) -> (String?, Range<Int>)? {
        let s = text.folded
        guard s[i] == "[" || s[i] == "【" else { return nil }
        let closer: Unicode.Scalar = s[i] == "[" ? "]" : "】"
        var k = i + 1
        while k < s.count, s[k] == "*" || s[k] == "_" || s[k] == " " { k += 1 }
        guard let word = words.longestMatch(in: text, at: k) else { return nil }
        k += word.length
        while k < s.count, s[k] == "*" || s[k] == "_" { k += 1 }
        guard k < s.count else { return nil }
        var question: String?
        if s[k] == closer {
            k += 1
        } else if [":", "-", ",", " ", "：", "–", "—"].contains(s[k]) {
            var depth = 0
            var end = k
            while end < s.count, depth > 0 || s[end] != closer {
                if s[end] == "[" || s[end] == "【" { depth += 1 }
                if s[end] == "]" || s[end] == "】", depth > 0 { depth -= 1 }
                end += 1
            }
            guard end < s.count else { return nil }
            let body = text.text((k + 1)..<end).trimmingEdges()
            question = body.isEmpty ? nil : body
            k = end + 1
        } else {
            return nil
        }
        var lower = i
        var upper = k
        while lower >= 2, upper + 1 < s.count, s[lower - 1] == "*", s[upper] == "*" {
            lower -= 1
            upper += 1
        }
        return (question, lower..<upper)
    }

    /// `**NEEDS CLARIFICATION**: question` or `NEEDS CLARIFICATION: question` opening the line's content.
    private static func labelled(_ text: FoldedScalars) -> (String?, Range<Int>)? {
        let s = text.folded
        var k = text.skippingSpaces(from: 0)
        if k + 1 < s.count, s[k] == "-" || s[k] == "*", s[k + 1] == " " { k = text.skippingSpaces(from: k + 2) }
        let start = k
        var bold = false
        while k < s.count, s[k] == "*" || s[k] == "_" {
            k += 1
            bold = true
        }
        guard let word = words.longestMatch(in: text, at: k) else { return nil }
        let wordRange = k..<(k + word.length)
        // Unbolded, only the capitalised marker counts ("NEEDS CLARIFICATION:"), not prose.
        guard bold || text.original[wordRange].allSatisfy({ !$0.properties.isLowercase }) else { return nil }
        k = wordRange.upperBound
        while k < s.count, s[k] == "*" || s[k] == "_" { k += 1 }
        guard k < s.count, s[k] == ":" else { return nil }
        k += 1
        while k < s.count, s[k] == "*" || s[k] == "_" { k += 1 }
        let body = text.text(k..<s.count).trimmingEdges()
        return (body.isEmpty ? nil : body, start..<s.count)
    }

    /// A bare marker named rather than used: "No [NEEDS CLARIFICATION] markers remain".
    private static func isMention(_ text: FoldedScalars, _ range: Range<Int>) -> Bool {
        let after = text.skippingSpaces(from: range.upperBound)
        if mentionWords.longestMatch(in: text, at: after) != nil { return true }
        var wordStart = text.trimmingSpaces(before: range.lowerBound)
        let wordEnd = wordStart
        while wordStart > 0, WritingScript.isWordCharacter(text.folded[wordStart - 1]) { wordStart -= 1 }
        guard wordStart < wordEnd else { return false }
        var k = wordStart
        // "mark with": try the word before too.
        if k >= 2, text.folded[k - 1] == " " {
            var previous = k - 1
            while previous > 0, WritingScript.isWordCharacter(text.folded[previous - 1]) { previous -= 1 }
            if let lead = mentionLeads.longestMatch(in: text, at: previous), previous + lead.length == wordEnd {
                return true
            }
            k = wordStart
        }
        if let lead = mentionLeads.longestMatch(in: text, at: k), k + lead.length == wordEnd { return true }
        return false
    }
}

private extension String {
    /// Without `**` and `__`.
    func replacingBold() -> String {
        var result = ""
        var previous: Character?
        for character in self {
            if (character == "*" || character == "_"), previous == character {
                result.removeLast()
                previous = nil
                continue
            }
            result.append(character)
            previous = character
        }
        return result
    }

    /// Spaces and separators (`:` `-` `–` `—`) off both ends.
    func trimmingEdges() -> String {
        let edge: Set<Character> = [" ", "\t", ":", "：", "-", "–", "—"]
        var text = Substring(self)
        while let first = text.first, edge.contains(first) { text.removeFirst() }
        while let last = text.last, edge.contains(last) || last == " " { text.removeLast() }
        return String(text)
    }
}
