/// A heading and the lines up to the next heading, with the titles of the headings above it.
struct MarkdownSection {
    var heading: Heading?
    /// Titles of the enclosing headings, outermost first (the H1 included).
    var parents: [String]
    var lines: [MarkdownLine]
}
