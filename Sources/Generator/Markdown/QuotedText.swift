/// The author's words as a plan quotes them: emphasis markers removed where they pair as
/// emphasis (`**FR-001**`, `*(mandatory)*`, `_note_`), inline code kept whole with its backticks
/// (`` `backend/**` ``), links reduced to their text, escapes resolved, `<br>` made a space, white
/// space collapsed. A `*` or `_` that is not emphasis stays: globs (`backend/**`, `*.bru`),
/// `snake_case`, `2 * 3`.
///
/// `PlainText.of` removes every `*`, `_` and backtick, which suits matching keys but damages
/// quotes: `backend/**` became "backend/." there. This follows CommonMark's delimiter rules,
/// simplified: a run opens when a non-space follows it, closes when a non-space precedes it, an
/// `_` never inside a word; a closer pairs with the nearest opener of the same character.
enum QuotedText {
    static func of(_ text: String) -> String {
        // Most lines hold no markup at all.
        guard
            UTF8Scan.contains(in: text, where: { $0 == 42 || $0 == 95 || $0 == 96 || $0 == 91 || $0 == 92 || $0 == 60 })
        else {
            return PlainText.collapsingSpaces(text)
        }
        // Sized by the UTF-8 count, known without a pass (the scalars' count is not).
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(text.utf8.count)
        scalars.append(contentsOf: text.unicodeScalars)
        var pieces = Pieces()
        var i = 0
        while i < scalars.count {
            let c = scalars[i]
            if c == "\\", i + 1 < scalars.count, scalars[i + 1].isASCII, isPunctuation(scalars[i + 1]) {
                pieces.literal(scalars[i + 1])
                i += 2
            } else if c == "`", let end = codeSpanEnd(scalars, from: i) {
                pieces.literal(scalars[i..<end])
                i = end
            } else if c == "[" || (c == "!" && i + 1 < scalars.count && scalars[i + 1] == "["),
                let link = Link.at(scalars, i)
            {
                pieces.literal(link.text)
                i = link.end
            } else if c == "<", let end = lineBreakTagEnd(scalars, from: i) {
                pieces.literal(" ")
                i = end
            } else if c == "*" || c == "_" {
                var end = i
                while end < scalars.count, scalars[end] == c { end += 1 }
                pieces.delimiterRun(scalars, i..<end)
                i = end
            } else {
                // The plain text up to the next character that may be markup, in one piece.
                var end = i + 1
                while end < scalars.count, !mayBeMarkup(scalars[end]) { end += 1 }
                pieces.literal(scalars[i..<end])
                i = end
            }
        }
        return PlainText.collapsingSpaces(pieces.rendered())
    }

    /// The characters the loop of ``of(_:)`` looks at: escapes, code, links, `<br>`, emphasis.
    private static func mayBeMarkup(_ c: Unicode.Scalar) -> Bool {
        c == "\\" || c == "`" || c == "[" || c == "!" || c == "<" || c == "*" || c == "_"
    }

    /// The end of the code span opening at `start`: a run of backticks closed by a run of the same
    /// length. Nil when it never closes (the backticks are then literal).
    private static func codeSpanEnd(_ s: [Unicode.Scalar], from start: Int) -> Int? {
        var open = start
        while open < s.count, s[open] == "`" { open += 1 }
        let length = open - start
        var k = open
        while k < s.count {
            guard s[k] == "`" else {
                k += 1
                continue
            }
            var run = k
            while run < s.count, s[run] == "`" { run += 1 }
            if run - k == length { return run }
            k = run
        }
        return nil
    }

    /// `<br>`, `<br/>`, `<br />`: a line break inside a table cell.
    private static func lineBreakTagEnd(_ s: [Unicode.Scalar], from start: Int) -> Int? {
        guard start + 3 < s.count, s[start + 1] == "b" || s[start + 1] == "B",
            s[start + 2] == "r" || s[start + 2] == "R"
        else { return nil }
        var k = start + 3
        while k < s.count, s[k] == " " || s[k] == "/" { k += 1 }
        return k < s.count && s[k] == ">" ? k + 1 : nil
    }

    static func isPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~".unicodeScalars.contains(scalar)
    }

    /// `[text](target)`, `![alt](target)` and `[text][ref]`: the text, and where the link ends.
    private struct Link {
        var text: ArraySlice<Unicode.Scalar>
        var end: Int

        static func at(_ s: [Unicode.Scalar], _ start: Int) -> Link? {
            let open = s[start] == "!" ? start + 1 : start
            var depth = 0
            var close = open
            while close < s.count {
                if s[close] == "[" { depth += 1 }
                if s[close] == "]" {
                    depth -= 1
                    if depth == 0 { break }
                }
                close += 1
            }
            guard close + 1 < s.count, close > open + 1 else { return nil }
            let closer: Unicode.Scalar = s[close + 1] == "(" ? ")" : s[close + 1] == "[" ? "]" : " "
            guard closer != " ", let end = s[(close + 2)...].firstIndex(of: closer) else { return nil }
            return Link(text: s[(open + 1)..<close], end: end + 1)
        }
    }

    /// The text being rebuilt, with the delimiter runs that may still pair.
    private struct Pieces {
        /// Output scalars; a delimiter run is written as its characters and removed when it pairs.
        private var out: [Unicode.Scalar] = []
        /// Runs that can open emphasis and have not paired yet: where they stand in `out`.
        private var openers: [Opener] = []
        /// Spans of `out` to drop when rendering (paired delimiters).
        private var dropped: [Range<Int>] = []

        private struct Opener {
            var character: Unicode.Scalar
            var start: Int
            var length: Int
        }

        mutating func literal(_ scalar: Unicode.Scalar) { out.append(scalar) }
        mutating func literal(_ scalars: ArraySlice<Unicode.Scalar>) { out.append(contentsOf: scalars) }
        mutating func literal(_ text: String) { out.append(contentsOf: text.unicodeScalars) }

        /// A run of `*` or `_`: closes the nearest opener of its character if it can, and may open.
        mutating func delimiterRun(_ s: [Unicode.Scalar], _ run: Range<Int>) {
            let character = s[run.lowerBound]
            let before: Unicode.Scalar? = run.lowerBound > 0 ? s[run.lowerBound - 1] : nil
            let after: Unicode.Scalar? = run.upperBound < s.count ? s[run.upperBound] : nil
            let leftFlanking = after.map { !isSpace($0) } ?? false
            let rightFlanking = before.map { !isSpace($0) } ?? false
            var canOpen = leftFlanking
            var canClose = rightFlanking
            if character == "_" {
                canOpen = leftFlanking && !(before.map(PlainText.isWordScalar) ?? false)
                canClose = rightFlanking && !(after.map(PlainText.isWordScalar) ?? false)
            }
            var length = run.count
            let start = out.count
            out.append(contentsOf: s[run])
            if canClose, let index = openers.lastIndex(where: { $0.character == character }) {
                let opener = openers[index]
                let used = min(opener.length, length)
                dropped.append((opener.start + opener.length - used)..<(opener.start + opener.length))
                dropped.append(start..<(start + used))
                openers.removeSubrange(index...)
                if opener.length > used {
                    openers.append(Opener(character: character, start: opener.start, length: opener.length - used))
                }
                length -= used
            }
            if canOpen, length > 0 {
                openers.append(Opener(character: character, start: start + run.count - length, length: length))
            }
        }

        func rendered() -> String {
            guard !dropped.isEmpty else { return FoldedScalars.string(out) }
            var keep = [Bool](repeating: true, count: out.count)
            for range in dropped { for k in range { keep[k] = false } }
            var kept: [Unicode.Scalar] = []
            kept.reserveCapacity(out.count)
            for k in out.indices where keep[k] { kept.append(out[k]) }
            return FoldedScalars.string(kept)
        }

        private func isSpace(_ scalar: Unicode.Scalar) -> Bool {
            scalar == " " || scalar == "\t" || scalar == "\u{A0}" || scalar == "\u{3000}"
        }
    }
}
