/// The user stories a requirement cites: `US1`, `US-2`, `[US3]`, "User Story 2", "Story 3",
/// "Historia 2", "用户故事 1", "ストーリー2". Numbers only where a story word or a story id
/// stands right before them.
enum StoryReference {
    /// Story words (the heading table's numbered story phrases) by their first scalar.
    private static let words: ScalarPhraseTable<Void> = {
        var phrases = ["stories", "user stories"]
        for (_, groups) in SectionVocabulary.table {
            for group in groups where group.numbered == .userStory { phrases += group.phrases }
        }
        return ScalarPhraseTable(phrases.map { ($0, ()) })
    }()

    /// The story numbers `text` cites, each once, in order.
    static func numbers(in text: String) -> [Int] {
        guard text.utf8.contains(where: { (48...57).contains($0) }) else { return [] }
        var result: [Int] = []
        for match in ItemIDScanner.all(in: text) where ItemKind.of(match.id, in: nil) == .userStory {
            if let value = match.id.value, !result.contains(value) { result.append(value) }
        }
        let line = FoldedScalars(text)
        let s = line.folded
        var i = 0
        while i < s.count {
            let compact =
                s[i] == "u" && i + 2 < s.count && s[i + 1] == "s" && ("0"..."9").contains(s[i + 2])
                && (i == 0 || !WritingScript.isWordCharacter(s[i - 1]))
            let phrase = compact ? nil : words.longestMatch(in: line, at: i)
            guard let length = compact ? 2 : phrase?.length else {
                i += 1
                continue
            }
            var k = i + length
            while k < s.count, s[k] == " " || s[k] == "#" { k += 1 }
            if let (value, end) = CountedHeading.numeral(s, k),
                end == s.count || !WritingScript.isWordCharacter(s[end]) || compact
            {
                if !result.contains(value), value > 0 { result.append(value) }
                i = end
            } else {
                i = k
            }
        }
        return result
    }
}
