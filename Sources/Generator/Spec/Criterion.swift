/// A measurable outcome: `SC-001` and its text, or a row of a success-criteria table.
public struct Criterion: Sendable, Equatable {
    public var id: String?
    public var text: String
}
