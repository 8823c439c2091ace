import Testing

@testable import Generator

/// The words requirements and stories are matched by, in every script.
struct SignificantWordsTests {
    @Test func aChineseRunGivesItsCharacterPairsWithoutTheOnesEveryRequirementUses() {
        #expect(SignificantWords.of("系统必须导出月度报表") == ["统必", "须导", "导出", "出月", "月度", "度报", "报表"])
    }

    @Test func hiraganaSeparatesJapaneseRuns() {
        let words = SignificantWords.of("予約を取り消す")
        #expect(words == ["予約"], "を and り are particles and endings; 取 alone is no pair")
    }

    @Test func accentsAreFoldedSoSpellingsWithAndWithoutThemMatch() {
        #expect(SignificantWords.of("Relatório de ocupação") == SignificantWords.of("relatorio de ocupacao"))
        #expect(SignificantWords.of("Réservation") == ["reservation"])
    }

    @Test func aLatinWordBesideIdeographsStaysAWord() {
        #expect(SignificantWords.of("导出PDF文件") == ["导出", "pdf", "文件"])
    }
}

/// `hashes(of:)` is `of(_:)` without the Strings: the same words, hashed.
struct SignificantWordHashesTests {
    @Test func hashesAreTheHashesOfTheWords() {
        for text in [
            "The importers MUST migrate existing records", "系统必须导出月度报表", "予約を取り消す", "Relatório de ocupação",
            "导出PDF文件 and classes", "ΣΥΣΤΗΜΑΤΑ Ünits ÉCOLES", "",
        ] {
            #expect(
                SignificantWords.hashes(of: text) == SignificantWords.of(text).map { FNV1a.hash($0.utf8) }, "\(text)")
        }
    }
}
