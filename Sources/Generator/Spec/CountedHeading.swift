/// Splits a numbered story or phase heading into its number and its own title, in every
/// language of the heading table: `User Story 2 - Export` (2, "Export"), `Historia de usuario
/// 3: Ver la ocupación`, `用户故事 1 - 导出`, `第二阶段：数据模型`, `フェーズ1: 共有機能`,
/// `1단계: 설정`, `Phase #3 – Audio`. The phrases are the table's own numbered ones
/// (`SectionVocabulary.counted`), so adding a language there teaches this too.
enum CountedHeading {
    /// What a numbered heading says.
    struct Parts: Equatable {
        var number: Int
        /// The title after the number and its separator; empty for "User Story 2" alone.
        var rest: String
    }

    private static func table(for meaning: SectionMeaning) -> ScalarPhraseTable<Void> {
        var phrases: [String] = []
        for (_, groups) in SectionVocabulary.table {
            // Both spellings: headings are matched here as written, so `Benutzer-Story 1` keeps
            // the hyphen the normalised phrase ("benutzer story") folds away.
            for group in groups where group.numbered == meaning {
                phrases += group.phrases.flatMap { [NormalizedHeading($0).folded, FoldedScalars.folded($0)] }
            }
        }
        return ScalarPhraseTable(phrases.uniqued().map { ($0, ()) }) { $0 }
    }

    private static let stories = table(for: .userStory)
    private static let phases = table(for: .phase)

    /// The number and title of a story (`meaning` `.userStory`) or phase (`.phase`) heading;
    /// nil when the heading does not open with a counted phrase and its number.
    static func split(_ title: String, as meaning: SectionMeaning) -> Parts? {
        let phrases = meaning == .phase ? phases : stories
        let line = FoldedScalars(title)
        let s = line.folded
        var i = line.skippingSpaces(from: 0)
        var number: Int?
        if i < s.count, s[i] == "第", let (value, end) = numeral(s, i + 1),
            let phrase = phrases.longestMatch(in: line, at: end)
        {
            (number, i) = (value, end + phrase.length)
        } else if let (value, end) = numeral(s, i),
            let phrase = phrases.longestMatch(in: line, at: line.skippingSpaces(from: end))
        {
            (number, i) = (value, line.skippingSpaces(from: end) + phrase.length)
        } else if let phrase = phrases.longestMatch(in: line, at: i) {
            var k = i + phrase.length
            while k < s.count, s[k] == " " || s[k] == "#" || s[k] == "." { k += 1 }
            guard let (value, end) = numeral(s, k) else { return nil }
            (number, i) = (value, end)
        }
        guard let number else { return nil }
        while i < s.count, separators.contains(s[i]) { i += 1 }
        return Parts(number: number, rest: line.text(i..<s.count).trimmed)
    }

    /// What may stand between a heading's number and its title.
    private static let separators: Set<Unicode.Scalar> = [" ", "-", "–", "—", ":", "：", ".", "、", ")", "|", "·"]

    private static let chineseDigits: [Unicode.Scalar: Int] = [
        "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "〇": 0, "零": 0,
    ]

    /// Digits (full-width ones are folded already) or Chinese numerals up to 99 at `i`: the
    /// value and where they end.
    static func numeral(_ s: [Unicode.Scalar], _ i: Int) -> (Int, Int)? {
        var k = i
        var value = 0
        while k < s.count, ("0"..."9").contains(s[k]), k - i < 6 {
            value = value * 10 + Int(s[k].value - 48)
            k += 1
        }
        if k > i { return (value, k) }
        var digits: [Int] = []
        var tens = false
        while k < s.count, k - i < 4 {
            if s[k] == "十" {
                tens = true
                digits.append(-1)
            } else if let digit = chineseDigits[s[k]] {
                digits.append(digit)
            } else {
                break
            }
            k += 1
        }
        guard k > i else { return nil }
        guard tens, let split = digits.firstIndex(of: -1) else { return (digits.reduce(0) { $0 * 10 + $1 }, k) }
        let high = split == 0 ? 1 : digits[..<split].reduce(0) { $0 * 10 + $1 }
        let low = digits[(split + 1)...].reduce(0) { $0 * 10 + $1 }
        return (high * 10 + low, k)
    }
}
