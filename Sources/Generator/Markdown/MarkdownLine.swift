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

/// Splits text into lines after normalising CRLF and CR line ends, and marks code and comments.
public func markdownLines(_ text: String) -> [MarkdownLine] {
    var result: [MarkdownLine] = []
    var place = MarkdownPlace.prose
    let open = ByteString("<!--")
    let close = ByteString("-->")
    for raw in normalizedLines(text) {
        var line = MarkdownLine(text: raw, inCode: place.isCode, inComment: place == .comment)
        // Fences and comments need a backtick, a tilde, `<` or `>`: most lines have none of them.
        guard UTF8Scan.contains(in: raw, where: { $0 == 96 || $0 == 126 || $0 == 60 || $0 == 62 }) else {
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

/// Where the scan stands at the start of a line.
private enum MarkdownPlace: Equatable {
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
