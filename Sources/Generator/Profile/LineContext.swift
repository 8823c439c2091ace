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
    /// The line starts with `|` past its leading spaces: a table's line, whatever its cells.
    let startsWithPipe: Bool
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
        // Read on every line of every spec: the shape is told from the first bytes, and the line
        // is trimmed and split only when it is a table row.
        let shape = LineContext.leadingShape(line)
        isListItem = shape.isListItem
        startsWithPipe = shape.isTableRow
        self.pendingLabel = pendingLabel
        self.tableDeclares = tableDeclares
        let cells = shape.isTableRow ? LineContext.cells(line.trimmed) : nil
        let isSeparator = LineContext.isSeparatorRow(cells)
        isTableHeader =
            cells != nil && !isSeparator && next.utf8.first(where: { $0 != 32 }) == 124
            && LineContext.isSeparatorRow(LineContext.cells(next.trimmed))
        isTableRow = cells != nil && !isSeparator && !isTableHeader
        headerDeclares =
            isTableHeader && (cells ?? []).contains { StackVocabulary.label(forKey: PlainText.of($0)) != nil }
        tableLabel = isTableRow ? cells?.first.flatMap { StackVocabulary.label(forKey: PlainText.of($0)) } : nil
        firstCellEnd = isTableRow ? LineContext.secondPipe(line) : 0
        let key = cells == nil ? LineContext.key(line) : nil
        fieldKey = key?.key
        // The value is cut out only for a key that labels a stack field.
        field = key.flatMap { key in
            StackVocabulary.label(forKey: key.key).map { LineContext.field($0, line: line, after: key.colon) }
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

    /// Whether the line, past its leading spaces, starts a list item (`- `, `* `, `+ `, `1. `, `1) `)
    /// or a table row (`|`), from its bytes alone.
    static func leadingShape(_ line: String) -> (isListItem: Bool, isTableRow: Bool) {
        var line = line
        return line.withUTF8 { utf8 in
            var i = 0
            while i < utf8.count, utf8[i] == 32 || utf8[i] == 9 { i += 1 }
            guard i < utf8.count else { return (false, false) }
            let first = utf8[i]
            if first == 124 { return (false, true) }
            if first == 45 || first == 42 || first == 43 { return (i + 1 < utf8.count && utf8[i + 1] == 32, false) }
            var k = i
            while k < utf8.count, utf8[k] >= 48, utf8[k] <= 57 { k += 1 }
            guard k > i, k + 1 < utf8.count, utf8[k] == 46 || utf8[k] == 41, utf8[k + 1] == 32 else {
                return (false, false)
            }
            return (true, false)
        }
    }

    /// Whether the line can be no field and no table row, from its bytes: its first byte past
    /// spaces is printable ASCII other than `|`, and no colon stands in its first 120 bytes.
    static func isPlainLine(_ line: String) -> Bool {
        var line = line
        return line.withUTF8 { utf8 in
            var i = 0
            while i < utf8.count, utf8[i] == 32 || utf8[i] == 9 { i += 1 }
            guard i < utf8.count, utf8[i] > 32, utf8[i] < 0x80, utf8[i] != 124 else { return false }
            for k in 0..<min(utf8.count, 120) where utf8[k] == 58 || utf8[k] == 0x9A { return false }
            return true
        }
    }

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

    /// `**Key**: value`, `Key: value`, `- **Key:** value`, `言語：TypeScript`: a short key before a
    /// colon, and where the colon stands in the line's scalars.
    private static func key(_ line: String) -> (key: String, colon: String.UnicodeScalarView.Index)? {
        guard mayBeKnownKey(line) else { return nil }
        let body = listItemBody(line.trimmed) ?? Substring(line.trimmed)
        guard let colon = body.unicodeScalars.firstIndex(where: { $0 == ":" || $0 == "：" }) else { return nil }
        let rawKey = String(body.unicodeScalars[..<colon])
        // "see https://…": the colon of a URL ends no key.
        guard rawKey.utf8.count <= 120, !rawKey.hasSuffix("http"), !rawKey.hasSuffix("https") else { return nil }
        let key = PlainText.of(rawKey)
        guard !key.isEmpty, key.utf8.count <= 80, key.utf8.lazy.filter({ $0 == 32 }).count <= 5 else { return nil }
        // The colon's place in `line` itself: the body is a slice of the trimmed line, so look it up again.
        guard let lineColon = line.unicodeScalars.firstIndex(where: { $0 == ":" || $0 == "：" }) else { return nil }
        return (key, lineColon)
    }

    /// Whether the line may have a key the reader asks about (a stack label or a defining title),
    /// from its bytes: most lines have no colon (ASCII or full-width) in their first 120 bytes, and
    /// most keys ("FR-001", "Given") hold neither; such lines need no trimming, no plain text and
    /// no label lookup. Markup inside a word (`Lang**uage**`, which plain text joins) makes any key
    /// a candidate.
    private static func mayBeKnownKey(_ line: String) -> Bool {
        var line = line
        return line.withUTF8 { utf8 in
            guard utf8.prefix(120).contains(where: { $0 == 58 || $0 == 0x9A }) else { return false }
            var end = 0
            while end < utf8.count, utf8[end] != 58,
                !(utf8[end] == 0xEF && end + 2 < utf8.count && utf8[end + 1] == 0xBC && utf8[end + 2] == 0x9A)
            {
                end += 1
            }
            let key = UnsafeBufferPointer(rebasing: utf8[..<end])
            var afterWord = false
            var markupAfterWord = false
            for (i, byte) in key.enumerated() {
                // `*`, `` ` ``, `_`, `[`, `]`: what plain text may drop between two letters.
                if byte == 42 || byte == 96 || byte == 95 || byte == 91 || byte == 93 {
                    if byte == 93, i + 1 < key.count, key[i + 1] == 40 { return true }
                    markupAfterWord = markupAfterWord || afterWord
                    continue
                }
                let isWord = byte &- 97 < 26 || byte &- 65 < 26 || byte &- 48 < 10
                if isWord, markupAfterWord { return true }
                afterWord = isWord
                markupAfterWord = false
            }
            return keyWords.mayHold(key)
        }
    }

    /// The words of the keys the reader asks about: stack labels and defining titles.
    private static let keyWords = PhraseFilter(StackVocabulary.labelPhrases + KindPhrases.definingTitleWords)

    /// The field a known label stands for: its value after the colon (and any closing `**`).
    private static func field(_ label: StackVocabulary.Label, line: String, after colon: String.UnicodeScalarView.Index)
        -> Field
    {
        var value = line.unicodeScalars[line.unicodeScalars.index(after: colon)...]
        while let first = value.first, first == "*" || first == "_" { value = value.dropFirst() }
        let text = String(value)
        return Field(label: label, valueStart: line.utf8.count - text.utf8.count, value: text.trimmed)
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
