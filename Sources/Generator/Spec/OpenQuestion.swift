/// A question the spec leaves open: a `[NEEDS CLARIFICATION: …]` marker in any of its forms and
/// languages, or an item of an "Open Questions" section.
public struct OpenQuestion: Sendable, Equatable {
    /// The question as written, the marker removed.
    public var question: String
    /// The id of the item that asks it (`FR-006`), so that the question reads on its own.
    public var itemID: String?
    /// The heading of the section it stands in.
    public var section: String?

    public init(question: String, itemID: String? = nil, section: String? = nil) {
        self.question = question
        self.itemID = itemID
        self.section = section
    }

    /// `FR-006: auth method not specified`.
    public var text: String { itemID.map { "\($0): \(question)" } ?? question }
}
