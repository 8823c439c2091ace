import Testing

@testable import Generator

/// The pair mask only ever rules out keywords that are not in a text.
struct BytePairMaskTests {
    @Test func aTextCoversEveryKeywordItHolds() {
        let text = ByteString(lowercasing: "The importer MUST migrate existing records to the new schema")
        let mask = BytePairMask(text.bytes)
        for word in ["migrate", "records", "schema", "the new", "t", ""] {
            #expect(mask.covers(BytePairMask(ByteString(lowercasing: word).bytes)), "\(word)")
        }
    }

    @Test func aKeywordWithAPairTheTextLacksIsRuledOut() {
        let mask = BytePairMask(ByteString(lowercasing: "Show the weather").bytes)
        #expect(!mask.covers(BytePairMask(ByteString(lowercasing: "payment").bytes)))
        #expect(!mask.covers(BytePairMask(ByteString(lowercasing: "credit card").bytes)))
    }
}
