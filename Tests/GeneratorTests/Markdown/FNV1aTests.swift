import Testing

@testable import Generator

/// FNV-1a is stored: in every plan's section markers and inputs fingerprint. Its values are the
/// published test vectors, and `ContentHash` writes them as 16 hex digits.
@Suite struct FNV1aTests {
    @Test(arguments: [("", "cbf29ce484222325"), ("a", "af63dc4c8601ec8c"), ("foobar", "85944171f73967e8")])
    func contentHashesAreThePublishedValues(_ text: String, _ hex: String) {
        #expect(ContentHash.of(text) == hex)
        #expect(FNV1a.hash(Array(text.utf8)) == UInt64(hex, radix: 16))
    }

    @Test func wordIndexHashesWordsTheSameWay() {
        #expect(WordIndex.wordHashes("Foobar, a") == [FNV1a.hash(Array("foobar".utf8)), FNV1a.hash(Array("a".utf8))])
    }
}
