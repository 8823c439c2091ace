/// One id found in a line.
public struct ItemIDMatch: Hashable, Sendable {
    public let id: ItemID
    public let position: ItemPosition
    /// Whether the id is in bold (`**FR-001**`).
    public let isBold: Bool
    /// For an id that opens the line, what follows it and its separator (`: `, ` — `, `**:`),
    /// with the bold that wrapped the id removed: `- **FR-001 Export**: CSV` gives `Export: CSV`.
    /// For a table row, the rest of the row after the id's cell. Empty for inline ids.
    public let rest: String
}
