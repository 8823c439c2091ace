/// Where an id stands in its line.
public enum ItemPosition: Hashable, Sendable {
    /// Opens a list item: `- **FR-001**: …`, `1. FR-001 — …`, `- [ ] FR-001 …`.
    case listItem
    /// Opens a heading: `### EC-003: Empty file`, `### AC1: Basic conversion`.
    case heading
    /// Fills a table cell: `| FR-001 | … |`, `| **SC-002** | … |`.
    case tableCell
    /// Opens a plain line: `**FR-001**: …`, `FR-001: …`.
    case lineStart
    /// Anywhere else: a reference in prose.
    case inline
}
