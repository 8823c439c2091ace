import Foundation
import Testing

@testable import Generator

/// A plan writes its own sentences in one language: `"language"` in the settings, else the one
/// the constitution requires, else the spec's; its headings stay the format's, and what it
/// quotes from the spec stays as written.
@Suite struct PlanLanguageTests {
    @Test(arguments: [
        ("All plans and user documentation MUST be written in Spanish.", PlanLanguage.spanish),
        (
            "**All specifications, plans, and user-facing documentation MUST be written in Traditional Chinese (繁體中文, zh-TW).**",
            .chinese
        ),
        ("- 文档必须使用中文编写", .chinese),
        ("- 計画書とドキュメントは日本語で記述すること", .japanese),
        ("Toda la documentación y los planes deben escribirse en español.", .spanish),
        ("Os planos e a documentação devem ser escritos em português.", .portuguese),
    ])
    func constitutionRequiresALanguage(_ line: String, _ language: PlanLanguage) {
        #expect(PlanLanguageStatement.language(of: line) == language)
    }

    @Test(arguments: [
        "- ✅ **Internal technical documentation** - May use English if team agrees",
        "- **UI 言語**: 日本語（ユーザー向け文字列はすべて日本語）",
        "- Code identifiers MUST be in English.",
        "User documentation MUST be available in English and Spanish.",
    ])
    func otherLinesRequireNoLanguage(_ line: String) {
        #expect(PlanLanguageStatement.language(of: line) == nil)
    }

    /// The fixture whose spec is in English and whose constitution requires Spanish plans.
    @Test func theConstitutionBeatsTheSpecsLanguage() throws {
        let inputs = try TestFiles.fixture("huerta-share", "001-plot-swaps").inputs
        let plan = PlanSync.render(inputs)
        #expect(plan.contains(": Base y configuración (") && plan.contains(": Pruebas ("), "the plan is not in Spanish")
        #expect(
            !plan.contains("Foundation & Setup") && !plan.contains("\n- Scenario: ") && plan.contains("\n- Escenario: ")
        )
        #expect(plan.contains("## Implementation Phases"), "the format's headings stay English")
    }

    @Test func theSettingBeatsAChineseSpec() throws {
        var inputs = try TestFiles.fixture("013-baobiao-daochu").inputs
        #expect(PlanSync.render(inputs).contains(": 测试 ("))
        inputs.options.language = .english
        let plan = PlanSync.render(inputs)
        #expect(plan.contains(": Testing (") && plan.contains(": Foundation & Setup ("))
        #expect(!plan.contains("场景：") && !plan.contains("基础与环境搭建"), "a Chinese sentence stayed in an English plan")
        #expect(plan.contains("FR-001: 系统必须支持按月份导出 Excel 文件"), "the spec's text is quoted as written")
    }

    @Test func theSettingBeatsTheConstitution() throws {
        var inputs = try TestFiles.fixture("huerta-share", "001-plot-swaps").inputs
        inputs.options.language = .portuguese
        #expect(PlanSync.render(inputs).contains(": Testes ("))
    }

    /// Every golden plan in Chinese or Japanese: each line the generator writes in Architecture,
    /// Implementation Phases and Dependencies (not a spec line it quotes: `FR-001: …`) is written in
    /// that script; in Spanish or Portuguese, none holds a sentence of the English table.
    @Test func goldenPlansWriteTheirOwnSentencesInTheirLanguage() throws {
        let folder = TestData.golden
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".plan.md") }
        var checked = 0
        for file in files.sorted() {
            let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            guard let language = Self.language(of: text), language != .english else { continue }
            checked += 1
            for line in Self.generatedLines(text) {
                if language == .chinese || language == .japanese {
                    #expect(Self.cjkCount(line) >= 1, "\(file): an English line in a \(language) plan: \(line)")
                } else {
                    let english = Self.englishFragments.first { line.contains($0) }
                    #expect(english == nil, "\(file): \"\(english ?? "")\" in a \(language) plan: \(line)")
                }
            }
        }
        #expect(checked >= 5, "the fixtures in Spanish, Portuguese, Chinese and Japanese have goldens")
    }

    /// The plan's language, by the name of its Testing phase.
    static func language(of plan: String) -> PlanLanguage? {
        PlanLanguage.allCases.first { plan.contains(": \($0.phrases.testingPhase) (") }
    }

    /// Fixed wording of the English table that a Spanish or Portuguese plan must not hold.
    static let englishFragments: [String] = {
        let english = PlanPhrases.english
        return [
            english.foundationPhase, english.crossCuttingPhase, english.scenario, english.edgeCase, english.implement,
            english.constitution, english.roles, english.changelog, english.noInternalDependencies,
            "Set up the", "Security: ", "Unit and integration tests", "Acceptance test", "Document the", "Update the",
            " implementing ", "none (", "(to add)", "(assumed default stack)", "Configure the", "Write each test",
        ]
    }()

    /// Lines of Architecture, Implementation Phases and Dependencies the generator words: list items
    /// that are not a requirement quoted with its id.
    static func generatedLines(_ plan: String) -> [String] {
        var section = ""
        var result: [String] = []
        for line in plan.split(separator: "\n").map(String.init) {
            if line.hasPrefix("## ") { section = line }
            guard ["## Technical Approach", "## Implementation Phases", "## Dependencies"].contains(section),
                line.hasPrefix("- "), !line.hasPrefix("- **Database**"), !line.hasPrefix("- **External Services**")
            else { continue }
            if line.range(of: #"^- [A-Z]+-?[0-9]+[A-Za-z]?: "#, options: .regularExpression) != nil { continue }
            if section == "## Dependencies", line.hasPrefix("- Spec ") { continue }
            result.append(line)
        }
        return result
    }

    /// Han characters and kana.
    static func cjkCount(_ line: String) -> Int {
        line.unicodeScalars.filter { (0x3040...0x30FF).contains($0.value) || (0x4E00...0x9FFF).contains($0.value) }
            .count
    }
}
