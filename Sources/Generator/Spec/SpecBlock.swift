/// One block of author text in a spec section, as the spec reader consumes it. Text is raw
/// Markdown inline text (emphasis, code, links still in it), so that ids, bold labels and
/// markers can still be recognised; readers quote it through `QuotedText`.
enum SpecBlock {
    case item(SpecItem)
    case table(SpecTable)
    /// Lines of prose joined by spaces.
    case paragraph(String)
    /// `**Acceptance Scenarios**:`, `**Why this priority**: text`: a label and what follows it
    /// on its line (often nothing).
    case label(name: String, value: String)
    /// A line wholly in bold or italics (`**User Story 3 - Batch (Priority: P3)**`): a heading
    /// written as emphasis.
    case emphasised(String)
}

/// A list item: its text with its wrapped lines, and the items nested under it.
struct SpecItem {
    /// The item's own text without its marker and checkbox.
    var text: String
    /// The nested items' texts, every level flattened, in order.
    var children: [String] = []
    var isNumbered: Bool
    /// `- [ ]` or `- [x]`.
    var checkbox: Checkbox?

    enum Checkbox { case open, ticked }

    /// The item with its nested items, as one text (children joined with "; ").
    var fullText: String {
        children.isEmpty ? text : text + (text.hasSuffix(":") ? " " : "; ") + children.joined(separator: "; ")
    }
}

/// A Markdown table: its header cells and its rows, separator row left out; cells as written.
struct SpecTable {
    var header: [String]
    var rows: [[String]]

    /// `| a | b |` -> `["a", "b"]`; nil for a line that is no table row.
    static func cells(_ line: String) -> [String]? {
        let body = line.trimmed
        guard body.hasPrefix("|") else { return nil }
        var cells: [String] = []
        var current = ""
        var inCode = false
        var escaped = false
        for character in body.dropFirst() {
            if escaped {
                current.append(character)
                escaped = false
                continue
            }
            switch character {
            case "\\":
                escaped = true
                current.append(character)
            case "`":
                inCode.toggle()
                current.append(character)
            case "|" where !inCode:
                cells.append(current.trimmed)
                current = ""
            default: current.append(character)
            }
        }
        if !current.trimmed.isEmpty { cells.append(current.trimmed) }
        return cells
    }

    /// `|---|:--:|`: the row under the header.
    static func isSeparator(_ cells: [String]) -> Bool {
        !cells.isEmpty && cells.allSatisfy { cell in !cell.isEmpty && cell.allSatisfy { "-: ".contains($0) } }
    }
}
