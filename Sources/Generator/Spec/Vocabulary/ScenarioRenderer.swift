/// Writes a scenario back as one readable sentence in the script of its text: clauses joined
/// by ", " in Latin and Korean text, by "、" in Japanese and "，" in Chinese; keywords after the
/// first in lower case; never two punctuation marks in a row (a clause that already ends with
/// a comma or a full stop keeps one mark); no space between a CJK keyword and CJK text.
public enum ScenarioRenderer {
    public static func sentence(_ scenario: ScenarioLine) -> String {
        let japanese = scenario.clauses.contains { clause in
            !isASCII(clause.text) && clause.text.unicodeScalars.contains { WritingScript($0) == .kana }
        }
        var result = ""
        for (index, clause) in scenario.clauses.enumerated() {
            let isLast = index == scenario.clauses.count - 1
            var text = clause.text
            if !isLast { text = droppingFinalStop(text) }
            let keyword = index == 0 ? capitalised(clause.keyword) : lowercasedLatin(clause.keyword)
            result += joined(keyword, text)
            if !isLast {
                result += separator(after: text, japanese: japanese)
            }
        }
        return result
    }

    /// Japanese keywords that are nouns ("premise"): a colon, not juxtaposition, joins their text.
    static let nounKeywords: Set<String> = ["前提", "前提条件"]

    private static func joined(_ keyword: String, _ text: String) -> String {
        guard !keyword.isEmpty else { return text }
        guard !text.isEmpty else { return keyword }
        // An ASCII keyword is neither CJK nor a noun keyword: a space unless it ends in `'`.
        if isASCII(keyword) { return keyword + (keyword.utf8.last == 39 ? "" : " ") + text }
        let keywordIsCJK = keyword.unicodeScalars.last.map { WritingScript($0).isCJK } ?? false
        // CJK punctuation opening the text (「, （) joins like a CJK character: no space before it.
        let textIsCJK =
            text.unicodeScalars.first.map {
                WritingScript($0).isCJK || (0x3000...0x303F).contains($0.value) || (0xFF01...0xFF0F).contains($0.value)
            } ?? false
        let keywordEndsApostrophe = keyword.hasSuffix("'") || keyword.hasSuffix("’")
        if nounKeywords.contains(keyword) { return keyword + (textIsCJK ? "：" : ": ") + text }
        return keyword + (keywordIsCJK && textIsCJK || keywordEndsApostrophe ? "" : " ") + text
    }

    /// The mark between a clause and the next, or none when the clause already ends with one.
    /// A Chinese or Japanese clause gets `，` or `、` whatever it ends with (a closing `）` or `」`
    /// too), English keywords included ("Given 試合が始まっている、when …"); a Latin one ", ".
    private static func separator(after text: String, japanese: Bool) -> String {
        guard let last = text.unicodeScalars.last else { return " " }
        if [",", ";", ":"].contains(last) { return " " }
        if ["，", "、", "；", "：", "。"].contains(last) { return "" }
        let cjk =
            !isASCII(text) && text.unicodeScalars.contains { WritingScript($0) == .han || WritingScript($0) == .kana }
        return cjk ? (japanese ? "、" : "，") : ", "
    }

    /// Most scenarios are in Latin script: their clauses are passed over on their bytes.
    private static func isASCII(_ text: String) -> Bool {
        !UTF8Scan.contains(in: text, where: { $0 >= 0x80 })
    }

    /// "X." before another clause: the full stop gives way to the clause separator.
    private static func droppingFinalStop(_ text: String) -> String {
        // `.`, `。` and `．` end in 2E, 82 and 8E: any other last byte keeps the text as it is.
        guard let byte = text.utf8.last, byte == 0x2E || byte == 0x82 || byte == 0x8E else { return text }
        guard let last = text.last, last == "." || last == "。" || last == "．", !text.hasSuffix("..") else {
            return text
        }
        return String(text.dropLast())
    }

    private static func capitalised(_ keyword: String) -> String {
        if isASCII(keyword) {
            guard let first = keyword.utf8.first, first &- 97 < 26 else { return keyword }
            return String(Unicode.Scalar(first - 32)) + keyword.dropFirst()
        }
        guard let first = keyword.first, first.isLowercase else { return keyword }
        return first.uppercased() + keyword.dropFirst()
    }

    /// Latin keywords after the first in lower case ("when", "dann"); CJK ones as written.
    private static func lowercasedLatin(_ keyword: String) -> String {
        !isASCII(keyword) && keyword.unicodeScalars.contains { WritingScript($0).isCJK }
            ? keyword : keyword.lowercased()
    }
}
