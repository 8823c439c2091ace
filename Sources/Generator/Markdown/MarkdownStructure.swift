/// The block structure of a Markdown document, as the spec and constitution parsers read it:
/// sections under headings, list items, paragraphs, table rows, `**Label**:` lines.
enum MarkdownStructure {
    /// Splits a document at every heading outside code blocks and comments.
    static func sections(_ lines: [MarkdownLine]) -> [MarkdownSection] {
        var result = [MarkdownSection(heading: nil, parents: [], lines: [])]
        var stack: [Heading] = []
        for line in lines {
            if line.isProse, let heading = Heading(line: line.text) {
                while let last = stack.last, last.level >= heading.level { stack.removeLast() }
                result.append(MarkdownSection(heading: heading, parents: stack.map(\.title), lines: []))
                stack.append(heading)
            } else {
                result[result.count - 1].lines.append(line)
            }
        }
        return result
    }

    /// The list items among `lines`; prose between items is left out.
    static func listItems(_ lines: [MarkdownLine]) -> [ListItem] {
        var items: [ListItem] = []
        var baseIndent: Int? = nil
        var open = false
        for line in lines where line.isProse {
            let text = line.text
            let indent = text.prefix(while: { $0 == " " || $0 == "\t" }).count
            let body = text.trimmed
            if body.isEmpty {
                continue
            }
            if let start = itemStart(body) {
                let rest = start.text
                if let base = baseIndent, indent > base + 1, open {
                    items[items.count - 1].text += " " + rest
                    continue
                }
                baseIndent = baseIndent.map { min($0, indent) } ?? indent
                var item = ListItem(text: rest, isNumbered: start.marker.first?.isNumber ?? false, isCheckbox: false)
                if rest.hasPrefix("[ ] ") || rest.hasPrefix("[x] ") || rest.hasPrefix("[X] ") {
                    item.isCheckbox = true
                    item.text = String(rest.dropFirst(4))
                }
                items.append(item)
                open = true
            } else if open, indent > 0 || !isLabel(body) {
                if isLabel(body) || body.hasPrefix("|") || body.hasPrefix("#") {
                    open = false
                } else if indent > 0 {
                    items[items.count - 1].text += " " + body
                } else {
                    open = false
                }
            } else {
                open = false
            }
        }
        return items.map {
            ListItem(text: PlainText.collapsingSpaces($0.text), isNumbered: $0.isNumbered, isCheckbox: $0.isCheckbox)
        }
    }

    /// The start of a list item's line.
    struct ItemStart {
        /// `-`, `*`, `+`, or the digits of `1.` and `1)`.
        var marker: String
        var text: String
    }

    /// `- text`, `* text`, `1. text` -> the marker and the text.
    static func itemStart(_ body: String) -> ItemStart? {
        if let first = body.first, first == "-" || first == "*" || first == "+" {
            let rest = body.dropFirst()
            guard rest.first == " " else { return nil }
            return ItemStart(marker: String(first), text: String(rest).trimmed)
        }
        let digits = body.prefix(while: \.isNumber)
        guard !digits.isEmpty, digits.count <= 3 else { return nil }
        let rest = body.dropFirst(digits.count)
        guard let dot = rest.first, dot == "." || dot == ")", rest.dropFirst().first == " " else { return nil }
        return ItemStart(marker: String(digits), text: String(rest.dropFirst(2)).trimmed)
    }

    /// A line such as `**Acceptance Scenarios**:` that labels what follows.
    static func isLabel(_ body: String) -> Bool {
        body.hasPrefix("**") && (body.hasSuffix(":") || body.hasSuffix("**") || body.contains("**:"))
    }

    /// Paragraphs of prose (not list items, labels, tables or headings), each joined into one line.
    static func paragraphs(_ lines: [MarkdownLine]) -> [String] {
        var result: [String] = []
        var current: [String] = []
        func flush() {
            if !current.isEmpty { result.append(PlainText.collapsingSpaces(current.joined(separator: " "))) }
            current = []
        }
        for line in lines {
            let body = line.text.trimmed
            guard line.isProse else {
                flush()
                continue
            }
            if body.isEmpty || body.hasPrefix("|") || body.hasPrefix("---") || body.hasPrefix(">") && body.count < 3 {
                flush()
            } else if itemStart(body) != nil || (isLabel(body) && body.hasSuffix(":")) {
                flush()
            } else {
                current.append(body)
            }
        }
        flush()
        return result
    }

    /// Rows of the Markdown tables among `lines`, as cells; the header and separator rows are left out.
    static func tableRows(_ lines: [MarkdownLine]) -> [[String]] {
        var rows: [[String]] = []
        var sawSeparator = false
        for line in lines where line.isProse {
            let body = line.text.trimmed
            guard body.hasPrefix("|") else {
                sawSeparator = false
                continue
            }
            let cells = body.split(separator: "|", omittingEmptySubsequences: false).dropFirst().dropLast()
                .map { String($0).trimmed }
            if cells.allSatisfy({ $0.allSatisfy { "-: ".contains($0) } }) {
                sawSeparator = true
                continue
            }
            if sawSeparator { rows.append(cells) }
        }
        return rows
    }
}
