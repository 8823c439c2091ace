import Foundation
import Generator
import Testing

@testable import Watcher

/// `"language"` in config.json and `.plansync.json`: a plan language's code or `"auto"`, the
/// project's word over the user's.
@Suite struct ConfigLanguageTests {
    @Test(arguments: [
        ("\"es\"", PlanLanguage.spanish), ("\"zh\"", .chinese), ("\"zh-Hant\"", .traditionalChinese),
        ("\"zh-TW\"", .traditionalChinese), ("\"zh-HK\"", .traditionalChinese), ("\"zh-tw\"", .traditionalChinese),
        ("\"zh-CN\"", .chinese), ("\"ZH-hans\"", .chinese), ("\"auto\"", nil),
    ])
    func configSetsThePlansLanguage(_ value: String, _ language: PlanLanguage?) throws {
        let json = try JSONValue.parse(Array("{\"language\": \(value)}".utf8))
        #expect(try Config.parse(json, path: "/project/config.json").options.language == language)
    }

    @Test(arguments: ["\"fr\"", "\"Spanish\"", "\"zh-Latn\"", "\"chinese\"", "1", "null"])
    func anUnknownLanguageIsRefusedWithTheKnownOnes(_ value: String) throws {
        let json = try JSONValue.parse(Array("{\"language\": \(value)}".utf8))
        #expect {
            try Config.parse(json, path: "/project/config.json")
        } throws: { error in
            "\(error)".contains(
                #""language" must be one of "auto", "en", "zh", "zh-CN", "zh-Hans", "zh-SG", "zh-Hant", "zh-HK", "zh-MO", "zh-TW", "ja", "es", "pt""#
            )
        }
    }

    /// A project's `"auto"` beats the user's fixed language, and its fixed language beats theirs.
    @Test func theProjectsLanguageBeatsTheConfigs() throws {
        let auto = try ProjectSettings.parse(Array(#"{"language": "auto"}"#.utf8), path: ".plansync.json")
        #expect(auto.language == LanguageSetting(language: nil))
        let spanish = try ProjectSettings.parse(Array(#"{"language": "es"}"#.utf8), path: ".plansync.json")
        #expect(spanish.language == LanguageSetting(language: .spanish))
        let taiwan = try ProjectSettings.parse(Array(#"{"language": "zh-TW"}"#.utf8), path: ".plansync.json")
        #expect(taiwan.language == LanguageSetting(language: .traditionalChinese))
        let none = try ProjectSettings.parse(Array("{}".utf8), path: ".plansync.json")
        #expect(none.language == nil)
    }

    /// The real binary with `"language": "zh-TW"` in config.json: an English spec's plan is
    /// written in Traditional Chinese, whatever the code's case; a bad code is refused with the
    /// accepted ones (exit 78).
    @Test func generateWritesTraditionalChineseForZhTW() throws {
        let scratch = try Scratch()
        let root = try ProfileSourcesCommandTests.project(in: scratch)
        try scratch.write("config.json", #"{"roots": ["project"], "language": "zh-TW"}"#)
        let result = try Plansync.run(["generate", "--config", "config.json"], in: scratch.url)
        #expect(result.status == 0, "\(result.output)")
        let plan = try ProfileSourcesCommandTests.plan(root)
        #expect(plan.contains("### Phase 1: 基礎與環境建置 (") && plan.contains(": 測試 ("), "\(plan)")
        try scratch.write("config.json", #"{"roots": ["project"], "language": "zh-tw"}"#)
        let lowerCase = try Plansync.run(["generate", "--config", "config.json"], in: scratch.url)
        #expect(lowerCase.status == 0, "\(lowerCase.output)")
        #expect(try ProfileSourcesCommandTests.plan(root) == plan)
        try scratch.write("config.json", #"{"roots": ["project"], "language": "chinese"}"#)
        let refused = try Plansync.run(["generate", "--config", "config.json"], in: scratch.url)
        #expect(refused.status == 78, "\(refused.output)")
        #expect(refused.stderr.contains(#""zh-Hant", "zh-HK", "zh-MO", "zh-TW""#), "\(refused.stderr)")
    }
}
