/// A Key Entities bullet: `- **Name**: description`.
public struct Entity: Sendable, Equatable {
    public var name: String
    public var description: String
}
