/// Text as a reader sees it: Markdown inline markup removed, runs of white space made one space.
///
/// Every line a parser keeps goes through here, on every save: these are scans over Unicode
/// scalars or UTF-8 bytes (never Characters, whose grapheme breaking costs far more), with a fast
/// path for the common line that has nothing to remove. None of them needs Foundation.
enum PlainText {
    /// Markdown inline markup removed: `**bold**`, `_em_`, backticks and `[text](link)` become plain
    /// text, and white space collapsed.
    /// All markup is ASCII, so this walks Unicode scalars rather than (much slower) Characters.
    static func of(_ text: String) -> String {
        // Most lines have no markup at all.
        if !UTF8Scan.contains(in: text, where: { $0 == 42 || $0 == 96 || $0 == 95 || $0 == 91 || $0 == 93 }) {
            return collapsingSpaces(text)
        }
        let scalars = Array(text.unicodeScalars)
        // Bytes, not a scalar view: appending to a String's scalars one at a time costs a check
        // of the whole string's storage each.
        var result: [UInt8] = []
        result.reserveCapacity(text.utf8.count)
        // The next `)` and `]` at or after a position, remembered so that a line of many `[` and
        // no `]` is read once, not once per `[`.
        var nextParenthesis = -1
        var nextBracket = -1
        func next(_ close: Unicode.Scalar, from start: Int) -> Int? {
            var known = close == ")" ? nextParenthesis : nextBracket
            if known < start {
                known = scalars[start...].firstIndex(of: close) ?? scalars.count
                if close == ")" { nextParenthesis = known } else { nextBracket = known }
            }
            return known < scalars.count ? known : nil
        }
        var i = 0
        while i < scalars.count {
            let c = scalars[i]
            if c == "*" || c == "`" {
                i += 1
                continue
            }
            if c == "_",
                i == 0 || !isWordScalar(scalars[i - 1]) || i + 1 == scalars.count || !isWordScalar(scalars[i + 1])
            {
                i += 1
                continue
            }
            if c == "]", i + 1 < scalars.count, scalars[i + 1] == "(", let close = next(")", from: i + 1) {
                i = close + 1
                continue
            }
            if c == "[", let close = next("]", from: i), close + 1 < scalars.count, scalars[close + 1] == "(" {
                i += 1
                continue
            }
            if c.isASCII { result.append(UInt8(c.value)) } else { UTF8.encode(c) { result.append($0) } }
            i += 1
        }
        return collapsingSpaces(String(decoding: result, as: UTF8.self))
    }

    /// A letter or digit of any script: what `_` must stand between to be part of a word (`snake_case`).
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return (97...122).contains(value) || (65...90).contains(value) || (48...57).contains(value) }
        return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }

    /// Runs of spaces, tabs and line ends become one space; the ends are trimmed.
    static func collapsingSpaces(_ text: String) -> String {
        // Nothing to collapse: no tab or line end, no leading, trailing or double space.
        guard UTF8Scan.hasBlanksToCollapse(text) else { return text }
        var result = String.UnicodeScalarView()
        var lastWasSpace = true
        for c in text.unicodeScalars {
            if c == " " || c == "\t" || c == "\n" {
                if !lastWasSpace { result.append(" ") }
                lastWasSpace = true
            } else {
                result.append(c)
                lastWasSpace = false
            }
        }
        if result.last == " " { result.removeLast() }
        return String(result)
    }

    /// The text without each span from `open` through the first `close` after it (an `open`
    /// never closed stays): `*(mandatory)*` notes in headings, `[NEEDS CLARIFICATION: …]` markers.
    static func removingSpans(_ text: String, from open: String, to close: String) -> String {
        guard let first = open.utf8.first, UTF8Scan.contains(first, in: text) else { return text }
        var kept = ""
        var rest = Substring(text)
        // One pass: each search starts where the last span ended.
        while let start = ByteSearch.firstRange(of: open, in: rest),
            let end = ByteSearch.firstRange(of: close, in: rest[start.upperBound...])
        {
            kept += rest[..<start.lowerBound]
            rest = rest[end.upperBound...]
        }
        return kept + rest
    }
}
