/// Knows Spec Kit's own text in a spec: its guidance (the comments and notes that tell the agent
/// what to write), its example ("*Example of marking unclear requirements:*" and the two
/// requirements under it), and its placeholders (`[FEATURE NAME]`, `[###-feature-name]`,
/// `[DATE]`, `$ARGUMENTS`, `[Brief Title]`, `[Entity 1]`, `[specific capability, e.g., …]`).
/// None of it is the author's intent: no risk, task, component or question is ever made from it.
/// Recognised by the templates' wording (both template versions), not by position, so a
/// half-filled spec that moved or renumbered the lines is still read right.
public enum TemplateText {
    public enum Kind: Hashable, Sendable {
        /// Instructions to the author or agent, and the template's checklists.
        case guidance
        /// The template's example of marking unclear requirements.
        case example
        /// A line still holding a placeholder.
        case placeholder
    }

    static let guidance = AsciiPhraseTable(
        TemplateWording.guidancePhrases.map { ($0, Kind.guidance) }
            + TemplateWording.examplePhrases.map { ($0, Kind.example) })
    static let placeholderStarts = ScalarPhraseTable(TemplateWording.placeholderStarts.map { ($0, ()) })

    /// What of the template a line is, nil for the author's own text.
    public static func kind(of line: String) -> Kind? {
        kind(of: LineFold(line))
    }

    /// Guidance and example by their ASCII wording on the bytes; only a line holding `[`, `［`
    /// or `$` is folded to look for placeholders.
    static func kind(of line: LineFold) -> Kind? {
        let bytes = line.bytes
        var found: Kind?
        guidance.forEachMatch(in: bytes) { kind, _ in
            if kind == .example || found == nil { found = kind }
        }
        if let found { return found }
        if isGuidanceLine(bytes) { return .guidance }
        let marks = line.marks
        guard marks.bracket || marks.dollar || marks.fullWidthBracket else { return nil }
        return hasPlaceholder(line.folded) ? .placeholder : nil
    }

    /// Whether a fragment is a placeholder of the template: `[Brief Title]`, `[Entity 2]`,
    /// `[FEATURE NAME]`, `$ARGUMENTS`, with or without its brackets.
    public static func isPlaceholder(_ fragment: String) -> Bool {
        let text = FoldedScalars(fragment)
        let start = text.skippingSpaces(from: 0)
        let end = text.trimmingSpaces(before: text.count)
        guard start < end else { return false }
        if text.folded[start] == "[", text.folded[end - 1] == "]" {
            return placeholderRange(text, at: start)?.upperBound == end
        }
        return hasPlaceholder(FoldedScalars("[" + text.text(start..<end) + "]"))
    }

    /// The placeholders of a line, as written (`[Brief Title]`, `$ARGUMENTS`).
    public static func placeholders(in line: String) -> [String] {
        let text = FoldedScalars(line)
        var result: [String] = []
        var i = 0
        while i < text.count {
            if let range = placeholderRange(text, at: i) {
                result.append(text.text(range))
                i = range.upperBound
            } else if text.matches(arguments, at: i) {
                result.append("$ARGUMENTS")
                i += arguments.count
            } else {
                i += 1
            }
        }
        return result
    }

    /// Whether a whole spec is still the unfilled template: it holds the template's placeholders
    /// and guidance, and no line of its own outside the header (title and metadata). A spec
    /// whose title and Input were filled in while its stories and requirements were not is
    /// still unfilled: `/speckit.specify` fills the header first.
    public static func isUnfilledTemplate(_ spec: String) -> Bool {
        var templateLines = 0
        var headingsAndNeutral: [Substring] = []
        var inFence = false
        var inComment = false
        // Line by line without splitting the whole spec first: a filled spec is told apart at
        // its first line of prose, a few lines in.
        var rest = Substring(spec)
        while !rest.isEmpty {
            let end = rest.utf8.firstIndex(of: 10) ?? rest.endIndex
            let raw = rest[..<end]
            rest = end == rest.endIndex ? rest[end...] : rest[rest.utf8.index(after: end)...]
            guard !raw.isEmpty else { continue }
            let line = raw.hasSuffix("\r") ? raw.dropLast() : raw
            let trimmed = line.drop(while: { $0 == " " || $0 == "\t" })
            if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") {
                inFence.toggle()
                continue
            }
            if inFence { continue }
            if inComment || trimmed.hasPrefix("<!--") {
                inComment = !trimmed.contains("-->")
                continue
            }
            guard !trimmed.isEmpty else { continue }
            // Headings and neutral lines never end the scan: whether they are the template's
            // matters only for a spec that turns out unfilled, and is asked then.
            if trimmed.hasPrefix("#") || isNeutral(trimmed) {
                headingsAndNeutral.append(trimmed)
            } else if kind(of: String(trimmed)) != nil {
                templateLines += 1
            } else {
                return false
            }
        }
        templateLines += headingsAndNeutral.count(where: { kind(of: String($0)) != nil })
        return templateLines >= 3
    }

    // MARK: - Pieces

    private static let arguments: [Unicode.Scalar] = Array("$arguments".unicodeScalars)

    /// Lines that are neither the author's nor the template's: separators, the metadata header,
    /// field labels alone ("**Acceptance Scenarios**:"), table rules.
    private static func isNeutral(_ line: Substring) -> Bool {
        if line.allSatisfy({ $0 == "-" || $0 == "*" || $0 == "_" || $0 == "|" || $0 == ":" || $0 == " " }) {
            return true
        }
        guard line.hasPrefix("**") || line.hasPrefix("*") || line.hasPrefix("_") else { return false }
        let body = line.drop(while: { $0 == "*" || $0 == "_" })
        guard let close = body.firstIndex(where: { $0 == "*" || $0 == "_" }) else { return false }
        let key = FoldedScalars.folded(String(body[..<close])).trimmingSuffix(":")
        let value = body[close...].drop(while: { $0 == "*" || $0 == "_" || $0 == ":" || $0 == " " })
        if TemplateWording.metadataKeys.contains(key) { return true }
        return value.isEmpty && key.split(separator: " ").count <= 6
    }

    static let guidanceLines = AsciiPhraseTable(TemplateWording.guidanceLines.map { ($0, ()) })

    /// Whether the line, without list marker, checkbox, emphasis and final full stop, is one of
    /// the template's checklist or guidance lines.
    private static func isGuidanceLine(_ s: [UInt8]) -> Bool {
        guard s.count < 160 else { return false }
        var start = 0
        while start < s.count, s[start] == 32 || s[start] == 9 { start += 1 }
        if start + 1 < s.count, s[start] == 45 || s[start] == 42 || s[start] == 43, s[start + 1] == 32 { start += 2 }
        if start + 3 < s.count, s[start] == 91, s[start + 1] == 32 || s[start + 1] | 0x20 == 120, s[start + 2] == 93,
            s[start + 3] == 32
        {
            start += 4
        }
        while start < s.count, s[start] == 42 || s[start] == 95 || s[start] == 32 { start += 1 }
        var end = s.count
        while end > start,
            s[end - 1] == 46 || s[end - 1] == 32 || s[end - 1] == 42 || s[end - 1] == 95 || s[end - 1] == 13
        { end -= 1 }
        guard let phrase = guidanceLines.longestMatch(in: s, at: start) else { return false }
        let phraseEnd = start + phrase.length
        // "Requirements are testable and unambiguous (except marked items)".
        return phraseEnd == end
            || (phraseEnd < end && s[phraseEnd] == 32 && phraseEnd + 1 < end && s[phraseEnd + 1] == 40)
    }

    private static func hasPlaceholder(_ text: FoldedScalars) -> Bool {
        for i in 0..<text.count {
            if text.folded[i] == "[", placeholderRange(text, at: i) != nil { return true }
            if text.folded[i] == "$", text.matches(arguments, at: i) { return true }
        }
        return false
    }

    /// A placeholder bracket opening at `i`: not a link, a checkbox, a footnote or a marker.
    private static func placeholderRange(_ text: FoldedScalars, at i: Int) -> Range<Int>? {
        let s = text.folded
        guard s[i] == "[", let close = s[(i + 1)...].firstIndex(of: "]"), close > i + 1 else { return nil }
        if close + 1 < s.count, s[close + 1] == "(" || s[close + 1] == "[" || s[close + 1] == ":" { return nil }
        if close == i + 2, s[i + 1] == " " || (s[i + 1] == "x" && isListStart(s, before: i)) { return nil }
        let inner = text.skippingSpaces(from: i + 1)
        if inner >= close || s[inner] == "^" { return nil }
        if OpenQuestionScanner.words.longestMatch(in: text, at: inner) != nil { return nil }
        if let start = placeholderStarts.longestMatch(in: text, at: inner) {
            let after = inner + start.length
            if after == close || s[after] == "," || s[after] == " " || s[after] == ":" || s[after] == "-" {
                return i..<(close + 1)
            }
        }
        if containsExampleMark(s, inner..<close) { return i..<(close + 1) }
        return isCapitalisedName(text.original[inner..<close]) ? i..<(close + 1) : nil
    }

    /// "e.g." inside a bracket: the template's "[specific capability, e.g., …]".
    private static func containsExampleMark(_ s: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
        guard range.count >= 4 else { return false }
        for k in range.lowerBound...(range.upperBound - 4)
        where s[k] == "e" && s[k + 1] == "." && s[k + 2] == "g" && s[k + 3] == "." {
            if k == range.lowerBound || !WritingScript.isWordCharacter(s[k - 1]) { return true }
        }
        return false
    }

    /// Whether only spaces and a list marker stand before `i`: `- [x] done` is a checkbox, while
    /// `related to [X]` is a placeholder.
    private static func isListStart(_ s: [Unicode.Scalar], before i: Int) -> Bool {
        let before = s[..<i].filter { $0 != " " && $0 != "\t" }
        return before.isEmpty || before == ["-"] || before == ["*"] || before == ["+"]
    }

    /// `[FEATURE NAME]`, `[PROJECT_NAME]`: two or more capitalised words, or one with `_`.
    private static func isCapitalisedName(_ inner: ArraySlice<Unicode.Scalar>) -> Bool {
        guard inner.allSatisfy({ ("A"..."Z").contains($0) || $0 == " " || $0 == "_" || $0 == "#" || $0 == "-" }) else {
            return false
        }
        let letters = inner.filter { ("A"..."Z").contains($0) }.count
        return letters >= 4 && (inner.contains(" ") || inner.contains("_"))
    }
}

private extension String {
    func trimmingSuffix(_ suffix: String) -> String {
        hasSuffix(suffix) ? String(dropLast(suffix.count)) : self
    }
}
