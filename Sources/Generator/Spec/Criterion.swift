/// A measurable outcome: `SC-001` (or `CS-001`, `CE-001`, `KPI-1`) and its text, a bullet, a
/// row of a success-criteria table; ids verbatim.
public struct Criterion: Sendable, Equatable {
    public var id: String?
    public var text: String

    public init(id: String?, text: String) {
        self.id = id
        self.text = text
    }
}
