/// Reads the rows of a table of items (requirements, criteria, entities, components) through
/// its header: which cell is the id, the text, the priority, the stories. A table without a
/// header, or whose header says nothing known, is read by its cells' shapes: an id cell, and the
/// other cells as the text.
struct ItemColumns {
    private let roles: [TableColumn?]

    init(_ header: [String]) {
        roles = TableColumn.roles(header)
    }

    /// One row of items.
    struct Row {
        var id: ItemID?
        /// The text cells (and a target), quoted, joined by " — ".
        var text: String
        var priority: PriorityLevel?
        var stories: [Int]
    }

    func read(_ row: [String]) -> Row {
        var id: ItemID?
        var idCell: Int?
        if let column = roles.firstIndex(of: .id), column < row.count {
            id = Self.id(in: row[column])
            idCell = column
        }
        if id == nil, let found = row.indices.first(where: { Self.id(in: row[$0]) != nil }) {
            id = Self.id(in: row[found])
            idCell = found
        }
        let priority = cell(.priority, row).flatMap { PriorityLevel(value: QuotedText.of($0)) }
        let stories: [Int] =
            cell(.story, row).map { cell -> [Int] in
                let numbers = StoryReference.numbers(in: cell)
                if numbers.isEmpty, let number = Int(cell.trimmed) { return [number] }
                return numbers
            } ?? []
        let textCells = text(of: row, excluding: idCell)
        return Row(id: id, text: textCells.joined(separator: " — "), priority: priority, stories: stories)
    }

    /// Name and purpose of each row: the name column (or the first text cell), and the rest.
    func named(_ rows: [[String]]) -> [SpecComponent] {
        rows.compactMap { row in
            let nameColumn =
                roles.firstIndex(of: .name) ?? roles.firstIndex(where: { $0 == nil || $0 == .text || $0 == .id })
            guard let nameColumn, nameColumn < row.count else { return nil }
            let name = QuotedText.of(row[nameColumn])
            let purpose = text(of: row, excluding: nameColumn).filter { $0 != name }.joined(separator: " — ")
            return name.isEmpty ? nil : SpecComponent(name: name, purpose: purpose)
        }
    }

    /// The cells that carry the item's words: text columns first, then a target, else every
    /// cell of no bookkeeping role; quoted, empty and dash cells left out.
    private func text(of row: [String], excluding skipped: Int?) -> [String] {
        let bookkeeping: Set<TableColumn> = [.id, .priority, .status, .story, .impact, .duration]
        var preferred: [String] = []
        var others: [String] = []
        for (index, cell) in row.enumerated() where index != skipped {
            let text = QuotedText.of(cell)
            guard !text.isEmpty, text != "—", text != "-", text != "–", text != "N/A" else { continue }
            let role = index < roles.count ? roles[index] : nil
            if role == .text || role == .target || role == .name { preferred.append(text) }
            if role.map({ !bookkeeping.contains($0) }) ?? true { others.append(text) }
        }
        return preferred.isEmpty ? others : preferred
    }

    private func cell(_ role: TableColumn, _ row: [String]) -> String? {
        guard let column = roles.firstIndex(of: role), column < row.count else { return nil }
        return row[column]
    }

    /// The id that fills a cell (bold or code around it allowed).
    static func id(in cell: String) -> ItemID? {
        guard let match = ItemIDScanner.leading(in: "| " + cell + " |"), match.position == .tableCell else {
            return nil
        }
        return match.rest.trimming(" |").isEmpty ? match.id : nil
    }
}
