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
            .traditionalChinese
        ),
        ("- 所有文件一律使用正體中文撰寫", .traditionalChinese),
        ("Plans must be written in Chinese (zh-Hant).", .traditionalChinese),
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

    /// Every golden plan in Chinese or Japanese: each line the generator writes in Architecture, Key
    /// Components, Implementation Phases, Dependencies, Risks & Mitigations, Success Criteria and Notes
    /// (not a spec line it quotes: `FR-001: …`) is written in that script; in Spanish or Portuguese,
    /// none holds a sentence of the English table.
    @Test func goldenPlansWriteTheirOwnSentencesInTheirLanguage() throws {
        let folder = TestData.golden
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".plan.md") }
        var checked = 0
        var closing = 0
        for file in files.sorted() {
            let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            guard let language = Self.language(of: text), language != .english else { continue }
            checked += 1
            for line in Self.generatedLines(text) {
                if line.hasPrefix("- **Mitigation**") || !line.hasPrefix("- ") { closing += 1 }
                if [.chinese, .traditionalChinese, .japanese].contains(language) {
                    #expect(Self.cjkCount(line) >= 1, "\(file): an English line in a \(language) plan: \(line)")
                } else {
                    let english = Self.englishFragments.first { line.contains($0) }
                    #expect(english == nil, "\(file): \"\(english ?? "")\" in a \(language) plan: \(line)")
                }
            }
            for line in Self.componentLines(text) {
                let english = Self.englishComponentPhrases.first { line.contains($0) }
                #expect(english == nil, "\(file): \"\(english ?? "")\" in a \(language) plan: \(line)")
            }
        }
        #expect(checked >= 5, "the fixtures in Spanish, Portuguese, Chinese and Japanese have goldens")
        #expect(closing >= 20, "the risks and notes of those plans were checked")
    }

    /// The plan's language, by the name of its Testing phase.
    static func language(of plan: String) -> PlanLanguage? {
        PlanLanguage.allCases.first { plan.contains(": \($0.phrases.testingPhase) (") }
    }

    /// Fixed wording of the English tables that a Spanish or Portuguese plan must not hold.
    static let englishFragments: [String] = {
        let english = PlanPhrases.english
        let review = ReviewPhrases.english
        return [
            english.foundationPhase, english.crossCuttingPhase, english.scenario, english.edgeCase, english.implement,
            english.constitution, english.roles, english.changelog, english.noInternalDependencies,
            "Set up the", "Security: ", "Unit and integration tests", "Acceptance test", "Document the", "Update the",
            " implementing ", "none (", "(to add)", "(assumed default stack)", "Configure the", "Write each test",
            review.risk(.noRisks), review.risk(.oneRisk), review.risk(.unmitigated), review.risk(.unauthorizedAccess),
            review.criterion(.defaultGate), "Open question: ", "Answer it in spec.md", "Hard target", "Personal data: ",
            "Data migration: ", "Replacing what exists", "External services (", "rate limits", "Constitution gate: ",
            "Constitution principle upheld", "requirements met", "a passing test", "Tokens and secrets", "Keep ",
            "Put ", "Measure ", "Check roles", "Read from spec.md", "Aligned with the ", "Estimates: ",
            "No constitution found", "Stack: Language", "; tests: ", "Open clarifications", "Phases follow",
            "No success criteria", "No user stories", "Sources disagree",
        ]
    }()

    /// The purposes Key Components writes when the spec gives none.
    static let englishComponentPhrases: [String] = {
        let review = ReviewPhrases.english
        return [
            review.component(.noneNamedPurpose), review.component(.namedBySpec), review.component(.keyEntity),
        ]
    }()

    /// Lines the generator words: list items of Architecture, Implementation Phases and Dependencies,
    /// mitigations and the generator's risk titles, Success Criteria that are not the spec's own (`SC-001: …`),
    /// and Notes; never a requirement quoted with its id.
    static func generatedLines(_ plan: String) -> [String] {
        var section = ""
        var result: [String] = []
        var specsOwnRisk = false
        let listed = ["## Technical Approach", "## Implementation Phases", "## Dependencies", "## Notes"]
        for line in plan.split(separator: "\n").map(String.init) {
            if line.hasPrefix("## ") { section = line }
            if section == "## Risks & Mitigations" {
                if line.hasPrefix("<!--") { specsOwnRisk = line.contains("id=risk/spec-") }
                if line.hasPrefix("### Risk "), !specsOwnRisk, let colon = line.firstIndex(of: ":") {
                    result.append(String(line[line.index(after: colon)...]))
                } else if line.hasPrefix("- **Mitigation**: ") || (!line.hasPrefix("#") && !line.hasPrefix("<!--")) {
                    result.append(line)
                }
                continue
            }
            if section == "## Success Criteria", line.hasPrefix("- [") {
                let body = String(line.drop { $0 != "]" }.dropFirst(2))
                if body.range(of: #"^[A-Z]+-?[0-9]+[A-Za-z]?[:：]"#, options: .regularExpression) == nil {
                    result.append(body)
                }
                continue
            }
            guard listed.contains(section), line.hasPrefix("- "), !line.hasPrefix("- **Database**"),
                !line.hasPrefix("- **External Services**")
            else { continue }
            if line.range(of: #"^- [A-Z]+-?[0-9]+[A-Za-z]?: "#, options: .regularExpression) != nil { continue }
            if section == "## Dependencies", line.hasPrefix("- Spec ") { continue }
            result.append(line)
        }
        return result
    }

    /// The numbered lines of Key Components.
    static func componentLines(_ plan: String) -> [String] {
        guard let start = plan.range(of: "### Key Components") else { return [] }
        return plan[start.upperBound...].split(separator: "\n").prefix { !$0.hasPrefix("#") && !$0.hasPrefix("<!--") }
            .map(String.init)
    }

    /// Han characters and kana.
    static func cjkCount(_ line: String) -> Int {
        line.unicodeScalars.filter { (0x3040...0x30FF).contains($0.value) || (0x4E00...0x9FFF).contains($0.value) }
            .count
    }

    /// The stack's own labels are worded in the plan's language: "Next.js and React" and
    /// "TypeScript on Node.js" were left in English in Spanish and Chinese plans.
    @Test func theStacksLabelsAreJoinedInThePlansLanguage() throws {
        let spanish = PlanSync.render(try TestFiles.fixture("004-reservas-pista").inputs)
        #expect(spanish.contains("Next.js y React") && spanish.contains("TypeScript sobre Node.js"), "\(spanish)")
        let chinese = PlanSync.render(try TestFiles.fixture("013-baobiao-daochu").inputs)
        #expect(chinese.contains("TypeScript / Node.js") && chinese.contains("Next.js和React"), "\(chinese)")
        for plan in [spanish, chinese] {
            #expect(!plan.contains(" on Node.js") && !plan.contains("Next.js and React"))
        }
    }
}
