/// A risk of the spec's own risks section, and its mitigation when the spec gives one.
public struct SpecRisk: Sendable, Equatable {
    public var title: String
    public var mitigation: String?

    public init(title: String, mitigation: String? = nil) {
        self.title = title
        self.mitigation = mitigation
    }
}
