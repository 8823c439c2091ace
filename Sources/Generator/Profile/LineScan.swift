/// The candidates of one line and the rules that decide the ambiguous ones when the line ends.
struct LineScan {
    let folded: FoldedText
    let entries: [TechnologyMatcher.Entry]
    let catalogue: TechnologyCatalogue
    var candidates: [MatchCandidate] = []
    private var lineStart = 0

    init(folded: FoldedText, entries: [TechnologyMatcher.Entry], catalogue: TechnologyCatalogue) {
        self.folded = folded
        self.entries = entries
        self.catalogue = catalogue
    }

    mutating func startLine(at index: Int) {
        lineStart = index
        candidates.removeAll(keepingCapacity: true)
    }

    /// A name may start here: not inside a word, nor after the hyphen or dot of a compound
    /// (`non-Go`, `example.net`).
    func isWordStart(_ i: Int) -> Bool {
        guard i > 0 else { return true }
        let previous = folded.lower[i - 1]
        if FoldedText.isWord(previous) { return false }
        if previous == 45 || previous == 46, i >= 2, FoldedText.isWord(folded.lower[i - 2]) { return false }
        return true
    }

    /// The name ends here: "Go" in "Go 1.22" or "Go-based", not in "Gopher" or "go.mod".
    static func endsWord(_ folded: FoldedText, at end: Int, spelling: [UInt8]) -> Bool {
        guard end < folded.count else { return true }
        let next = folded.lower[end]
        if let last = spelling.last, !FoldedText.isWord(last) { return !FoldedText.isLetter(next) }
        if FoldedText.isWord(next) || next == 43 || next == 35 { return false }
        if next == 45 || next == 46, end + 1 < folded.count, FoldedText.isWord(folded.lower[end + 1]) {
            return next == 45 && MatchContext.hyphenSuffixes.contains(word(folded, from: end + 1))
        }
        return true
    }

    /// `version 1.22`, `v7`, `>= 18`, `5.x`, `1.23+` right after the name, in folded positions.
    static func version(in folded: FoldedText, after end: Int) -> Range<Int>? {
        let c = folded.cased
        var k = end
        if k < c.count, c[k] == 32 { k += 1 }
        let start = k
        if k + 1 < c.count, c[k] == 118 || c[k] == 86, isDigit(c[k + 1]) {
            k += 1
        } else {
            while k < c.count, c[k] == 60 || c[k] == 62 || c[k] == 61 || c[k] == 94 || c[k] == 126 { k += 1 }
            if k > start, k < c.count, c[k] == 32 { k += 1 }
        }
        guard k < c.count, isDigit(c[k]) else { return nil }
        while k < c.count {
            if isDigit(c[k]) || (c[k] == 46 && k + 1 < c.count && (isDigit(c[k + 1]) || c[k + 1] == 120))
                || (c[k] == 120 && c[k - 1] == 46)
            {
                k += 1
            } else {
                break
            }
        }
        if k < c.count, c[k] == 43 { k += 1 }
        if k < c.count, FoldedText.isLetter(c[k]) { return nil }
        return start..<k
    }

    /// Lower case counts in code when the span is the name alone (`` `rust` ``) or a command
    /// (`` `go test ./...` ``, `` `swift build` ``).
    static func isCodeForm(_ folded: FoldedText, start: Int, end: Int) -> Bool {
        let lower = folded.lower
        guard start > 0, lower[start - 1] == 96 else { return false }
        if end == folded.count || lower[end] == 96 { return true }
        return lower[end] == 32 && end + 1 < folded.count && FoldedText.isLetter(lower[end + 1])
    }

    // MARK: - Deciding the ambiguous names of a line

    /// The accepted candidates of the line; contextual ones without evidence are dropped.
    mutating func resolve(lineEnd: Int) -> [MatchCandidate] {
        guard !candidates.isEmpty else { return [] }
        for k in candidates.indices where !candidates[k].accepted {
            candidates[k].accepted = hasOwnContext(candidates[k], lineEnd: lineEnd)
        }
        var changed = true
        while changed {
            changed = false
            for k in candidates.indices where !candidates[k].accepted && isListedBesideAccepted(k) {
                candidates[k].accepted = true
                changed = true
            }
        }
        return candidates.filter(\.accepted)
    }

    private func hasOwnContext(_ candidate: MatchCandidate, lineEnd: Int) -> Bool {
        let technology = catalogue.technologies[candidate.technology]
        let strict = candidate.rule == .strict
        if candidate.version != nil { return true }
        let (before, beforeByte) = previousWord(before: candidate.start)
        let (after, afterByte, possessive) = nextWord(after: candidate.end, lineEnd: lineEnd)
        if beforeByte == FoldedText.cjk || afterByte == FoldedText.cjk { return true }
        if possessive { return !strict && MatchContext.allowsPossessive(technology.role) }
        if MatchContext.after(technology.role).contains(after) || MatchContext.hyphenSuffixes.contains(after) {
            return true
        }
        if MatchContext.before(technology.role, strict: strict).contains(before) { return true }
        // A lone letter ("C", "R") is too often a label or a grade to count from its cell alone.
        let singleLetter = candidate.nameEnd - candidate.start == 1
        return !strict && !singleLetter
            && isCell(candidate, leftByte: beforeByte, rightByte: afterByte, leftWord: before, rightWord: after)
    }

    /// Alone in a table cell, after a `Key:`, or the whole of a list item: `| Go |`, `Language: Go`, `- Go`.
    private func isCell(
        _ candidate: MatchCandidate, leftByte: UInt8, rightByte: UInt8, leftWord: String, rightWord: String
    ) -> Bool {
        guard leftWord.isEmpty, rightWord.isEmpty else { return false }
        let rightIsEnd = rightByte == 10
        if leftByte == 10 { return rightIsEnd || rightByte == 124 }
        guard [124, 58, 40, 44, 47, 43, 38, 59].contains(leftByte) else { return false }
        return rightIsEnd || [124, 44, 41, 47, 43, 38, 59].contains(rightByte)
    }

    /// Whether only separators and conjunctions stand between this candidate and an accepted one.
    private func isListedBesideAccepted(_ k: Int) -> Bool {
        let role = catalogue.technologies[candidates[k].technology].role
        let strict = candidates[k].rule == .strict
        for n in [k - 1, k + 1] where candidates.indices.contains(n) && candidates[n].accepted {
            if strict, catalogue.technologies[candidates[n].technology].role != role { continue }
            let gap = n < k ? candidates[n].end..<candidates[k].start : candidates[k].end..<candidates[n].start
            if isSeparator(gap) { return true }
        }
        return false
    }

    private func isSeparator(_ gap: Range<Int>) -> Bool {
        guard gap.count <= 24 else { return false }
        let lower = folded.lower
        var i = gap.lowerBound
        var sawSeparator = false
        while i < gap.upperBound {
            let byte = lower[i]
            if FoldedText.isLetter(byte) {
                let word = LineScan.word(folded, from: i)
                guard MatchContext.conjunctions.contains(word) else { return false }
                sawSeparator = true
                i += word.utf8.count
                continue
            }
            guard [32, 44, 47, 43, 38, 59, 124, 42, 95, 96, 40, 41, 34, 39].contains(byte) else { return false }
            if [44, 47, 43, 38, 59, 124].contains(byte) { sawSeparator = true }
            i += 1
        }
        return sawSeparator
    }

    /// The word before `index` (lower case, markup skipped) and the byte that ends the search:
    /// 10 at the start of the line (after any list marker), else the first non-letter met.
    private func previousWord(before index: Int) -> (String, UInt8) {
        let lower = folded.lower
        var i = index - 1
        while i >= lineStart, [32, 42, 95, 96, 34, 39].contains(lower[i]) { i -= 1 }
        if i < lineStart || isListMarker(upTo: i) { return ("", 10) }
        guard FoldedText.isLetter(lower[i]) else { return ("", lower[i]) }
        var start = i
        while start > lineStart, FoldedText.isLetter(lower[start - 1]) { start -= 1 }
        return (String(decoding: lower[start...i], as: UTF8.self), 0)
    }

    /// The word after `index`, the byte that ends the search (10 at the line end) and whether a
    /// possessive `'s` comes first.
    private func nextWord(after index: Int, lineEnd: Int) -> (String, UInt8, Bool) {
        let lower = folded.lower
        var i = index
        if i + 1 < lineEnd, lower[i] == 39, lower[i + 1] == 115, i + 2 == lineEnd || !FoldedText.isWord(lower[i + 2]) {
            return ("", 0, true)
        }
        while i < lineEnd, [32, 42, 95, 96, 34, 39, 45].contains(lower[i]) { i += 1 }
        guard i < lineEnd else { return ("", 10, false) }
        guard FoldedText.isLetter(lower[i]) else { return ("", lower[i], false) }
        return (LineScan.word(folded, from: i), 0, false)
    }

    /// True when the line holds only spaces and a list marker (`-`, `*`, `+`, `1.`, `>`) up to `i`.
    private func isListMarker(upTo i: Int) -> Bool {
        let lower = folded.lower
        var k = lineStart
        while k <= i, lower[k] == 32 { k += 1 }
        guard k <= i else { return true }
        if k == i, [45, 42, 43, 62].contains(lower[k]) { return true }
        var digits = k
        while digits <= i, isDigit(lower[digits]) { digits += 1 }
        return digits > k && digits == i && (lower[i] == 46 || lower[i] == 41)
    }

    /// The run of ASCII letters starting at `i`, lower-cased.
    static func word(_ folded: FoldedText, from i: Int) -> String {
        var end = i
        while end < folded.count, FoldedText.isLetter(folded.lower[end]), folded.lower[end] < 0x80 { end += 1 }
        return String(decoding: folded.lower[i..<end], as: UTF8.self)
    }
}

private func isDigit(_ byte: UInt8) -> Bool { (48...57).contains(byte) }
