/// A duration written in a spec, in working days: `(2 days)`, `3d`, `Week 3-4` (two weeks),
/// `Days 4-5`, `1.5 weeks`, `3 días`, `2 semanas`, `3 jours`, `2 Wochen`, `3 Tage`, `3天`,
/// `2周`, `2週間`, `3日`, `3일`, `2주`. A week is five working days. Only what the spec states
/// is read: the plan uses the spec's own timeline when it gives one.
struct Duration: Equatable {
    var days: Int
    /// Where it stands in the text, to cut it out of a phase's name.
    var range: Range<String.Index>

    /// Units by how many working days each is worth, in every language of the vocabulary.
    private static let units: [(String, Double)] = [
        ("days", 1), ("day", 1), ("d", 1), ("working days", 1), ("business days", 1), ("días", 1), ("día", 1),
        ("dias", 1), ("dia", 1),
        ("jours", 1), ("jour", 1), ("j", 1), ("tage", 1), ("tag", 1), ("arbeitstage", 1), ("天", 1), ("日", 1), ("일", 1),
        ("weeks", 5), ("week", 5), ("wk", 5), ("wks", 5), ("w", 5), ("semanas", 5), ("semana", 5), ("semaines", 5),
        ("semaine", 5),
        ("wochen", 5), ("woche", 5), ("周", 5), ("週", 5), ("週間", 5), ("星期", 5), ("个星期", 5), ("주", 5),
        ("sprints", 10), ("sprint", 10),
    ]

    private static let unitTable = ScalarPhraseTable(units.map { ($0.0, $0.1) })

    /// The first duration in `text`: a number (or a range `3-4`, counted inclusively when its
    /// unit comes first: "Week 3-4" is two weeks) and a unit before or after it.
    static func first(in text: String) -> Duration? {
        guard text.utf8.contains(where: { (48...57).contains($0) }) else { return nil }
        let line = FoldedScalars(text)
        let s = line.folded
        var i = 0
        while i < s.count {
            guard ("0"..."9").contains(s[i]), i == 0 || !WritingScript.isWordCharacter(s[i - 1]) else {
                i += 1
                continue
            }
            let (low, high, end) = range(line, at: i)
            // `3 days`, `8-day`, `2周`: the unit after the number.
            var afterNumber = line.skippingSpaces(from: end)
            if afterNumber < s.count, s[afterNumber] == "-" { afterNumber += 1 }
            if let unit = unitTable.longestMatch(in: line, at: afterNumber) {
                return Duration(
                    days: wholeDays((high ?? low) * unit.value),
                    range: line.stringRange(in: text, i..<(afterNumber + unit.length)))
            }
            // `Week 3-4`, `Day 5`, `Semana 2`: the unit before the number, a range counted inclusively.
            if let (unit, start) = unitBefore(line, line.trimmingSpaces(before: i)) {
                let count = high.map { max(1, $0 - low + 1) } ?? 1
                return Duration(days: wholeDays(count * unit), range: line.stringRange(in: text, start..<end))
            }
            i = end
        }
        return nil
    }

    /// A number at `i`, and a second one when a dash or tilde follows (`3-4`, `1~2`).
    private static func range(_ line: FoldedScalars, at i: Int) -> (low: Double, high: Double?, end: Int) {
        let s = line.folded
        let (low, afterLow) = number(s, i)
        let k = line.skippingSpaces(from: afterLow)
        guard k < s.count, s[k] == "-" || s[k] == "–" || s[k] == "~" || s[k] == "〜" else { return (low, nil, afterLow) }
        let start = line.skippingSpaces(from: k + 1)
        guard start < s.count, ("0"..."9").contains(s[start]) else { return (low, nil, afterLow) }
        let (high, end) = number(s, start)
        return (low, high, end)
    }

    /// Whole days, at least one, rounded up (by hand: `rounded(.up)` would pull in libm).
    private static func wholeDays(_ value: Double) -> Int {
        let whole = Int(value)
        return max(1, Double(whole) < value ? whole + 1 : whole)
    }

    private static func number(_ s: [Unicode.Scalar], _ i: Int) -> (Double, Int) {
        var k = i
        var value = 0.0
        while k < s.count, ("0"..."9").contains(s[k]) {
            value = value * 10 + Double(s[k].value - 48)
            k += 1
        }
        if k + 1 < s.count, s[k] == "." || s[k] == ",", ("0"..."9").contains(s[k + 1]) {
            value += Double(s[k + 1].value - 48) / 10
            k += 2
            while k < s.count, ("0"..."9").contains(s[k]) { k += 1 }
        }
        return (value, k)
    }

    /// A unit word ending at `end` ("week", "days", "semana"), its worth and where it starts.
    private static func unitBefore(_ line: FoldedScalars, _ end: Int) -> (Double, Int)? {
        var start = end
        while start > 0, WritingScript.isWordCharacter(line.folded[start - 1]) { start -= 1 }
        guard start < end, end - start > 1, let unit = unitTable.longestMatch(in: line, at: start),
            start + unit.length == end
        else { return nil }
        return (unit.value, start)
    }
}

extension FoldedScalars {
    /// The range of `text` (the string this was made from) between two scalar offsets.
    func stringRange(in text: String, _ range: Range<Int>) -> Range<String.Index> {
        let scalars = text.unicodeScalars
        let lower = scalars.index(scalars.startIndex, offsetBy: range.lowerBound)
        return lower..<scalars.index(lower, offsetBy: range.count)
    }
}
