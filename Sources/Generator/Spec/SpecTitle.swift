/// Feature titles, from a spec's H1 or its folder name.
public enum SpecTitle {
    /// Words that mark an H1 prefix such as `Feature Specification:` in the languages specs are written in.
    private static let prefixWords = [
        "specification", "spec", "feature", "especificación", "especificacion", "especificação", "spécification",
        "spezifikation", "specifica", "funcionalidad", "fonctionnalité", "仕様", "规格", "规范", "規格", "명세",
        "спецификация",
    ]

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
                return fromHeading(markdownLines(head)) ?? fromHeading(markdownLines(text)) ?? SpecTitle.fromFolder(folder)
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
            if prefixWords.contains(where: { prefix.contains($0) }) {
                title = String(title[title.index(after: colon)...]).trimmed
            }
        }
        if title.hasPrefix("[") && title.hasSuffix("]") { return nil }
        return title.isEmpty ? nil : title
    }
}

/// A user-story heading: `User Story 1 - Draw Arrows (Priority: P1)` and its translations.
struct StoryHeading {
    var number: Int?
    var title: String
    var priority: Int?

    private static let storyWords = ["user story", "story", "historia de usuario", "historia", "histoire utilisateur",
                                     "récit utilisateur", "user-story", "benutzergeschichte", "história de usuário",
                                     "用户故事", "ユーザーストーリー"]

    init?(title raw: String) {
        let text = PlainText.of(raw)
        let lower = text.lowercased()
        guard let word = Self.storyWords.first(where: { lower.hasPrefix($0) }) else { return nil }
        var rest = Substring(text.dropFirst(word.count)).drop(while: { $0 == " " })
        let digits = rest.prefix(while: \.isNumber)
        number = Int(digits)
        rest = rest.dropFirst(digits.count).drop(while: { " -–—:：.".contains($0) })
        var title = String(rest)
        priority = nil
        if let open = title.lastIndex(of: "("), title.hasSuffix(")") {
            let inside = title[title.index(after: open)..<title.index(before: title.endIndex)]
            // `Priority: P1`, `Prioridad: P2`, `P3`: the last `P` followed by digits.
            if let p = inside.indices.last(where: { inside[$0] == "P" && inside.index(after: $0) < inside.endIndex && inside[inside.index(after: $0)].isNumber }),
               let value = Int(inside[inside.index(after: p)...].prefix(while: \.isNumber)) {
                priority = value
                title = String(title[..<open]).trimmed
            }
        }
        guard !title.isEmpty || number != nil else { return nil }
        self.title = title.isEmpty ? "User Story \(number ?? 0)" : title
    }
}
