/// What a user-story heading says: `User Story 1 - Draw Arrows (Priority: P1)`, `### 用户故事 2 -
/// 导出报表（优先级：P0）`, `US-03: Export [P2]`, `Historia de usuario 3 - Ver (Prioridad: Alta)`,
/// `As a Game Developer`. The priority is read in any of its forms and cut out of the title.
struct StoryHeading: Equatable {
    var number: Int?
    /// The story's own id (`US-03`, `HU-1`), verbatim.
    var id: String?
    var title: String
    var priority: PriorityLevel?

    init(title raw: String) {
        let text = QuotedText.of(raw)
        let match = PriorityReader.find(in: text)
        priority = match?.level
        var rest = match == nil ? text : PriorityReader.removing(from: text)
        if let leading = ItemIDScanner.leading(in: "# " + rest), ItemKind.of(leading.id, in: nil) == .userStory {
            id = leading.id.text
            number = leading.id.value
            rest = leading.rest.isEmpty ? rest : leading.rest
        } else if let parts = CountedHeading.split(rest, as: .userStory) {
            number = parts.number
            if !parts.rest.isEmpty { rest = parts.rest }
        }
        title = rest.trimmed
    }
}
