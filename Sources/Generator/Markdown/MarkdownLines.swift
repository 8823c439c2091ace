/// One line of a Markdown document, with what a parser needs to know about where it stands.
///
/// Spec Kit templates put example text inside fenced code blocks and HTML comments
/// (the "Execution Flow" pseudo-code, `<!-- ACTION REQUIRED -->` notes); nothing in them is
/// the author's intent, so every reader of a spec asks `isProse` before trusting a line.
public struct MarkdownLine: Sendable, Equatable {
    public var text: String
    /// Inside a ``` or ~~~ fence (the fence lines themselves included).
    public var inCode: Bool
    /// Inside an HTML comment (the lines holding `<!--` and `-->` included).
    public var inComment: Bool

    public var isProse: Bool { !inCode && !inComment }
}

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
        guard title.utf8.contains(40) else { return title.trimmed }
        let starless = PlainText.removingSpans(title, from: "*(", to: ")*")
        return PlainText.removingSpans(starless, from: "_(", to: ")_").trimmed
    }
}

/// Splits text into lines after normalising CRLF and CR line ends, and marks code and comments.
public func markdownLines(_ text: String) -> [MarkdownLine] {
    /// Where the scan stands at the start of a line.
    enum Place: Equatable {
        case prose
        /// Inside a fence opened by these three characters (``` or ~~~).
        case code(fence: String)
        /// Inside an HTML comment that has not closed yet.
        case comment

        var isCode: Bool {
            if case .code = self { return true }
            return false
        }
    }
    var result: [MarkdownLine] = []
    var place = Place.prose
    let open = ByteString("<!--")
    let close = ByteString("-->")
    for raw in normalizedLines(text) {
        var line = MarkdownLine(text: raw, inCode: place.isCode, inComment: place == .comment)
        // Fences and comments need a backtick, a tilde, `<` or `>`: most lines have none of them.
        guard raw.utf8.contains(where: { $0 == 96 || $0 == 126 || $0 == 60 || $0 == 62 }) else {
            result.append(line)
            continue
        }
        let trimmed = raw.trimmed
        switch place {
        case .code(let fence):
            if trimmed.hasPrefix(fence) { place = .prose }
        case .prose where trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~"):
            place = .code(fence: String(trimmed.prefix(3)))
            line.inCode = true
        case .prose:
            let bytes = ByteString(trimmed)
            if let start = bytes.firstIndex(of: open) {
                if !ByteString(bytes: Array(bytes.bytes[(start + 4)...])).contains(close) { place = .comment }
                // A comment that opens the line and closes on it hides the whole line.
                line.inComment = start == 0
            }
        case .comment:
            if ByteString(trimmed).contains(close) {
                place = .prose
                line.inComment = true
            }
        }
        result.append(line)
    }
    return result
}

/// Lines of `text` without their line ends; CRLF and lone CR count as line ends.
public func normalizedLines(_ text: String) -> [String] {
    var lines = text.replacingCRLF().utf8.split(separator: 10, omittingEmptySubsequences: false).map { String(Substring($0)) }
    if lines.last == "" { lines.removeLast() }
    return lines
}

extension String {
    /// The string without leading and trailing spaces and tabs.
    var trimmed: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { $0 != " " && $0 != "\t" }) else { return "" }
        let last = scalars.lastIndex(where: { $0 != " " && $0 != "\t" })!
        if first == scalars.startIndex && last == scalars.index(before: scalars.endIndex) { return self }
        return String(scalars[first...last])
    }

    func replacingCRLF() -> String {
        // "\r\n" is a single Character in Swift, so `contains("\r")` would miss it: look at the bytes.
        guard utf8.contains(13) else { return self }
        return String(map { $0 == "\r\n" || $0 == "\r" ? "\n" : $0 })
    }
}
