/// Decides, within one line, which mentions the author means as the project's technologies:
/// not the negated ones ("no Redis", "PostgreSQL not used"), not examples ("e.g. Swagger",
/// `[e.g., Python 3.11]`), and of alternatives ("xUnit (preferred), NUnit, or MSTest") only the
/// preferred or first one.
struct MentionFilter {
    /// The line's UTF-8, lower-cased ASCII.
    private let bytes: [UInt8]

    init(line: String) {
        bytes = line.utf8.map { (65...90).contains($0) ? $0 + 32 : $0 }
    }

    /// The mentions (by their line-relative UTF-8 ranges) that stand as meant.
    func kept(_ ranges: [Range<Int>]) -> [Int] {
        let inLine = ranges.indices.filter { ranges[$0].lowerBound >= 0 && ranges[$0].upperBound <= bytes.count }
        let candidates = inLine.filter { !isNegated(ranges[$0]) && !isExample(ranges[$0]) }
        return withoutAlternatives(candidates, ranges)
    }

    private func isNegated(_ range: Range<Int>) -> Bool {
        let clause = folded(
            clauseStart(before: range.lowerBound, delimiters: MentionFilter.clauseEnds)..<range.lowerBound)
        if StackVocabulary.negationSet.containsAny(in: clause) { return true }
        let after = text(from: range.upperBound, length: 24)
        let folded = FoldedLine(after.trimmed)
        return MentionFilter.trailingNegations.contains { needle in
            folded.bytes.starts(with: needle) || (needle.first ?? 0) >= 0x80 && folded.contains(needle)
        }
    }

    /// Bytes that end the clause a negation reaches back through: `. ; : ! ? | , ( )`.
    private static let clauseEnds = ByteClass(".;:!?|,()")
    /// Bytes that end the clause an "e.g." reaches back through: `; | ( [`.
    private static let exampleEnds = ByteClass(";|([")

    /// The negations that follow a name, as bytes (made once, not per mention).
    private static let trailingNegations = StackVocabulary.trailingNegations.map { Array($0.utf8) }

    /// After "e.g." within the same brackets or sentence, or inside a `[…]` placeholder.
    private func isExample(_ range: Range<Int>) -> Bool {
        let start = clauseStart(
            before: range.lowerBound, delimiters: MentionFilter.exampleEnds, stopAtOpenBracket: true)
        if StackVocabulary.exampleSet.containsAny(in: folded(start..<range.lowerBound)) { return true }
        if start > 0, bytes[start - 1] == 91 {
            let inside = FoldedLine(text(from: start, length: 200))
            return inside.contains("needs clarification") || inside.contains("e.g")
        }
        return false
    }

    /// Of each list of mentions with an "or" in it, keeps the preferred one (or the first).
    private func withoutAlternatives(_ indices: [Int], _ ranges: [Range<Int>]) -> [Int] {
        var kept: [Int] = []
        var list: [Int] = []
        var hasOr = false
        func flush() {
            guard let last = list.last else { return }
            hasOr = hasOr || isFollowedByOr(ranges[last].upperBound)
            kept += hasOr ? [list.first { isPreferred(ranges[$0]) } ?? list[0]] : list
            list = []
            hasOr = false
        }
        for index in indices {
            if let previous = list.last,
                let gap = listGap(between: ranges[previous].upperBound, and: ranges[index].lowerBound)
            {
                hasOr = hasOr || gap
            } else {
                flush()
            }
            list.append(index)
        }
        flush()
        return kept
    }

    /// Nil when the text between two mentions is not a list separator; else whether it holds an "or".
    private func listGap(between start: Int, and end: Int) -> Bool? {
        guard start <= end, end - start <= 40 else { return nil }
        let gap = StackVocabulary.fold(text(start..<end))
        let words = gap.split(whereSeparator: { !$0.isLetter }).map(String.init)
        guard words.allSatisfy({ MentionFilter.listWords.contains($0) }) else { return nil }
        return StackVocabulary.alternativeSet.containsAny(in: FoldedLine(gap))
    }

    /// The words a list of alternatives may hold between its names (built once, not per gap).
    private static let listWords = Set(
        StackVocabulary.alternatives + StackVocabulary.preferred + [
            "and", "und", "y", "e", "et", "和", "与", "及", "と", "や",
        ])

    private static let orWords: [[UInt8]] = [", or ", " or ", " oder ", ", o ", " ou ", "或", "または"].map {
        Array($0.utf8)
    }

    /// "Dapper, EF Core raw SQL, or optimized LINQ": the list goes on with an "or" after its last name.
    private func isFollowedByOr(_ offset: Int) -> Bool {
        let start = min(max(0, offset), bytes.count)
        let end = min(start + 40, bytes.count)
        // The clause after the name, up to the next sentence or cell end (the bytes are lower-cased already).
        let clauseEnd = bytes[start..<end].firstIndex { ".;:!?|".utf8.contains($0) } ?? end
        let clause = FoldedLine(bytes: Array(bytes[start..<clauseEnd]))
        return MentionFilter.orWords.contains { clause.contains($0) }
    }

    private func isPreferred(_ range: Range<Int>) -> Bool {
        return StackVocabulary.preferredSet.containsAny(in: FoldedLine(text(from: range.upperBound, length: 16)))
    }

    /// Where the clause holding `offset` starts: after the nearest delimiter (or, with
    /// `stopAtOpenBracket`, right after an unclosed `(` or `[`). A dot counts only before a space.
    private func clauseStart(before offset: Int, delimiters: ByteClass, stopAtOpenBracket: Bool = false) -> Int {
        var depth = 0
        var k = offset - 1
        while k >= 0 {
            let byte = bytes[k]
            if stopAtOpenBracket, byte == 41 || byte == 93 { depth += 1 }
            if stopAtOpenBracket, byte == 40 || byte == 91 {
                if depth == 0 { return k + 1 }
                depth -= 1
            } else if delimiters.contains(byte),
                byte != 46 || (k + 1 < bytes.count && bytes[k + 1] == 32 && !isAbbreviation(endingAt: k))
            {
                return k + 1
            } else if byte == 0xE3, k + 2 < bytes.count, bytes[k + 1] == 0x80,
                bytes[k + 2] == 0x82 || bytes[k + 2] == 0x81
            {
                return k + 3  // 。 or 、
            }
            k -= 1
        }
        return 0
    }

    /// "e.g." and "z.B." end in a dot without ending a sentence.
    private func isAbbreviation(endingAt k: Int) -> Bool {
        let start = max(0, k - 4)
        let tail = text(start..<(k + 1))
        return ["e.g.", "i.e.", "z.b.", ".ej.", "p.ex.", "etc."].contains { tail.hasSuffix($0) }
            || tail.hasSuffix(" e.") || tail.hasSuffix(" z.")
    }

    /// The bytes in `range` folded for the vocabulary: as they are when ASCII (lower-cased already),
    /// through `FoldedLine` otherwise (accents, full-width letters).
    private func folded(_ range: Range<Int>) -> FoldedLine {
        let low = min(max(0, range.lowerBound), bytes.count)
        let high = min(max(low, range.upperBound), bytes.count)
        let slice = bytes[low..<high]
        return slice.allSatisfy { $0 < 0x80 }
            ? FoldedLine(bytes: Array(slice)) : FoldedLine(String(decoding: slice, as: UTF8.self))
    }

    /// The bytes in `range`, clamped to the line (a range never makes this trap).
    private func text(_ range: Range<Int>) -> String {
        let low = min(max(0, range.lowerBound), bytes.count)
        let high = min(max(low, range.upperBound), bytes.count)
        return String(decoding: bytes[low..<high], as: UTF8.self)
    }

    private func text(from start: Int, length: Int) -> String {
        text(start..<(max(start, 0) + length))
    }
}
