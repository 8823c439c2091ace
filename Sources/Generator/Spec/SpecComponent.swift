/// A component, interface, service or endpoint the spec names, and its purpose in its words.
public struct SpecComponent: Sendable, Equatable {
    public var name: String
    public var purpose: String

    public init(name: String, purpose: String) {
        self.name = name
        self.purpose = purpose
    }
}
