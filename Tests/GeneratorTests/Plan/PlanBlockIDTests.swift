import Testing

@testable import Generator

/// Block ids are the marker text of every plan on disk: reading one and writing it back must give
/// the same bytes, or a plan would change (or lose a block) only for being read.
@Suite struct PlanBlockIDTests {
    @Test(arguments: [
        "title", "summary", "approach", "phases", "phase/foundation", "phase/story-draw-arrows-2", "dependencies",
        "risks", "risk/question-what-about-refunds", "criteria", "timeline", "notes", "phase/", "risk/a/b",
        "my-own", "summary/extra", "/summary", "phase", "Summary", "",
    ])
    func everyIdReadIsWrittenBackAsItWas(_ text: String) {
        #expect(PlanBlockID(rawValue: text).rawValue == text)
    }

    @Test func generatedIdsAreReadAsTheSameCase() {
        let ids: [PlanBlockID] = [
            .title, .summary, .approach, .phases, .phase("testing"), .dependencies, .risks, .risk("access"),
            .criteria, .timeline, .notes,
        ]
        #expect(ids.map { PlanBlockID(rawValue: $0.rawValue) } == ids)
        #expect(
            PlanBlockID(rawValue: "phase/testing") == .phase("testing")
                && PlanBlockID(rawValue: "notes/x") == .unknown("notes/x"))
    }

    @Test(arguments: [
        ("phase/testing", "Implementation Phases"), ("phases", "Implementation Phases"),
        ("risk/scope", "Risks & Mitigations"),
        ("criteria", "Success Criteria"), ("summary/extra", "Feature Summary"), ("phase", "Implementation Phases"),
        ("/notes", "Notes"), ("my-own", "my-own"), ("my/own", "my/own"),
    ])
    func sectionNamesOfKnownAndUnknownIds(_ id: String, _ name: String) {
        #expect(PlanBlockID(rawValue: id).sectionName == name)
    }
}

/// A key made from a title's bytes is the one its `Character`s give.
struct PlanBlockKeyTests {
    @Test func keysKeepOnlyASCIILettersAndDigitsThatAreCharactersOfTheirOwn() {
        for title in [
            "Phase 1: **Import** the `data`!", "Re\u{301}sume\u{301} builder", "Café crème", "导出报表 (P1)", "İstanbul",
            "\u{212A}elvin", "  --Trailing--  ", String(repeating: "long title words ", count: 6), "",
        ] {
            var expected = ""
            for c in PlainText.of(title).lowercased() {
                if c.isASCII && (c.isLetter || c.isNumber) {
                    expected.append(c)
                } else if !expected.isEmpty, expected.last != "-" {
                    expected.append("-")
                }
            }
            while expected.last == "-" { expected.removeLast() }
            #expect(PlanBlockID.key(from: title) == String(expected.prefix(48)), "\(title)")
        }
    }
}
