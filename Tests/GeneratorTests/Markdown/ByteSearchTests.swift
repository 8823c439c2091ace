import Testing

@testable import Generator

/// The readers' separators are searched as bytes; the answer must be the standard library's.
@Suite struct ByteSearchTests {
    @Test(arguments: [
        ("**Name**: value", "**"), ("a - b — c", " — "), ("x -\u{301} y - z", " - "), ("言語：TypeScript", "："),
        ("e\u{301}: x: ", ": "), ("none here", ": "), ("*(mandatory)* title", ")*"), ("", "**"),
    ])
    func findsWhatFirstRangeFinds(_ text: String, _ needle: String) {
        let slice = text.dropFirst()
        #expect(ByteSearch.firstRange(of: needle, in: text) == text.firstRange(of: needle))
        #expect(ByteSearch.firstRange(of: needle, in: slice) == slice.firstRange(of: needle))
    }
}
