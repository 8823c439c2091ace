import Testing

@testable import Generator

/// A Chinese text's script, from the characters only one script has.
@Suite struct ChineseScriptTests {
    @Test(arguments: [
        ("系統必須讓使用者匯出資料，並記錄每一次的錯誤訊息。", ChineseScript.traditional),
        ("系统必须让用户导出数据，并记录每一次的错误信息。", .simplified),
        ("**FR-001**: 使用者可以設定通知時間 `notify_at`（預設 09:00）🚀", .traditional),
        // Shared characters only (中文, 的, 日期): nothing tells, and Simplified stays, as before.
        ("中文的日期", .simplified),
        ("", .simplified),
        ("Plain English with an emoji 🙂 and a 𠀋 outside the table.", .simplified),
    ])
    func theScriptIsTheOneMostOneScriptCharactersBelongTo(_ text: String, _ script: ChineseScript) {
        #expect(ChineseScript.of(text) == script)
    }

    /// A Traditional spec that quotes a few Simplified words (an error message from a library)
    /// is still Traditional.
    @Test func aFewWordsOfTheOtherScriptDoNotTurnIt() {
        let text = "當連線逾時時，工具應顯示錯誤訊息並重試三次。日誌中會出現「连接超时」這類訊息，使用者可在設定中關閉重試。"
        #expect(ChineseScript.of(text) == .traditional)
    }

    /// Each pair is two different characters, each in one list only, all in the range the table covers.
    @Test func everyPairIsTwoCharactersOfOneScriptEach() {
        let traditional = ChineseScript.pairs.map(\.traditional)
        let simplified = ChineseScript.pairs.map(\.simplified)
        #expect(Set(traditional).count == traditional.count && Set(simplified).count == simplified.count)
        #expect(Set(traditional).isDisjoint(with: simplified))
        #expect(ChineseScript.pairs.allSatisfy { (0x4E00...0x9FFF).contains($0.traditional.value) })
        #expect(ChineseScript.pairs.allSatisfy { (0x4E00...0x9FFF).contains($0.simplified.value) })
        #expect(ChineseScript.pairs.count >= 100)
    }

    /// A spec is read for its script only when it is Chinese: other specs have none.
    @Test func onlyChineseSpecsHaveAScript() {
        let chinese = SpecParser.parse("# 功能規格：匯出報表\n\n使用者可以把每月的報表匯出成檔案，系統會記錄每一次匯出。", folder: "001-x")
        #expect(chinese.language == .chinese && chinese.chineseScript == .traditional)
        let english = SpecParser.parse(
            "# Feature Specification: Export\n\nUsers export the monthly report.", folder: "001-x")
        #expect(english.chineseScript == nil)
    }
}
