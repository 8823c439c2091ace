/// A user-story heading: `User Story 1 - Draw Arrows (Priority: P1)` and its translations.
struct StoryHeading {
    var number: Int?
    var title: String
    var priority: Int?

    private static let storyWords = [
        "user story", "story", "historia de usuario", "historia", "histoire utilisateur",
        "récit utilisateur", "user-story", "benutzergeschichte", "história de usuário",
        "用户故事", "ユーザーストーリー",
    ]

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
            if let p = inside.indices.last(where: {
                inside[$0] == "P" && inside.index(after: $0) < inside.endIndex
                    && inside[inside.index(after: $0)].isNumber
            }),
                let value = Int(inside[inside.index(after: p)...].prefix(while: \.isNumber))
            {
                priority = value
                title = String(title[..<open]).trimmed
            }
        }
        guard !title.isEmpty || number != nil else { return nil }
        self.title = title.isEmpty ? "User Story \(number ?? 0)" : title
    }
}
