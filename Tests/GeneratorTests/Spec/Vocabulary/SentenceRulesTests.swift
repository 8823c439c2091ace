import Foundation
import Testing

@testable import Generator

/// Sentences split, joined and cut by the rules of their script: Japanese and Chinese sentences
/// were joined into "…である。. …できる。.", and cut text ended inside a word or an id.
@Suite struct SentenceRulesTests {
    @Test(arguments: [
        ("Members book courts. The club sees them!", ["Members book courts.", "The club sees them!"]),
        ("It works, e.g. for files. Next.", ["It works, e.g. for files.", "Next."]),
        ("Run `make test. Then` stays whole. Done.", ["Run `make test. Then` stays whole.", "Done."]),
        (
            "See https://example.com/a.b and bruno.json. Then go.",
            ["See https://example.com/a.b and bruno.json.", "Then go."]
        ),
        ("Version 1.5 ships. FR-001. FR-002 follows.", ["Version 1.5 ships.", "FR-001.", "FR-002 follows."]),
        ("Written by J. Smith. He agrees.", ["Written by J. Smith.", "He agrees."]),
        ("He said (\"ready.\") Then left.", ["He said (\"ready.\")", "Then left."]),
        ("会员预订场地。俱乐部查看！可以吗？好", ["会员预订场地。", "俱乐部查看！", "可以吗？", "好"]),
        ("「開始した。」次に進む。", ["「開始した。」", "次に進む。"]),
        ("z. B. ein Test. Danach mehr.", ["z. B. ein Test.", "Danach mehr."]),
        ("No final mark", ["No final mark"]),
        ("Die Ampel soll anzeigen, wer gerade schießt...", ["Die Ampel soll anzeigen, wer gerade schießt..."]),
        ("Really?! Yes... And then.", ["Really?!", "Yes...", "And then."]),
    ])
    func sentencesSplitByTheirScript(text: String, sentences: [String]) {
        #expect(SentenceRules.sentences(in: text) == sentences, "\(text)")
    }

    /// A mark that a combining scalar joins is one character with it, no mark: the text is read
    /// without grapheme breaking only between scalars that cannot join (ASCII, CJK ideographs).
    @Test(arguments: [
        ("A dot.\u{301} Still one. Two.", ["A dot.\u{301} Still one.", "Two."]),
        ("第一句。\u{3099}仍然。第二句。", ["第一句。\u{3099}仍然。", "第二句。"]),
    ])
    func aMarkJoinedByACombiningScalarEndsNoSentence(text: String, sentences: [String]) {
        #expect(SentenceRules.sentences(in: text) == sentences, "\(text)")
    }

    @Test(arguments: [
        (["これはテストである。", "次に進むことができる。"], "これはテストである。次に進むことができる。"),
        (["这是测试", "可以继续"], "这是测试。可以继续"),
        (["这是测试，", "可以继续。"], "这是测试。可以继续。"),
        (["First one.", "Second one"], "First one. Second one"),
        (["First one", "Second one"], "First one. Second one"),
        (["First one,", "second"], "First one. second"),
        (["First one:", "Second"], "First one. Second"),
        (["Ends with a quote.\"", "Next."], "Ends with a quote.\" Next."),
        (["「完了した。」", "次へ。"], "「完了した。」次へ。"),
        (["", " Spaces ", ""], "Spaces"),
    ])
    func sentencesJoinByTheirScript(sentences: [String], joined: String) {
        let result = SentenceRules.joined(sentences)
        #expect(result == joined)
        #expect(!result.contains("。.") && !result.contains("。 ") && !result.contains(".."), "\(result)")
    }

    @Test(arguments: [
        ("Short.", 40, "Short.", TextCut.Boundary.whole),
        (
            "Members book courts online. The club sees the free ones and the booked ones.", 40,
            "Members book courts online.", .sentence
        ),
        (
            "The system exports FR-001 data to backend/** paths, then uploads it to the store", 60,
            "The system exports FR-001 data to backend/** paths", .clause
        ),
        ("Exports `go test ./...` results into a folder for review by the team", 30, "Exports `go test ./...`", .word),
        (
            "https://example.com/a/very/long/path/that/exceeds/the/limit and more", 20,
            "https://example.com/a/very/long/path/that/exceeds/the/limit", .word
        ),
        ("系统必须支持导出功能，用户可以选择格式，然后下载文件到本地目录中进行查看", 20, "系统必须支持导出功能，用户可以选择格式", .clause),
        ("系统必须支持导出功能然后下载文件到本地目录中进行查看和编辑", 10, "系统必须支持导出功能", .word),
        ("Ids like SC-001 and FR-020A never split apart in any cut at all", 24, "Ids like SC-001 and", .word),
    ])
    func cutsEndAtABoundary(text: String, limit: Int, head: String, boundary: TextCut.Boundary) {
        let cut = SentenceRules.cut(text, toAtMost: limit)
        #expect(cut.text == head, "\(text)")
        #expect(cut.boundary == boundary, "\(text)")
        #expect(cut.text.count <= limit || boundary == .word)
    }
}

/// The first few sentences of a long text, split only as far as they reach, are the first few
/// of the whole text's split: checked on every paragraph of every fixture and corpus spec.
@Suite struct FirstSentencesTests {
    @Test func theFirstSentencesOfAParagraphAreThoseOfTheWholeSplit() {
        let cases = TestFiles.fixtureCases() + TestFiles.corpusCases()
        var compared = 0
        for testCase in cases {
            for paragraph in testCase.spec.components(separatedBy: "\n\n") {
                let text = PlainText.collapsingSpaces(paragraph)
                let whole = SentenceRules.sentences(in: text)
                for limit in 1...3 {
                    #expect(
                        SentenceRules.sentences(in: text, limit: limit) == Array(whole.prefix(limit)),
                        "\(testCase.name): \(text.prefix(80))")
                }
                compared += 1
            }
        }
        #expect(compared > 100)
    }

    @Test func aLongTextGivesItsFirstSentencesWithoutTheRest() {
        let text = (1...200).map { "Sentence number \($0) ends here." }.joined(separator: " ")
        #expect(
            SentenceRules.sentences(in: text, limit: 2) == [
                "Sentence number 1 ends here.", "Sentence number 2 ends here.",
            ])
        #expect(SentenceRules.sentences(in: "One. Two.", limit: 3) == ["One.", "Two."])
    }
}
