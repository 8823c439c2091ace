import Testing

@testable import Generator

/// The byte tests that spare most text a copy must still send every blank run to be collapsed.
@Suite struct UTF8ScanTests {
    @Test(arguments: [
        ("plain words", "plain words"), (" lead", "lead"), ("trail ", "trail"), ("a  b", "a b"), ("a\tb", "a b"),
        ("a\nb", "a b"), ("", ""), ("é  ü", "é ü"), ("\u{2009}thin", "\u{2009}thin"),
    ])
    func collapsingSpacesChangesExactlyTheTextsWithBlanksToCollapse(_ text: String, _ expected: String) {
        #expect(PlainText.collapsingSpaces(text) == expected)
        #expect(UTF8Scan.hasBlanksToCollapse(text) == (text != expected))
    }

    @Test func lineEndsAreFoundInsideCRLF() {
        #expect("a\r\nb\rc".replacingCRLF() == "a\nb\nc")
        #expect(UTF8Scan.contains(13, in: "a\r\nb"))
        #expect(!UTF8Scan.contains(13, in: "a\nb"))
    }
}
