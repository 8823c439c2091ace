/// Splits a section's lines into blocks (list items, tables, paragraphs, labels), in one pass,
/// leaving out what is not the author's: code blocks, HTML comments, Spec Kit's guidance and
/// example lines, and lines still holding one of its placeholders (which are counted, so that
/// the plan's Notes can say what was left out).
struct SpecBlockReader {
    /// Placeholders found in the lines left out, as written, in order.
    private(set) var placeholders: [String] = []
    /// How many lines were left out for a placeholder.
    private(set) var placeholderLines = 0
    /// The author's lines kept so far, for what is detected from the spec's words.
    private(set) var authorLines: [String] = []
    /// The open questions of the lines read so far.
    var questions = OpenQuestionCollector()

    /// A heading of the author's (its words count for the signals), or of the template: then it
    /// is counted as a placeholder left out, and the answer is false.
    mutating func heading(_ title: String) -> Bool {
        guard TemplateText.kind(of: title) == .placeholder else {
            authorLines.append(title)
            return true
        }
        placeholders += TemplateText.placeholders(in: title)
        placeholderLines += 1
        return false
    }

    /// The blocks of `lines`, in order; their open questions go to `questions`, named after `section`.
    mutating func blocks(_ lines: ArraySlice<MarkdownLine>, section: String?) -> [SpecBlock] {
        var builder = Builder()
        for line in lines {
            guard line.isProse else {
                builder.close()
                continue
            }
            let body = line.text.trimmed
            if body.isEmpty {
                builder.blank()
                continue
            }
            // One fold of the line for the template's wording and the open questions; a line
            // that reaches the scan is neither guidance nor example.
            let fold = LineFold(line.text)
            if let kind = TemplateText.kind(of: fold) {
                if kind == .placeholder {
                    placeholders += TemplateText.placeholders(in: line.text)
                    placeholderLines += 1
                    // A real marker beside a placeholder in a half-filled line is still a question.
                    questions.scan(fold, section: section, knownNotTemplate: true)
                }
                builder.close()
                continue
            }
            questions.scan(fold, section: section, knownNotTemplate: true)
            authorLines.append(line.text)
            builder.add(line.text, body: body)
        }
        builder.close()
        return builder.blocks
    }

    /// The state of the pass: what is open and may continue on the next line.
    private struct Builder {
        var blocks: [SpecBlock] = []
        private var item: (item: SpecItem, indent: Int)?
        private var paragraph: [String] = []
        private var table: SpecTable?
        private var tableHasSeparator = false
        /// A blank line ends a paragraph; an item continues after one only with indented text.
        private var afterBlank = false

        mutating func blank() {
            flushParagraph()
            flushTable()
            afterBlank = true
        }

        mutating func add(_ line: String, body: String) {
            let indent = line.prefix(while: { $0 == " " || $0 == "\t" }).count
            defer { afterBlank = false }
            if let cells = SpecTable.cells(body) {
                flushItem()
                flushParagraph()
                addRow(cells)
                return
            }
            flushTable()
            if Self.isRule(body) {
                close()
                return
            }
            if let start = MarkdownStructure.itemStart(body) {
                flushParagraph()
                if let open = item, indent > open.indent {
                    item?.item.children.append(start.text)
                    return
                }
                flushItem()
                item = (Self.item(start), indent)
                return
            }
            if let open = item, indent > open.indent || (!afterBlank && indent > 0) {
                if open.item.children.isEmpty {
                    item?.item.text += " " + body
                } else {
                    item?.item.children[open.item.children.count - 1] += " " + body
                }
                return
            }
            flushItem()
            if Self.opensWithID(body) {
                // `FR-001: …` or `**FR-001**: …` on lines of their own: one item each, not a paragraph.
                flushParagraph()
                item = (SpecItem(text: body, isNumbered: false, checkbox: nil), indent)
                return
            }
            if let label = Self.label(body) {
                flushParagraph()
                // `**Created**: 2026-01-01` below the header is metadata wherever it stands.
                if case .label(let name, _) = label, SpecReader.isMetadataKey(name) { return }
                blocks.append(label)
                return
            }
            paragraph.append(body)
        }

        mutating func close() {
            flushItem()
            flushParagraph()
            flushTable()
        }

        private mutating func addRow(_ cells: [String]) {
            if table == nil {
                table = SpecTable(header: cells, rows: [])
                tableHasSeparator = false
            } else if !tableHasSeparator, SpecTable.isSeparator(cells) {
                tableHasSeparator = true
            } else {
                table?.rows.append(cells)
            }
        }

        private mutating func flushItem() {
            if let open = item { blocks.append(.item(open.item)) }
            item = nil
        }

        private mutating func flushParagraph() {
            guard !paragraph.isEmpty else { return }
            blocks.append(.paragraph(paragraph.joined(separator: " ")))
            paragraph = []
        }

        private mutating func flushTable() {
            guard var found = table else { return }
            // A table without a separator row is rows only (no header).
            if !tableHasSeparator { found = SpecTable(header: [], rows: [found.header] + found.rows) }
            blocks.append(.table(found))
            table = nil
        }

        /// `---`, `***`, `___` (spaces between allowed): a thematic break. Three of one mark
        /// first, tested on the bytes: most lines, list items included, are passed over there.
        private static func isRule(_ body: String) -> Bool {
            let bytes = body.utf8
            guard let mark = bytes.first, mark == 45 || mark == 42 || mark == 95,
                bytes.dropFirst().first == mark, bytes.dropFirst(2).first == mark
            else { return false }
            return body.allSatisfy({ "-*_ ".contains($0) })
        }

        /// Whether the line opens with an id (`FR-001`, `**SC-002**`): a dash and a digit among its
        /// first bytes first, the scanner only then.
        private static func opensWithID(_ body: String) -> Bool {
            var previous: UInt8 = 0
            var dashDigit = false
            for byte in body.utf8.prefix(24) {
                if previous == 45, (48...57).contains(byte) {
                    dashDigit = true
                    break
                }
                previous = byte
            }
            guard dashDigit, let leading = ItemIDScanner.leading(in: body) else { return false }
            return leading.position == .lineStart
        }

        private static func item(_ start: MarkdownStructure.ItemStart) -> SpecItem {
            let text = start.text
            for (box, checkbox) in [("[ ] ", SpecItem.Checkbox.open), ("[x] ", .ticked), ("[X] ", .ticked)]
            where text.utf8.first == 91 && text.hasPrefix(box) {
                return SpecItem(
                    text: String(text.dropFirst(4)), isNumbered: start.marker.first?.isNumber ?? false,
                    checkbox: checkbox)
            }
            return SpecItem(text: text, isNumbered: start.marker.first?.isNumber ?? false, checkbox: nil)
        }

        /// `**Label**:`, `**Label:**`, `**Label**: value`, `*Label*:`; or a line wholly emphasised.
        private static func label(_ body: String) -> SpecBlock? {
            guard let mark = body.first, mark == "*" || mark == "_" else { return nil }
            let run = body.prefix(while: { $0 == mark })
            guard run.count <= 2 else { return nil }
            let delimiter = String(run)
            let afterOpen = body.dropFirst(run.count)
            guard let close = ByteSearch.firstRange(of: delimiter, in: afterOpen),
                close.lowerBound > afterOpen.startIndex
            else {
                return nil
            }
            var name = String(afterOpen[..<close.lowerBound]).trimmed
            var rest = afterOpen[close.upperBound...].drop(while: { $0 == " " })
            if rest.isEmpty {
                guard name.hasSuffix(":") || name.hasSuffix("：") else { return .emphasised(name) }
                name.removeLast()
                return .label(name: name.trimmed, value: "")
            }
            if name.hasSuffix(":") || name.hasSuffix("：") {
                name.removeLast()
                return .label(name: name.trimmed, value: String(rest).trimmed)
            }
            guard let colon = rest.first, colon == ":" || colon == "：" else { return nil }
            rest = rest.dropFirst()
            return .label(name: name.trimmed, value: String(rest).trimmed)
        }
    }
}
