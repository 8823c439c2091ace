/// Feature titles, from a spec's H1 or its folder name.
public enum SpecTitle {
    /// Words that mark an H1 prefix such as `Feature Specification:` in the languages specs are written in.
    private static let prefixWords = [
        "specification", "spec", "feature", "especificación", "especificacion", "especificação", "spécification",
        "spezifikation", "specifica", "funcionalidad", "fonctionnalité", "仕様", "规格", "规范", "規格", "명세",
        "спецификация",
    ]

    private static let asciiPrefixWords = prefixWords.filter { $0.utf8.allSatisfy { $0 < 0x80 } }
    private static let otherPrefixWords = prefixWords.filter { $0.utf8.contains { $0 >= 0x80 } }

    /// Whether the lower-cased text before a title's colon holds a prefix word: the ASCII ones
    /// searched as bytes (at character boundaries, as `contains` would match them), the others
    /// only in a prefix that is not all ASCII, where alone they may stand.
    private static func containsPrefixWord(_ prefix: String) -> Bool {
        if asciiPrefixWords.contains(where: { ByteSearch.firstRange(of: $0, in: prefix) != nil }) { return true }
        guard UTF8Scan.contains(in: prefix, where: { $0 >= 0x80 }) else { return false }
        return otherPrefixWords.contains(where: { prefix.contains($0) })
    }

    /// The title a spec gives itself, or the folder name made readable.
    public static func of(spec text: String, folder: String) -> String {
        // Only the first H1 matters: read lines up to it, not the whole spec (the daemon asks this
        // of every sibling at startup).
        let bytes = text.utf8
        var lineStart = bytes.startIndex
        var inFence = false
        while lineStart < bytes.endIndex {
            let lineEnd = bytes[lineStart...].firstIndex(of: 10) ?? bytes.endIndex
            let line = bytes[lineStart..<lineEnd]
            if line.starts(with: [96, 96, 96]) || line.starts(with: [126, 126, 126]) { inFence.toggle() }
            if !inFence, line.starts(with: [35, 32]) {
                let head = String(text[..<lineEnd])
                // An H1 inside an HTML comment is not the title: then read the whole spec.
                return fromHeading(markdownLines(head)) ?? fromHeading(markdownLines(text))
                    ?? SpecTitle.fromFolder(folder)
            }
            lineStart = lineEnd == bytes.endIndex ? lineEnd : bytes.index(after: lineEnd)
        }
        return SpecTitle.fromFolder(folder)
    }

    /// `003-rink-sessions` -> `Rink Sessions`: the title of a spec that gives none.
    static func fromFolder(_ name: String) -> String {
        var parts = name.split(whereSeparator: { $0 == "-" || $0 == "_" || $0 == " " }).map(String.init)
        if let first = parts.first, first.allSatisfy(\.isNumber) { parts.removeFirst() }
        let words = parts.map(Prose.upperCasingFirstLetter)
        return words.isEmpty ? name : words.joined(separator: " ")
    }

    /// `# Feature Specification: Double-Headed Arrow` -> `Double-Headed Arrow`; nil when there is no H1
    /// or it holds only a template placeholder such as `[FEATURE NAME]`.
    static func fromHeading(_ lines: [MarkdownLine]) -> String? {
        guard let h1 = Heading.first(level: 1, in: lines) else { return nil }
        var title = PlainText.of(h1.title)
        if let colon = title.firstIndex(where: { $0 == ":" || $0 == "：" }) {
            let prefix = title[..<colon].lowercased()
            if containsPrefixWord(prefix) {
                title = String(title[title.index(after: colon)...]).trimmed
            }
        }
        if title.hasPrefix("[") && title.hasSuffix("]") { return nil }
        return title.isEmpty ? nil : title
    }
}
