/// A `### User Story N - Title (Priority: Pn)` section.
public struct UserStory: Sendable, Equatable {
    public var number: Int
    public var title: String
    /// 1 for P1; stories without a priority sort after all that have one.
    public var priority: Int?
    public var description: String
    public var scenarios: [String]
}
