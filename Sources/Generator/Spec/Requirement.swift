/// A functional requirement; `id` is `FR-001` and the like, nil for an unnumbered bullet.
public struct Requirement: Sendable, Equatable {
    public var id: String?
    public var text: String
    /// The heading the requirement stands under (`Functional Requirements`, `Security`, …).
    public var group: String
}
