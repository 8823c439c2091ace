/// A heading line: `## Title` gives level 2 and "Title".
public struct Heading: Sendable, Equatable {
    public var level: Int
    public var title: String

    /// Parses an ATX heading; trailing `#`s and emphasis markers such as `*(mandatory)*` are removed.
    public init?(line: String) {
        var level = 0
        var index = line.startIndex
        while index < line.endIndex, line[index] == "#" {
            level += 1
            index = line.index(after: index)
        }
        guard (1...6).contains(level), index == line.endIndex || line[index] == " " else { return nil }
        var title = String(line[index...]).trimmed
        while title.hasSuffix("#") { title.removeLast() }
        self.level = level
        self.title = Heading.removingAnnotations(title.trimmed)
    }

    /// The first heading of `level` outside code and comments: a document's title is its first H1.
    static func first(level: Int, in lines: [MarkdownLine]) -> Heading? {
        lines.lazy.filter(\.isProse).compactMap { Heading(line: $0.text) }.first { $0.level == level }
    }

    /// Spec Kit headings carry notes such as `*(mandatory)*` or `_(include if feature involves data)_`.
    static func removingAnnotations(_ title: String) -> String {
        guard UTF8Scan.contains(40, in: title) else { return title.trimmed }
        let starless = PlainText.removingSpans(title, from: "*(", to: ")*")
        return PlainText.removingSpans(starless, from: "_(", to: ")_").trimmed
    }
}
