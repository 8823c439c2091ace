/// A story's or requirement's priority: `P0` (most urgent) to `P9`. Ordered so that P0 comes
/// before P1: the planner schedules by it.
public struct PriorityLevel: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// 0 for P0.
    public let rank: Int

    public init?(rank: Int) {
        guard (0...9).contains(rank) else { return nil }
        self.rank = rank
    }

    public var description: String { "P\(rank)" }

    public static func < (lhs: PriorityLevel, rhs: PriorityLevel) -> Bool { lhs.rank < rhs.rank }

    /// A priority written as a value alone, as in a table cell or after a `Priority:` label:
    /// `P1`, `Ｐ１`, `High`, `Alta`, `Hoch`, `高`, `必須`, `높음`. Nil for anything else.
    public init?(value: String) {
        let line = FoldedScalars(value)
        let start = line.skippingSpaces(from: 0)
        let end = line.trimmingSpaces(before: line.count)
        guard start < end, let (level, length) = PriorityLevel.read(line, at: start, allowWords: true),
            start + length == end
        else {
            return nil
        }
        self = level
    }

    /// A level standing at `i` (`p1`, `p 1`, or a priority word when `allowWords`), and its length.
    static func read(_ line: FoldedScalars, at i: Int, allowWords: Bool) -> (PriorityLevel, Int)? {
        let s = line.folded
        if i < s.count, s[i] == "p", i == 0 || !WritingScript.isWordCharacter(s[i - 1]) {
            var k = i + 1
            if k < s.count, s[k] == " " { k += 1 }
            if k < s.count, ("0"..."9").contains(s[k]), k + 1 == s.count || !WritingScript.isWordCharacter(s[k + 1]),
                let level = PriorityLevel(rank: Int(s[k].value - 48))
            {
                return (level, k + 1 - i)
            }
        }
        guard allowWords, let phrase = words.longestMatch(in: line, at: i),
            let level = PriorityLevel(rank: phrase.value)
        else {
            return nil
        }
        return (level, phrase.length)
    }

    /// Priority words by level, in every language of the vocabulary. MoSCoW's "must" is P1.
    static let wordsByRank: [(rank: Int, words: [String])] = [
        (
            0,
            [
                "critical", "highest", "blocker", "urgent", "crítica", "crítico", "critique", "kritisch", "höchste",
                "sehr hoch", "muy alta",
                "muito alta", "très haute", "紧急", "緊急", "最高", "关键", "關鍵", "致命", "긴급", "최고", "치명적",
            ]
        ),
        (
            1,
            [
                "high", "must", "must have", "alta", "alto", "haute", "élevée", "élevé", "haut", "hoch", "高", "必须",
                "必須", "높음", "상",
            ]
        ),
        (
            2,
            [
                "medium", "normal", "moderate", "should", "should have", "media", "medio", "média", "médio", "moyenne",
                "moyen", "normale",
                "mittel", "中", "普通", "推奨", "推荐", "推薦", "보통", "중간", "중",
            ]
        ),
        (
            3,
            [
                "low", "could", "could have", "nice to have", "optional", "baja", "bajo", "baixa", "baixo", "basse",
                "bas", "faible", "niedrig",
                "gering", "低", "任意", "可选", "可選", "낮음", "하",
            ]
        ),
        (4, ["lowest", "trivial", "muy baja", "muito baixa", "très basse", "sehr niedrig", "最低", "최저"]),
    ]

    private static let words = ScalarPhraseTable(wordsByRank.flatMap { rank, words in words.map { ($0, rank) } })
}
