/// An open-question marker found in a line.
public struct OpenQuestionMarker: Hashable, Sendable {
    /// The question as written; nil for a bare marker (`[NEEDS CLARIFICATION]`), whose question
    /// is the rest of its line or cell.
    public let question: String?
    /// The marker with its brackets and bold, to cut it out of the text.
    public let range: Range<String.Index>
}
