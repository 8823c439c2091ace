import Foundation
import Testing

@testable import Generator

/// Chinese plans in the script their readers write: a Traditional spec, a constitution asking for
/// 繁體中文 or `"language": "zh-TW"` gives Taiwan's Traditional Chinese; a Simplified spec keeps
/// Simplified. What plansync writes itself never mixes in the other script.
@Suite struct ChinesePlanLanguageTests {
    @Test func aTraditionalSpecGetsTraditionalPlans() throws {
        let inputs = try TestFiles.fixture("025-tingche-yuyue").inputs
        let plan = PlanSync.render(inputs)
        #expect(plan.contains(": 基礎與環境建置 (") && plan.contains(": 測試 (") && plan.contains(": 文件 ("))
        #expect(plan.contains("- 情境：假設週六下午還有兩個空車格"), "scenarios are introduced with Taiwan's word")
        #expect(!plan.contains("测试") && !plan.contains("场景") && !plan.contains("规格中未列出"))
    }

    @Test func aSimplifiedSpecKeepsSimplifiedPlans() throws {
        let plan = PlanSync.render(try TestFiles.fixture("013-baobiao-daochu").inputs)
        #expect(plan.contains(": 基础与环境搭建 (") && plan.contains(": 测试 ("))
        #expect(!plan.contains(": 測試 ("))
    }

    /// The fixture's spec is Simplified; its constitution asks for 繁體中文 (zh-TW).
    @Test func aConstitutionAskingForTraditionalBeatsASimplifiedSpec() throws {
        let inputs = try TestFiles.fixture("026-chaye-kucun").inputs
        #expect(inputs.constitution?.planLanguage == .traditionalChinese)
        let plan = PlanSync.render(inputs)
        #expect(plan.contains(": 基礎與環境建置 (") && plan.contains(": 測試 ("))
        #expect(plan.contains("- FR-001: 系统必须支持用平板摄像头扫描条码"), "the spec's text is quoted as written")
    }

    @Test(arguments: ["zh-TW", "zh-HK", "zh-Hant"])
    func theSettingAsksForTraditional(_ code: String) throws {
        var inputs = try TestFiles.fixture("013-baobiao-daochu").inputs
        inputs.options.language = PlanLanguage(code: code)
        let plan = PlanSync.render(inputs)
        #expect(plan.contains(": 測試 (") && !plan.contains(": 测试 ("))
        var simplified = try TestFiles.fixture("025-tingche-yuyue").inputs
        simplified.options.language = PlanLanguage(code: "zh")
        #expect(PlanSync.render(simplified).contains(": 测试 ("))
    }

    /// Every Chinese plan of the fixtures (and of the corpus, when it is there): the characters
    /// plansync wrote, everything but what it quotes from the spec and the constitution, hold no
    /// character of the other script.
    @Test func plansyncWritesNoCharacterOfTheOtherScript() throws {
        let traditional = Set(ChineseScript.pairs.map { Character($0.traditional) })
        let simplified = Set(ChineseScript.pairs.map { Character($0.simplified) })
        var checked: [PlanLanguage: Int] = [:]
        let cases = (TestFiles.fixtureCases() + TestFiles.corpusCases()).filter { testCase in
            (testCase.spec + (testCase.constitution ?? "")).unicodeScalars.contains { WritingScript($0) == .han }
        }
        for testCase in cases where !testCase.isUnfilledTemplate {
            let inputs = testCase.inputs
            let plan = PlanSync.render(inputs)
            guard let language = PlanLanguageTests.language(of: plan),
                language == .chinese || language == .traditionalChinese
            else { continue }
            checked[language, default: 0] += 1
            let wrong = language == .chinese ? traditional : simplified
            let quoted = Self.pairs(
                testCase.spec + "\n" + (testCase.constitution ?? "") + "\n" + "\(testCase.sources as Any)")
            for line in plan.split(separator: "\n") where !line.hasPrefix("<!--") {
                let written = Self.writtenByPlansync(Array(line.filter { $0 != " " }), quoting: quoted)
                let found = written.filter { wrong.contains($0) }
                #expect(found.isEmpty, "\(testCase.name): \(String(found)) in a \(language) plan: \(line)")
            }
        }
        #expect(checked[.chinese, default: 0] >= 2 && checked[.traditionalChinese, default: 0] >= 3)
    }

    /// The characters of `line` that are not part of a pair of characters found in the inputs
    /// it quotes (`inputs`: every pair of neighbouring characters of the spec, constitution and
    /// profile sources).
    static func writtenByPlansync(_ line: [Character], quoting inputs: Set<String>) -> [Character] {
        line.indices.filter { index in
            let before = index > 0 && inputs.contains(String(line[(index - 1)...index]))
            let after = index + 1 < line.count && inputs.contains(String(line[index...(index + 1)]))
            return !before && !after
        }.map { line[$0] }
    }

    /// Every pair of neighbouring characters of `text` without its spaces and bold marks (a
    /// scenario's `**当** 店员` is quoted as `，当店员`).
    static func pairs(_ text: String) -> Set<String> {
        let characters = Array(text.filter { $0 != " " && $0 != "*" })
        return Set(characters.indices.dropLast().map { String(characters[$0...($0 + 1)]) })
    }
}
