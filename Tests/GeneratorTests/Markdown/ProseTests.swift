import Testing

@testable import Generator

/// The small wording helpers every section of a plan uses.
@Suite struct ProseTests {
    @Test func listsReadAsEnglish() {
        #expect(Prose.list([String]()) == "" && Prose.list(["A"]) == "A" && Prose.list(["A", "B"]) == "A and B")
        #expect(Prose.list(["A", "B", "C"]) == "A, B and C")
    }

    @Test func firstLettersAreUpperCasedOnlyWhenLowerCase() {
        #expect(
            ["support X", "Support X", "élan", "日本", "", "9 lives"].map(Prose.upperCasingFirstLetter) == [
                "Support X", "Support X", "Élan", "日本", "", "9 lives",
            ])
    }

    @Test func idRangesNameTheFirstAndLastId() {
        #expect(
            Prose.idRange([]) == "" && Prose.idRange(["FR-001"]) == " (FR-001)"
                && Prose.idRange(["FR-001", "FR-002", "FR-009"]) == " (FR-001–FR-009)")
    }

    @Test func repeatedItemsAreKeptOnceWhereTheyFirstOccur() {
        #expect(["b", "a", "b", "c", "a"].uniqued() == ["b", "a", "c"])
    }
}
