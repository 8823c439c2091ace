/// How one line of prose states technologies: as a field (`**Storage**: PostgreSQL`), a table
/// row under a stack column, a list item under a field whose values follow, a requirement
/// ("MUST"), or a choice ("Use X", "使用X").
struct LineContext {
    struct Field {
        let label: StackVocabulary.Label
        /// Where the value starts in the line's UTF-8.
        let valueStart: Int
        let value: String
        var valueIsEmpty: Bool { value.trimmed.isEmpty }
    }

    let field: Field?
    /// The key of a `Key: value` line, known label or not.
    let fieldKey: String?
    let isListItem: Bool
    let isTableRow: Bool
    let isTableHeader: Bool
    /// A header cell names technologies ("Technology", "Tool", "Language").
    let headerDeclares: Bool
    private let tableLabel: StackVocabulary.Label?
    private let firstCellEnd: Int
    private let pendingLabel: StackVocabulary.Label?
    private let tableDeclares: Bool
    private let isRequirement: Bool
    /// Where the first choice word ("use", "使用") ends, if any.
    private let choiceEnd: Int?

    init(line: String, next: String, pendingLabel: StackVocabulary.Label?, tableDeclares: Bool) {
        let trimmed = line.trimmed
        isListItem = LineContext.listItemBody(trimmed) != nil
        self.pendingLabel = pendingLabel
        self.tableDeclares = tableDeclares
        let cells = LineContext.cells(trimmed)
        let isSeparator = LineContext.isSeparatorRow(cells)
        isTableHeader = cells != nil && !isSeparator && LineContext.isSeparatorRow(LineContext.cells(next.trimmed))
        isTableRow = cells != nil && !isSeparator && !isTableHeader
        headerDeclares = isTableHeader && (cells ?? []).contains { StackVocabulary.label(forKey: Text.plain($0)) != nil }
        tableLabel = isTableRow ? cells?.first.flatMap { StackVocabulary.label(forKey: Text.plain($0)) } : nil
        firstCellEnd = isTableRow ? LineContext.secondPipe(line) : 0
        let keyValue = cells == nil ? LineContext.keyValue(line) : nil
        fieldKey = keyValue?.key
        field = keyValue.flatMap { pair in StackVocabulary.label(forKey: pair.key).map { Field(label: $0, valueStart: pair.valueStart, value: pair.value) } }
        let folded = StackVocabulary.fold(line)
        isRequirement = StackVocabulary.modals.contains { StackVocabulary.containsWord($0, in: folded) }
        choiceEnd = LineContext.firstChoice(in: line)
    }

    /// The label the line's technologies fall under, if any.
    var label: StackVocabulary.Label? { field?.label ?? (isListItem ? pendingLabel : nil) ?? tableLabel }

    /// A field's value, or the whole line.
    var value: String { field?.value ?? "" }

    /// Whether a mention starting at `offset` (UTF-8, in the line) is stated as a choice.
    func declares(at offset: Int) -> Bool {
        if let field, offset >= field.valueStart { return true }
        if isListItem, pendingLabel != nil { return true }
        if isTableRow, (tableLabel != nil && offset >= firstCellEnd) || tableDeclares { return true }
        if isRequirement { return true }
        if let choiceEnd, offset >= choiceEnd { return true }
        return false
    }

    // MARK: - Reading the line's shape

    /// `- item`, `* item`, `1. item`: the item's text.
    private static func listItemBody(_ trimmed: String) -> Substring? {
        if let first = trimmed.first, "-*+".contains(first), trimmed.dropFirst().first == " " { return trimmed.dropFirst(2) }
        let digits = trimmed.prefix { $0.isNumber }
        guard !digits.isEmpty else { return nil }
        let rest = trimmed.dropFirst(digits.count)
        guard let mark = rest.first, mark == "." || mark == ")", rest.dropFirst().first == " " else { return nil }
        return rest.dropFirst(2)
    }

    /// `**Key**: value`, `Key: value`, `- **Key:** value`, `言語：TypeScript`: a short key before a colon.
    private static func keyValue(_ line: String) -> (key: String, valueStart: Int, value: String)? {
        let body = listItemBody(line.trimmed) ?? Substring(line.trimmed)
        guard let colon = body.firstIndex(where: { $0 == ":" || $0 == "：" }) else { return nil }
        let key = Text.plain(String(body[..<colon]))
        guard !key.isEmpty, key.count <= 60, key.split(separator: " ").count <= 6, !key.contains("http") else { return nil }
        var value = body[body.index(after: colon)...]
        while let first = value.first, first == "*" || first == "_" { value = value.dropFirst() }
        return (key, line.utf8.count - value.utf8.count, String(value).trimmed)
    }

    /// The cells of a table row, or nil when the line is no table row.
    private static func cells(_ trimmed: String) -> [String]? {
        guard trimmed.hasPrefix("|") else { return nil }
        var parts = trimmed.split(separator: "|", omittingEmptySubsequences: false).map { String($0).trimmed }
        if parts.first == "" { parts.removeFirst() }
        if parts.last == "" { parts.removeLast() }
        return parts.isEmpty ? nil : parts
    }

    private static func isSeparatorRow(_ cells: [String]?) -> Bool {
        guard let cells, !cells.isEmpty else { return false }
        return cells.allSatisfy { cell in !cell.isEmpty && cell.allSatisfy { $0 == "-" || $0 == ":" || $0 == " " } }
    }

    private static func secondPipe(_ line: String) -> Int {
        var seen = 0
        for (offset, byte) in line.utf8.enumerated() where byte == 124 {
            seen += 1
            if seen == 2 { return offset }
        }
        return 0
    }

    /// The end of the first choice word of the line ("use", "using", "verwende", "使用").
    private static func firstChoice(in line: String) -> Int? {
        let lower = Array(line.utf8.map { (65...90).contains($0) ? $0 + 32 : $0 })
        var best: Int?
        for word in StackVocabulary.choices {
            let needle = Array(word.utf8)
            var i = 0
            while i + needle.count <= lower.count {
                if lower[i..<(i + needle.count)].elementsEqual(needle), needle[0] >= 0x80 || isBoundary(lower, i - 1) && isBoundary(lower, i + needle.count) {
                    best = min(best ?? Int.max, i + needle.count)
                    break
                }
                i += 1
            }
        }
        return best
    }

    private static func isBoundary(_ bytes: [UInt8], _ i: Int) -> Bool {
        guard i >= 0, i < bytes.count else { return true }
        return !FoldedText.isWord(bytes[i]) && bytes[i] < 0x80
    }
}
