/// The head of a spec: its title (H1) and its `**Key**: value` metadata lines, the
/// `**Input**` description among them with its "User description:" prefix and quotes removed in
/// any language (`InputPrefix`). Placeholders of the template (`[FEATURE NAME]`, `[DATE]`,
/// `$ARGUMENTS`) are no title, date or input.
struct SpecHeader {
    var title: String?
    var metadata: [String: String] = [:]
    var input: String?
    /// Placeholders met in the title and metadata, as written.
    var placeholders: [String] = []
    var placeholderLines = 0

    init(_ lines: [MarkdownLine]) {
        if let h1 = Heading.first(level: 1, in: lines) {
            if TemplateText.kind(of: h1.title) == .placeholder, SpecTitle.fromHeading(lines) == nil {
                placeholders += TemplateText.placeholders(in: h1.title)
                placeholderLines += 1
            }
            title = SpecTitle.fromHeading(lines)
        }
        readMetadata(lines)
    }

    /// `**Key**: value` lines before the first `##` heading, with or without trailing double spaces.
    private mutating func readMetadata(_ lines: [MarkdownLine]) {
        for line in lines.prefix(40) where line.isProse {
            let body = line.text.trimmed
            if body.hasPrefix("## ") { break }
            guard body.hasPrefix("**"), let close = ByteSearch.firstRange(of: "**", in: body.dropFirst(2)) else {
                continue
            }
            let key = String(body[body.index(body.startIndex, offsetBy: 2)..<close.lowerBound]).trimmed
            var value = String(body[close.upperBound...])
            if value.hasPrefix(":") || value.hasPrefix("：") { value.removeFirst() }
            let name = key.hasSuffix(":") || key.hasSuffix("：") ? String(key.dropLast()) : key
            if TemplateText.kind(of: value) == .placeholder {
                placeholders += TemplateText.placeholders(in: value)
                placeholderLines += 1
                continue
            }
            metadata[name] = value.trimmed
            if input == nil,
                InputPrefix.labels.longestMatch(in: FoldedScalars(name), at: 0)?.length == name.unicodeScalars.count
            {
                let text = QuotedText.of(Self.droppingHeadingMarks(InputPrefix.stripping(value)))
                input = text.isEmpty || TemplateText.isPlaceholder(text) ? nil : text
            }
        }
    }

    /// `# 請建立一個…`: a description pasted from Markdown keeps its heading marks, which are
    /// not part of what it says.
    static func droppingHeadingMarks(_ text: String) -> String {
        let marks = text.prefix { $0 == "#" }
        guard (1...6).contains(marks.count), text.dropFirst(marks.count).first == " " else { return text }
        return String(text.dropFirst(marks.count + 1))
    }
}
