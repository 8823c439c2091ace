/// A head of a text cut to a length, and the boundary it was cut at.
public struct TextCut: Hashable, Sendable {
    public enum Boundary: Hashable, Sendable {
        /// The text was short enough: nothing was cut.
        case whole
        /// After a full stop (`.` `!` `?` `。` `！` `？`).
        case sentence
        /// After a comma, semicolon, colon or dash (`,` `;` `:` `—` `，` `、` `；` `：`), the mark dropped.
        case clause
        /// Between words (or between two CJK characters): the caller may add "…".
        case word
    }

    public let text: String
    public let boundary: Boundary
}
