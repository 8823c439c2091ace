/// A key entity: `- **Name**: description`, a row of an entity table, a sub-heading.
public struct Entity: Sendable, Equatable {
    public var name: String
    public var description: String

    public init(name: String, description: String) {
        self.name = name
        self.description = description
    }
}
