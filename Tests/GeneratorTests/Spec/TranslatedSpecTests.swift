import Testing

@testable import Generator

/// Specs written in Spanish, Portuguese, Chinese, Japanese, French and German, headings,
/// priorities, ids and Given/When/Then included, read as the English template is: ids verbatim,
/// scenarios as sentences of their own language, summaries joined by the rules of their script.
@Suite struct TranslatedSpecTests {
    @Test func aSpanishSpecGivesItsTablesPrioritiesAndScenarios() throws {
        let read = try FixtureReading("010-reservas-salas")
        #expect(read.spec.language == .spanish)
        #expect(
            read.spec.input?.hasPrefix("Quiero que los músicos") == true,
            "the \"Descripcion del usuario:\" prefix must be stripped")
        #expect(read.spec.requirements.map(\.id) == ["RF-001", "RF-002", "RF-003", "RF-004", "RF-005"])
        #expect(
            read.spec.requirements.map { $0.priority?.rank } == [1, 1, 2, 2, 3],
            "Alta, Media, Baja in the priority column")
        #expect(read.spec.successCriteria.map(\.id) == ["CE-001", "CE-002"])
        #expect(read.spec.stories.map { $0.priority?.rank } == [1, 2, 0])
        #expect(
            read.spec.stories[1].scenarios.count == 2, "the Dado | Cuando | Entonces table gives one scenario per row")
        #expect(
            read.phaseHeadings[1].hasPrefix("### Phase 2: Ver la ocupación del día (P0)"),
            "P0 is planned before P1: \(read.phaseHeadings)")
        #expect(
            read.plan.contains(
                "- Escenario: Dado una sala libre el martes a las 18:00, cuando el músico la reserva dos horas, entonces la sala queda ocupada de 18:00 a 20:00"
            ))
        #expect(
            read.plan.contains(
                "- Escenario: Dado una reserva para mañana a las 10:00, cuando el músico la anula hoy a las 9:00, entonces"
            ))
        #expect(
            read.plan.contains(
                "- [ ] CE-002: Reservas duplicadas de la misma franja — ninguna en 1,000 reservas de prueba"))
        #expect(read.plan.contains("### Risk 1: Pregunta abierta: RF-003: ¿con tarjeta o con saldo prepagado?"))
        #expect(read.section("Dependencies").contains("- Ninguna"), "\"1,000\" names no feature")
    }

    @Test func aPortugueseSpecKeepsItsCriteriaWithTheirIds() throws {
        let read = try FixtureReading("011-relatorios-vendas")
        #expect(read.spec.language == .portuguese)
        #expect(
            read.spec.successCriteria.map(\.id) == ["CS-001", "CS-002"],
            "Portuguese success criteria (CS-) came out empty")
        #expect(read.spec.requirements.map(\.id) == ["RF-001", "RF-002", "RF-003", "RF-003A"])
        #expect(
            read.section("Success Criteria").prefix(2) == [
                "- [ ] CS-001: O relatório de 200 lojas abre em menos de 2 segundos",
                "- [ ] CS-002: 95% dos gerentes exportam o CSV sem ajuda na primeira tentativa",
            ])
        #expect(
            read.plan.contains("- RF-003A: O arquivo exportado DEVE usar vírgula como separador decimal"),
            "RF-003A must not become \"RF-003: A:\"")
        #expect(
            read.plan.contains(
                "- Cenário: Dado duas lojas com vendas na semana, quando o gerente abre o relatório, então vê uma linha por loja e o total geral"
            ))
        #expect(
            !read.plan.contains("No SC-###") && !read.plan.contains("No success criteria"),
            "Notes must not deny the criteria the spec has")
    }

    @Test func aChineseSpecIsJoinedWithoutLatinFullStops() throws {
        let read = try FixtureReading("013-baobiao-daochu")
        #expect(read.spec.language == .chinese)
        #expect(
            read.section("Feature Summary") == ["财务人员需要把月度报表导出为 Excel 和 PDF。导出的文件要保留原来的格式。"],
            "the 用户描述 prefix stripped, no \"。.\" or \". \" after 。")
        #expect(read.spec.stories.map { $0.priority?.rank } == [2, 1], "（优先级：P2） read from full-width brackets")
        #expect(read.phaseHeadings[1] == "### Phase 2: 导出为 PDF (P1) (Day 3)")
        #expect(read.plan.contains("- 场景：假设报表有 120 行，当导出 PDF，那么每页显示 40 行并带页码"))
        #expect(read.plan.contains("- 场景：假设报表没有任何记录，当点击导出，那么系统提示\"没有可导出的数据\""), "plain 假设/当/那么 without bold")
        #expect(!read.plan.contains("。."))
    }

    @Test func aJapaneseSpecGivesItsScenariosIncludingTheTokiForm() throws {
        let read = try FixtureReading("014-yoyaku-tsuchi")
        #expect(read.spec.language == .japanese)
        #expect(read.section("Feature Summary") == ["予約の前日に患者へリマインダーを送りたい。患者は返信で予約を取り消せる。"])
        #expect(read.spec.stories.allSatisfy { !$0.scenarios.isEmpty })
        #expect(read.plan.contains("- シナリオ：前提：明日10時の予約がある、もし今日18時になる、ならば患者にリマインダーが届く"))
        #expect(read.plan.contains("- シナリオ：前提：予約がすでに取り消されている、今日18時になったとき、ならばリマインダーは送られない"))
        #expect(read.plan.contains("もし「取消」と返信する"), "no space between a Japanese keyword and 「")
    }

    @Test(arguments: [
        (
            "lantern-cli", "001-convertir-notes",
            "- Scenario: Étant donné une note sans titre, quand elle est convertie, alors le nom du fichier sert de titre"
        ),
        (
            "ampel-board", "001-ampel-steuerung",
            "- Scenario: Angenommen die Zeit läuft ab, wenn noch 30 Sekunden bleiben, dann schaltet die Ampel auf Gelb"
        ),
        (
            "merge-digest", "002-pr-summary",
            "- 场景：假设 GitLab 与 Bitbucket 各有两个已合并请求，当生成第 42 周的摘要，那么摘要列出四个请求，按合并时间排序"
        ),
    ])
    func frenchGermanAndChineseScenariosReadAsSentences(project: String, folder: String, line: String) throws {
        let read = try FixtureReading(project, folder)
        #expect(read.plan.contains(line), "\(read.phaseHeadings)")
    }
}
