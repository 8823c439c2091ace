import Testing

@testable import Generator

/// Ids of every shape, kept verbatim: `OR-001`, `RF-001` and `CS-001` were dropped, `FR-020A`
/// became "FR-020: A:", and requirements in tables were not found at all.
@Suite struct ItemIDScannerTests {
    /// (line, id, position, bold, rest)
    static let leading: [(String, String, ItemPosition, Bool, String)] = [
        ("- **FR-001**: System MUST export CSV", "FR-001", .listItem, true, "System MUST export CSV"),
        ("- **FR-020A**: Imports keep their order", "FR-020A", .listItem, true, "Imports keep their order"),
        ("* FR-001a: lower-case suffix", "FR-001a", .listItem, false, "lower-case suffix"),
        ("1. NFR-003 — p95 under 200 ms", "NFR-003", .listItem, false, "p95 under 200 ms"),
        ("- [ ] OR-001: operators can pause jobs", "OR-001", .listItem, false, "operators can pause jobs"),
        ("- **RF-001**: O sistema DEVE exportar", "RF-001", .listItem, true, "O sistema DEVE exportar"),
        ("- **CS-001**: 90% dos usuários concluem", "CS-001", .listItem, true, "90% dos usuários concluem"),
        ("**SC-001**: Export finishes in 2 s", "SC-001", .lineStart, true, "Export finishes in 2 s"),
        ("**FR-002:** colon inside the bold", "FR-002", .lineStart, true, "colon inside the bold"),
        ("US-01 As a member I book a court", "US-01", .lineStart, false, "As a member I book a court"),
        ("### EC-001: Empty collection", "EC-001", .heading, false, "Empty collection"),
        ("### AC3: Nested folders", "AC3", .heading, false, "Nested folders"),
        ("| FR-003 | Export to PDF | P1 |", "FR-003", .tableCell, false, "Export to PDF | P1 |"),
        ("| **SC-004** | 95% success |", "SC-004", .tableCell, true, "95% success |"),
        ("- **FR-005 Export**: CSV and PDF", "FR-005", .listItem, true, "Export: CSV and PDF"),
        ("- `FR-006`: in code", "FR-006", .listItem, false, "in code"),
        ("- [FR-007] bracketed", "FR-007", .listItem, false, "bracketed"),
        ("- **FR-001.2**: a sub-requirement", "FR-001.2", .listItem, true, "a sub-requirement"),
        ("- **FR-008**：全角コロン", "FR-008", .listItem, true, "全角コロン"),
    ]

    @Test(arguments: leading)
    func idsThatOpenALineAreFoundVerbatim(line: String, id: String, position: ItemPosition, bold: Bool, rest: String)
        throws
    {
        let match = try #require(ItemIDScanner.leading(in: line), "\(line)")
        #expect(match.id.text == id)
        #expect(match.position == position)
        #expect(match.isBold == bold)
        #expect(match.rest == rest)
    }

    @Test func idPartsAreKept() throws {
        let id = try #require(ItemIDScanner.leading(in: "- **FR-020A**: x")?.id)
        #expect(id.prefix == "FR")
        #expect(id.number == "020")
        #expect(id.suffix == "A")
        #expect(id.value == 20)
    }

    @Test(arguments: [
        ("Covers FR-001, FR-002 and SC-003.", ["FR-001", "FR-002", "SC-003"]),
        ("| US-02 | depends on FR-010 | EC-004 |", ["US-02", "FR-010", "EC-004"]),
        ("参见FR-001的说明", ["FR-001"]),
        ("UTF-8, ISO-8601, SHA-256, COVID-19, CVE-2021-1234 and GPT-4 are no ids", []),
        ("a-FR-001 and x/FR-002 and FR-003x9 are not ids; FR-004 is", ["FR-004"]),
        ("Version 1.2-FR is not, nor is F-001 or ABCDEF-001", []),
    ])
    func everyIdOfALineIsFound(line: String, ids: [String]) {
        #expect(ItemIDScanner.all(in: line).map(\.id.text) == ids, "\(line)")
    }

    @Test func idsInTableCellsAreMarkedAsCells() {
        let matches = ItemIDScanner.all(in: "| Story | US-02 | see FR-001 |")
        #expect(matches.map(\.position) == [.tableCell, .inline])
    }

    @Test(arguments: [
        ("FR", ItemKind.requirement(.functional)), ("NFR", .requirement(.nonFunctional)),
        ("RF", .requirement(.functional)),
        ("RNF", .requirement(.nonFunctional)), ("EF", .requirement(.functional)), ("FA", .requirement(.functional)),
        ("OR", .requirement(.general)), ("SC", .successCriterion), ("CS", .successCriterion), ("CE", .successCriterion),
        ("EK", .successCriterion), ("US", .userStory), ("HU", .userStory), ("AC", .acceptance), ("CA", .acceptance),
        ("EC", .edgeCase),
    ])
    func prefixesNameTheirKindInEveryLanguage(prefix: String, kind: ItemKind) {
        #expect(ItemKind(prefix: prefix) == kind)
    }

    @Test(arguments: [
        ("REQ-001", SectionMeaning.requirements(.security) as SectionMeaning?, ItemKind.requirement(.security)),
        ("FR-001", .successCriteria, .requirement(.functional)),
        ("XYZ-001", .successCriteria, .successCriterion),
        ("XYZ-001", .edgeCases, .edgeCase),
        ("XYZ-001", .requirements(.performance), .requirement(.performance)),
        ("XYZ-001", .overview, .other),
        ("XYZ-001", nil, .other),
        ("CS-002", .successCriteria, .successCriterion),
    ])
    func theSectionDecidesWhatThePrefixLeavesOpen(text: String, section: SectionMeaning?, kind: ItemKind) throws {
        let id = try #require(ItemIDScanner.leading(in: text)?.id)
        #expect(ItemKind.of(id, in: section) == kind, "\(text) in \(String(describing: section))")
    }
}
