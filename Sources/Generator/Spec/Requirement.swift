/// A requirement; `id` is the author's (`FR-001`, `FR-020A`, `NFR-003`, `RF-001`, `OR-001`),
/// verbatim, nil for an unnumbered bullet.
public struct Requirement: Sendable, Equatable {
    public var id: String?
    public var text: String
    /// The heading the requirement stands under (`Functional Requirements`, `Security`, `导出`).
    public var group: String
    /// What kind of requirement its section or its id prefix says it is.
    public var kind: RequirementKind = .functional
    /// Numbers of the user stories it cites (`US1`, "User Story 2", "Story 3") or whose heading
    /// its group names.
    public var stories: [Int] = []
    /// A priority given in its row or text (`P1`, `必須`, `High`).
    public var priority: PriorityLevel?

    public init(
        id: String?, text: String, group: String, kind: RequirementKind = .functional, stories: [Int] = [],
        priority: PriorityLevel? = nil
    ) {
        self.id = id
        self.text = text
        self.group = group
        self.kind = kind
        self.stories = stories
        self.priority = priority
    }
}
