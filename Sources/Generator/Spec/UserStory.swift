/// A user story: `### User Story 2 - Export (Priority: P1)`, `### 用户故事 1 - 导出（优先级：P1）`,
/// `**US-03 — Export** [P0]`, `### As a Game Developer`.
public struct UserStory: Sendable, Equatable {
    /// 2 for "User Story 2"; stories without a number are numbered in order.
    public var number: Int
    /// The story's own id when it has one (`US-03`, `HU-1`), as written.
    public var id: String?
    public var title: String
    /// P0 to P9; nil when the story gives none (such stories are planned last).
    public var priority: PriorityLevel?
    /// The story in a sentence or two: the text before its first labelled part.
    public var description: String
    /// Given/When/Then scenarios, each rendered as one readable sentence.
    public var scenarios: [AcceptanceScenario]
    /// Acceptance criteria written as plain statements (no Given/When/Then).
    public var acceptanceCriteria: [String] = []
    /// Other labelled lists and tables of the story ("Proposals", "Notes"), label and items.
    public var lists: [LabelledList] = []

    public init(
        number: Int, id: String? = nil, title: String, priority: PriorityLevel?, description: String,
        scenarios: [AcceptanceScenario], acceptanceCriteria: [String] = [], lists: [LabelledList] = []
    ) {
        self.number = number
        self.id = id
        self.title = title
        self.priority = priority
        self.description = description
        self.scenarios = scenarios
        self.acceptanceCriteria = acceptanceCriteria
        self.lists = lists
    }
}
