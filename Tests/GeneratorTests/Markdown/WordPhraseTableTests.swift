import Testing

@testable import Generator

/// The signals' phrase lists are found in one pass over a text's words; they must answer as a
/// word index of the text would.
@Suite struct WordPhraseTableTests {
    @Test func findsEachGroupWhereAWordIndexFindsItsPhrases() {
        let groups = [["log in", "sign in"], ["página", "écran"], ["let's go"], ["fps"], ["ui"]]
        let table = WordPhraseTable(groups)
        for text in [
            "Users LOG\nIN with e-mail", "La PÁGINA principal", "let’s go now", "60 fps.", "guide", "sign-in page",
        ] {
            let index = WordIndex(text)
            #expect(table.groups(in: text) == groups.map { index.containsAny($0) }, "\(text)")
        }
        #expect(table.groups(in: "Users log in; Écran; 60 FPS") == [true, true, false, true, false])
    }

    @Test func hashesWordsAsTheirLowerCasedBytes() {
        #expect(
            WordIndex.wordHashes("Über 使用Go语言, ひらがな") == ["über", "使用go语言", "ひらがな"].map { FNV1a.hash(Array($0.utf8)) })
        #expect(
            WordIndex.wordHashes("Don’t ÉCRAN") == [FNV1a.hash(Array("don't".utf8)), FNV1a.hash(Array("écran".utf8))])
    }

    @Test func linesAreReadAsTheirTextJoinedByLineBreaks() {
        let lines = ["Users log", "in with the app's", "'", "", "Écran", "使用Go’", "fps"]
        #expect(WordHasher.hashes(ofLines: lines) == WordIndex.wordHashes(lines.joined(separator: "\n")))
        let table = WordPhraseTable([["log in"], ["sign in"], ["écran"]])
        #expect(table.groups(inLines: lines) == [true, false, true])
    }
}
