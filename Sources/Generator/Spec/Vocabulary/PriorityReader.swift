/// Reads priorities in every bracket, colon, width and language form: `(Priority: P1)`,
/// `（优先级：P1）`, `（優先度：P1）`, `(Prioridade: P1)`, `(Prioridad: Alta)`, `(Priorité : P1)`,
/// `(Priorität: P1)`, `[P1]`, `(P0)`, `【P2】`, a trailing `- P1`, a leading `P1:`, and labelled
/// lines (`**Priority**: High`, `优先级：高`). A bare `P1` inside prose ("P1・P2に比べて") is
/// not a priority of the line.
public enum PriorityReader {
    /// Labels that introduce a priority, in every language of the vocabulary.
    static let labels = ScalarPhraseTable(
        [
            "priority", "prio", "priorität", "priorite", "priorité", "prioridad", "prioridade", "priorità", "优先级",
            "優先級", "優先度", "優先順序", "优先顺序", "優先權", "优先权",
            "優先順位", "우선순위", "중요도", "importance",
        ].map { ($0, ()) })

    public static func find(in text: String) -> PriorityMatch? {
        find(in: LineFold(text))
    }

    static func find(in line: LineFold) -> PriorityMatch? {
        guard mayHoldPriority(line.bytes), let (level, range) = find(in: line.folded) else { return nil }
        return PriorityMatch(level: level, range: line.indices(range))
    }

    /// The text without its priority marker, spaces and a dangling separator tidied:
    /// "User Story 1 - Export (Priority: P1)" gives "User Story 1 - Export".
    public static func removing(from text: String) -> String {
        guard let match = find(in: text) else { return text }
        var result = text
        result.removeSubrange(match.range)
        let separators: Set<Character> = [" ", "\t", "-", "–", "—", ":", "：", "|"]
        var trimmed = Substring(result)
        while let last = trimmed.last, separators.contains(last) { trimmed.removeLast() }
        while let first = trimmed.first, separators.contains(first) { trimmed.removeFirst() }
        return trimmed.isEmpty ? result : String(trimmed)
    }

    /// A cheap byte test: a `p` before a digit, the letters `prio` of every "priority" label,
    /// `importan`, or any character outside ASCII (CJK labels, full-width forms).
    private static func mayHoldPriority(_ bytes: [UInt8]) -> Bool {
        var last: UInt32 = 0
        var previous: UInt8 = 0
        var beforePrevious: UInt8 = 0
        for (index, byte) in bytes.enumerated() {
            if byte >= 0xE4, index + 2 < bytes.count, isCJKLabelStart(byte, bytes[index + 1], bytes[index + 2]) {
                return true
            }
            if (48...57).contains(byte), previous | 0x20 == 112 || (previous == 32 && beforePrevious | 0x20 == 112) {
                return true
            }
            // The last four letters, lower case, as one number: "prio", "rtan" (importance).
            last = last << 8 | UInt32(byte | 0x20)
            if last == 0x7072_696F || last == 0x7274_616E { return true }
            beforePrevious = previous
            previous = byte
        }
        return false
    }

    /// 优 優 우 중 and full-width Ｐ ｐ: where a CJK priority label or a full-width level starts.
    private static func isCJKLabelStart(_ a: UInt8, _ b: UInt8, _ c: UInt8) -> Bool {
        (a == 0xE4 && b == 0xBC && c == 0x98) || (a == 0xE5 && b == 0x84 && c == 0xAA)
            || (a == 0xEC && b == 0x9A && c == 0xB0)
            || (a == 0xEC && b == 0xA4 && c == 0x91) || (a == 0xEF && b == 0xBC && c == 0xB0)
            || (a == 0xEF && b == 0xBD && c == 0x90)
    }

    static func find(in line: FoldedScalars) -> (PriorityLevel, Range<Int>)? {
        let s = line.folded
        for i in s.indices {
            let scalar = s[i]
            if scalar == "(" || scalar == "[" || scalar == "【" || scalar == "〔", let found = bracketed(line, at: i) {
                return found
            }
            if labels.mayStart(with: scalar), let found = labelled(line, at: i, end: nil) {
                var start = i
                while start > 0, s[start - 1] == "*" || s[start - 1] == "_" { start -= 1 }
                return (found.0, start..<found.1)
            }
        }
        return leadingOrTrailing(line)
    }

    /// `(P1)`, `[Priority: P1]`, `（优先级：高）`, `(P1, MVP)`: a bracket opened at `i` whose
    /// content starts with a level or with a label and a level.
    private static func bracketed(_ line: FoldedScalars, at i: Int) -> (PriorityLevel, Range<Int>)? {
        let s = line.folded
        let closer: Unicode.Scalar = s[i] == "(" ? ")" : s[i] == "[" ? "]" : s[i] == "【" ? "】" : "〕"
        guard let close = s[(i + 1)...].prefix(80).firstIndex(of: closer) else { return nil }
        let start = line.skippingSpaces(from: i + 1)
        if let (level, length) = PriorityLevel.read(line, at: start, allowWords: false),
            isValueEnd(s, start + length, close)
        {
            return (level, i..<(close + 1))
        }
        if let (level, _) = labelled(line, at: start, end: close) { return (level, i..<(close + 1)) }
        return nil
    }

    /// `Priority: P1`, `**Priority**: High`, `优先级：高`, `Priorité : P1` starting at `i`; the
    /// level and where the marker ends.
    private static func labelled(_ line: FoldedScalars, at i: Int, end: Int?) -> (PriorityLevel, Int)? {
        guard let label = labels.longestMatch(in: line, at: i) else { return nil }
        let s = line.folded
        var k = i + label.length
        while k < s.count, s[k] == "*" || s[k] == "_" || s[k] == " " { k += 1 }
        guard k < s.count, s[k] == ":" || s[k] == "=" || s[k] == "-" else { return nil }
        k += 1
        while k < s.count, s[k] == "*" || s[k] == "_" || s[k] == " " { k += 1 }
        guard let (level, length) = PriorityLevel.read(line, at: k, allowWords: true) else { return nil }
        let valueEnd = k + length
        guard isValueEnd(s, valueEnd, end ?? s.count) else { return nil }
        var markerEnd = valueEnd
        while markerEnd < s.count, s[markerEnd] == "*" || s[markerEnd] == "_" { markerEnd += 1 }
        return (level, markerEnd)
    }

    /// A value ends at a word boundary: the close, a space, a comma or other punctuation.
    private static func isValueEnd(_ s: [Unicode.Scalar], _ k: Int, _ limit: Int) -> Bool {
        k >= limit || !WritingScript.isWordCharacter(s[k]) && !WritingScript(s[k]).isCJK
    }

    /// `Title - P1`, `Title – P1` at the end; `P1: Title`, `P1 - Title` at the start.
    private static func leadingOrTrailing(_ line: FoldedScalars) -> (PriorityLevel, Range<Int>)? {
        let s = line.folded
        let end = line.trimmingSpaces(before: s.count)
        if end >= 2, let (level, length) = PriorityLevel.read(line, at: end - 2, allowWords: false), length == 2 {
            var k = line.trimmingSpaces(before: end - 2)
            if k > 0, s[k - 1] == "-" || s[k - 1] == ":" || s[k - 1] == "|" {
                k = line.trimmingSpaces(before: k - 1)
                return (level, k..<end)
            }
        }
        let start = line.skippingSpaces(from: 0)
        if let (level, length) = PriorityLevel.read(line, at: start, allowWords: false) {
            var k = line.skippingSpaces(from: start + length)
            if k < s.count, s[k] == ":" || s[k] == "-" || s[k] == "|" {
                k = line.skippingSpaces(from: k + 1)
                return (level, start..<k)
            }
        }
        return nil
    }
}
