/// Splits one scenario line into its clauses, in any language of ``ScenarioKeywords``:
/// `1. **Given** a free court, **When** a member books it, **Then** the booking is confirmed`,
/// `- **Dado** una pista libre, **Cuando** …`, `假设用户已登录，当他点击导出，那么下载开始`.
///
/// Bold keywords are taken wherever they stand, and then only they. Without bold, a keyword
/// counts where a clause starts (the line's start, or after `,` `;` `，` `、` `。`), or, for
/// Latin scripts, when it is capitalised mid-line ("Given I want X When I configure Y Then Z");
/// conjunctions (`and`, `y`, `und`, `并且`) only in bold or capitalised at a clause start. A line
/// is a scenario when it has at least two clauses and one of them is When or Then.
public enum ScenarioParser {
    /// One keyword found in the line.
    private struct Hit {
        let step: ScenarioStep
        /// Where the keyword's markup starts and ends (bold included).
        let start: Int
        let end: Int
        /// The keyword as written.
        let keyword: String
    }

    public static func parse(_ line: String) -> ScenarioLine? {
        parse(LineFold(line))
    }

    static func parse(_ line: LineFold) -> ScenarioLine? {
        // Cheap test first: bold keywords need emphasis; plain ones open the line or follow a label.
        guard mayHoldEmphasisedKeyword(line.bytes) || opensWithKeyword(line) else { return nil }
        let text = line.folded
        let start = contentStart(text)
        guard start < text.count else { return nil }
        var hits = boldHits(text, from: start)
        if hits.isEmpty { hits = plainHits(text, from: start) }
        guard hits.count >= 2 || (hits.count == 1 && hits[0].step == .given) else { return nil }
        // Text before the first keyword may only be a label ("Scenario 1:").
        let lead = text.trimmingSpaces(before: hits[0].start)
        if lead > start, text.folded[lead - 1] != ":" { return nil }
        var clauses: [ScenarioClause] = []
        for (index, hit) in hits.enumerated() {
            let end = index + 1 < hits.count ? hits[index + 1].start : text.count
            clauses.append(ScenarioClause(step: hit.step, keyword: hit.keyword, text: clauseText(text, hit.end..<end)))
        }
        clauses = splittingJapaneseWhen(clauses)
        guard clauses.count >= 2, clauses.contains(where: { $0.step == .when || $0.step == .then }) else { return nil }
        return ScenarioLine(clauses: clauses)
    }

    /// First words of the keywords written in ASCII, hashed: a cheap test that an emphasis run
    /// may open with a keyword (`**Given**`), without folding the line.
    private static let asciiFirstWords: Set<UInt64> = {
        var result = Set<UInt64>()
        for (_, keywords) in ScenarioKeywords.table {
            for (_, words) in keywords {
                for word in words {
                    let first = word.prefix { $0.isASCII && $0.isLetter }
                    guard !first.isEmpty else { continue }
                    var hash = WordHash()
                    for scalar in first.lowercased().unicodeScalars { hash.add(scalar) }
                    result.insert(hash.value)
                }
            }
        }
        return result
    }()

    /// Whether some `*` or `_` is followed by a keyword's first word or by a non-ASCII letter.
    private static func mayHoldEmphasisedKeyword(_ b: [UInt8]) -> Bool {
        var i = 0
        while i < b.count {
            guard b[i] == 42 || b[i] == 95 else {
                i += 1
                continue
            }
            var k = i + 1
            while k < b.count, b[k] == 42 || b[k] == 95 { k += 1 }
            guard k < b.count else { return false }
            if b[k] >= 0x80 { return true }
            var hash = WordHash()
            while k < b.count, (65...90).contains(b[k]) || (97...122).contains(b[k]) {
                hash.add(Unicode.Scalar(b[k] | 0x20))
                k += 1
            }
            if hash.length > 0, asciiFirstWords.contains(hash.value) { return true }
            i = k
        }
        return false
    }

    /// Whether the line's content, or what follows its label's colon, starts with a keyword.
    private static func opensWithKeyword(_ line: LineFold) -> Bool {
        // Lines of ASCII words: the first word (or the first after a colon) decides, unfolded.
        let bytes = line.bytes
        if !bytes.contains(where: { $0 >= 0x80 }) {
            return asciiKeywordOpens(bytes)
        }
        let head = FoldedScalars(line.text.unicodeScalars.prefix(48))
        let start = contentStart(head)
        if ScenarioKeywords.phrases.longestMatch(in: head, at: start) != nil { return true }
        guard let colon = head.folded.firstIndex(where: { $0 == ":" || $0 == "：" }) else { return false }
        return ScenarioKeywords.phrases.longestMatch(in: head, at: head.skippingSpaces(from: colon + 1)) != nil
    }

    private static func asciiKeywordOpens(_ b: [UInt8]) -> Bool {
        func firstWordIsKeyword(from start: Int) -> Bool {
            var k = start
            while k < b.count, b[k] == 32 || b[k] == 9 { k += 1 }
            var hash = WordHash()
            while k < b.count, (65...90).contains(b[k]) || (97...122).contains(b[k]) {
                hash.add(Unicode.Scalar(b[k] | 0x20))
                k += 1
            }
            return hash.length > 0 && asciiFirstWords.contains(hash.value)
        }
        guard let start = ItemIDScanner.contentStart(b) else { return false }
        if firstWordIsKeyword(from: start) { return true }
        guard let colon = b[start...].prefix(48).firstIndex(of: 58) else { return false }
        return firstWordIsKeyword(from: colon + 1)
    }

    /// After spaces, a list marker (`-`, `*`, `+`, `1.`, `1)`) and a checkbox.
    private static func contentStart(_ text: FoldedScalars) -> Int {
        let s = text.folded
        var i = text.skippingSpaces(from: 0)
        if i + 1 < s.count, s[i] == "-" || s[i] == "*" || s[i] == "+", s[i + 1] == " " {
            i += 2
        } else {
            var k = i
            while k < s.count, ("0"..."9").contains(s[k]) { k += 1 }
            if k > i, k + 1 < s.count, s[k] == "." || s[k] == ")", s[k + 1] == " " { i = k + 2 }
        }
        i = text.skippingSpaces(from: i)
        if i + 3 < s.count, s[i] == "[", s[i + 2] == "]", s[i + 3] == " " { i = text.skippingSpaces(from: i + 4) }
        return i
    }

    /// `**Given**`, `__Dado__`, `*Wenn*`: keywords wrapped in emphasis.
    private static func boldHits(_ text: FoldedScalars, from start: Int) -> [Hit] {
        let s = text.folded
        var hits: [Hit] = []
        var i = start
        while i < s.count {
            guard s[i] == "*" || s[i] == "_" else {
                i += 1
                continue
            }
            let mark = s[i]
            var open = i
            while open < s.count, s[open] == mark { open += 1 }
            let width = open - i
            guard width <= 2, let phrase = ScenarioKeywords.phrases.longestMatch(in: text, at: open) else {
                i = open
                continue
            }
            let close = open + phrase.length
            var end = close
            while end < s.count, end - close < width, s[end] == mark { end += 1 }
            guard end - close == width else {
                i = open
                continue
            }
            hits.append(Hit(step: phrase.value.step, start: i, end: end, keyword: text.text(open..<close)))
            i = end
        }
        return hits
    }

    /// Keywords without emphasis, by the rules above.
    private static func plainHits(_ text: FoldedScalars, from start: Int) -> [Hit] {
        let s = text.folded
        var hits: [Hit] = []
        var i = start
        while i < s.count {
            let atWordStart = i == start || !WritingScript.isWordCharacter(s[i - 1])
            guard atWordStart, let phrase = ScenarioKeywords.phrases.longestMatch(in: text, at: i) else {
                i += 1
                continue
            }
            let entry = phrase.value
            let end = i + phrase.length
            let latin = WritingScript.isWordCharacter(s[i])
            let capitalised = latin && text.original[i].properties.isUppercase
            let clauseStart = i == start || isClauseStart(s, before: i)
            var accepted: Bool
            if entry.step == .and || entry.step == .but {
                accepted = !entry.needsBold && clauseStart && capitalised
            } else if clauseStart {
                accepted =
                    latin
                    || !(entry.step == .when && end < s.count && ScenarioKeywords.notWhenAfterDang.contains(s[end]))
            } else {
                accepted = capitalised && !hits.isEmpty
            }
            if accepted, latin, end < s.count, WritingScript.isWordCharacter(s[end]) { accepted = false }
            if accepted {
                hits.append(Hit(step: entry.step, start: i, end: end, keyword: text.text(i..<end)))
                i = end
            } else {
                i += 1
            }
        }
        return hits
    }

    private static let clauseEnds: Set<Unicode.Scalar> = [
        ",", ";", ".", ":", "，", "、", "；", "。", "：", "!", "?", "！", "？",
    ]
    private static let edge: Set<Unicode.Scalar> = [" ", ",", ";", "，", "、", "；", ":", "："]

    /// Whether the last mark before `i` (spaces aside) ends a clause.
    private static func isClauseStart(_ s: [Unicode.Scalar], before i: Int) -> Bool {
        var k = i - 1
        while k >= 0, s[k] == " " { k -= 1 }
        guard k >= 0 else { return true }
        return clauseEnds.contains(s[k])
    }

    /// The clause's text: spaces, a separator and stray emphasis off its ends.
    private static func clauseText(_ text: FoldedScalars, _ range: Range<Int>) -> String {
        let s = text.folded
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper, edge.contains(s[lower]) { lower += 1 }
        while upper > lower, edge.contains(s[upper - 1]) { upper -= 1 }
        // `**Given** X, **When**`: a bold run that only closes or opens around the keyword.
        if upper - lower >= 2, s[upper - 1] == "*", s[upper - 2] == "*", !containsBold(s, lower..<(upper - 2)) {
            upper -= 2
        }
        while upper > lower, edge.contains(s[upper - 1]) { upper -= 1 }
        return text.text(lower..<upper)
    }

    private static func containsBold(_ s: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
        range.dropLast().contains { s[$0] == "*" && s[$0 + 1] == "*" }
    }

    /// `前提 ゲームを開始した、ボタンを押したとき、ならば …`: a Japanese action written as a
    /// clause ending in 〜とき inside the Given clause becomes its own When clause.
    private static func splittingJapaneseWhen(_ clauses: [ScenarioClause]) -> [ScenarioClause] {
        guard !clauses.contains(where: { $0.step == .when }),
            let index = clauses.firstIndex(where: { $0.step == .given })
        else { return clauses }
        let parts = clauses[index].text.split(separator: "、", omittingEmptySubsequences: true)
        guard parts.count >= 2, let last = parts.last,
            ScenarioKeywords.japaneseWhenEndings.contains(where: { last.hasSuffix($0) })
        else { return clauses }
        var result = clauses
        result[index].text = parts.dropLast().joined(separator: "、")
        result.insert(ScenarioClause(step: .when, keyword: "", text: String(last)), at: index + 1)
        return result
    }
}
