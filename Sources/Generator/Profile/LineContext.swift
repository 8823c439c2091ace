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

    init(line: String, words: LineWords, next: String, pendingLabel: StackVocabulary.Label?, tableDeclares: Bool) {
        let trimmed = line.trimmed
        isListItem = LineContext.listItemBody(trimmed) != nil
        self.pendingLabel = pendingLabel
        self.tableDeclares = tableDeclares
        let cells = LineContext.cells(trimmed)
        let isSeparator = LineContext.isSeparatorRow(cells)
        isTableHeader =
            cells != nil && !isSeparator && next.utf8.first(where: { $0 != 32 }) == 124
            && LineContext.isSeparatorRow(LineContext.cells(next.trimmed))
        isTableRow = cells != nil && !isSeparator && !isTableHeader
        headerDeclares =
            isTableHeader && (cells ?? []).contains { StackVocabulary.label(forKey: PlainText.of($0)) != nil }
        tableLabel = isTableRow ? cells?.first.flatMap { StackVocabulary.label(forKey: PlainText.of($0)) } : nil
        firstCellEnd = isTableRow ? LineContext.secondPipe(line) : 0
        let keyValue = cells == nil ? LineContext.keyValue(line) : nil
        fieldKey = keyValue?.key
        field = keyValue.flatMap { pair in
            StackVocabulary.label(forKey: pair.key).map {
                Field(label: $0, valueStart: pair.valueStart, value: pair.value)
            }
        }
        isRequirement = words.isRequirement
        choiceEnd = words.choiceEnd
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
        if let first = trimmed.first, "-*+".contains(first), trimmed.dropFirst().first == " " {
            return trimmed.dropFirst(2)
        }
        let digits = trimmed.prefix { $0.isNumber }
        guard !digits.isEmpty else { return nil }
        let rest = trimmed.dropFirst(digits.count)
        guard let mark = rest.first, mark == "." || mark == ")", rest.dropFirst().first == " " else { return nil }
        return rest.dropFirst(2)
    }

    /// `**Key**: value`, `Key: value`, `- **Key:** value`, `言語：TypeScript`: a short key before a colon.
    private static func keyValue(_ line: String) -> (key: String, valueStart: Int, value: String)? {
        // Most lines have no colon (ASCII or full-width) in their first 120 bytes: nothing to split.
        guard line.utf8.prefix(120).contains(where: { $0 == 58 || $0 == 0x9A }) else { return nil }
        let body = listItemBody(line.trimmed) ?? Substring(line.trimmed)
        guard let colon = body.unicodeScalars.firstIndex(where: { $0 == ":" || $0 == "：" }) else { return nil }
        let rawKey = String(body.unicodeScalars[..<colon])
        // "see https://…": the colon of a URL ends no key.
        guard rawKey.utf8.count <= 120, !rawKey.hasSuffix("http"), !rawKey.hasSuffix("https") else { return nil }
        let key = PlainText.of(rawKey)
        guard !key.isEmpty, key.utf8.count <= 80, key.utf8.lazy.filter({ $0 == 32 }).count <= 5 else { return nil }
        var value = body.unicodeScalars[body.unicodeScalars.index(after: colon)...]
        while let first = value.first, first == "*" || first == "_" { value = value.dropFirst() }
        let text = String(value)
        return (key, line.utf8.count - text.utf8.count, text.trimmed)
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

}
