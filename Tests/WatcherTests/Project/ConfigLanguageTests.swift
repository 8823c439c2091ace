import Generator
import Testing

@testable import Watcher

/// `"language"` in config.json and `.plansync.json`: a plan language's code or `"auto"`, the
/// project's word over the user's.
@Suite struct ConfigLanguageTests {
    @Test(arguments: [
        ("\"es\"", PlanLanguage.spanish), ("\"zh\"", .chinese), ("\"zh-Hant\"", .traditionalChinese),
        ("\"zh-TW\"", .traditionalChinese), ("\"zh-HK\"", .traditionalChinese), ("\"auto\"", nil),
    ])
    func configSetsThePlansLanguage(_ value: String, _ language: PlanLanguage?) throws {
        let json = try JSONValue.parse(Array("{\"language\": \(value)}".utf8))
        #expect(try Config.parse(json, path: "/project/config.json").options.language == language)
    }

    @Test(arguments: ["\"fr\"", "\"Spanish\"", "\"zh-tw\"", "\"zh-CN\"", "1", "null"])
    func anUnknownLanguageIsRefusedWithTheKnownOnes(_ value: String) throws {
        let json = try JSONValue.parse(Array("{\"language\": \(value)}".utf8))
        #expect {
            try Config.parse(json, path: "/project/config.json")
        } throws: { error in
            "\(error)".contains(#""language" must be one of "auto", "en", "zh", "zh-Hant", "zh-HK", "zh-TW", "ja", "es", "pt""#)
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
}
