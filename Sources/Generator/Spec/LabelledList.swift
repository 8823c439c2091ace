/// A story's list or table under a label of its own: `**Proposals（提案一覧）**:` and its rows.
public struct LabelledList: Sendable, Equatable {
    public var label: String
    public var items: [String]
}
