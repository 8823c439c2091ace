import Testing

@testable import Generator

/// Stack statements as authors write them: fields, tables, stack sections and requirements, in
/// several languages; and what must not count (negations, examples, alternatives, out of scope, code).
struct StackStatementReaderTests {
    private func declared(_ text: String, _ source: ProfileSource = .constitution) -> [String] {
        StackStatementReader.read(text, source: source).statements.filter(\.isDeclared).map(\.description)
            .map { $0.replacingAll(" (line ", with: "@").replacingAll(")", with: "") }
            .map { String($0.prefix { $0 != "@" }) }
    }

    private func names(_ text: String, _ source: ProfileSource = .constitution) -> [String] {
        var seen = Set<String>()
        return StackStatementReader.read(text, source: source).statements.filter(\.isDeclared).map(\.technology.name)
            .filter { seen.insert($0).inserted }
    }

    @Test func englishStackSectionFieldsAndRequirements() {
        let text = """
            # Ledgerly Constitution
            ## Core Principles
            ### I. Small Steps
            Every change ships behind a flag.
            ## Technology Stack
            - **Backend**: Rust 1.78, axum
            - **Storage**: PostgreSQL 16
            - **Testing**: cargo test, proptest
            ## Additional Constraints
            The command-line client MUST use clap for argument parsing.
            We will not use Redis.
            """
        #expect(declared(text) == ["Rust 1.78", "Axum", "PostgreSQL 16", "cargo test", "proptest", "clap"])
    }

    /// Field keys are ruled out from their raw bytes; markup inside a word must not hide a label.
    @Test func fieldKeyWithMarkupInsideAWordStillLabelsItsValue() {
        let text = """
            # Ledgerly
            ## Notes
            - Lang**uage**: PostgreSQL 16
            - **FR-001**: Reports list PostgreSQL 16 tables.
            """
        #expect(declared(text) == ["PostgreSQL 16"])
        #expect(StackStatementReader.read(text, source: .constitution).statements.map(\.line) == [3, 4])
    }

    @Test func chineseStackSectionWithoutSpaces() {
        let text = """
            ## 技术栈
            - 语言：Go 1.22
            - 数据库：MySQL 8
            - 缓存：Redis
            - 消息推送使用飞书机器人，不使用钉钉。
            """
        #expect(names(text) == ["Go", "MySQL", "Redis", "Feishu"])
    }

    @Test func japaneseTableAndMustLine() {
        let text = """
            ## 技術スタック
            | 項目 | 技術 |
            |---|---|
            | 言語 | TypeScript 5.4 |
            | フレームワーク | Next.js 14 |
            | テスト | Vitest |

            ## 通知
            - 通知はLINE公式アカウントで送信すること（MUST）
            """
        #expect(declared(text) == ["TypeScript 5.4", "Next.js 14", "Vitest", "LINE"])
    }

    @Test func spanishPortugueseGermanAndFrench() {
        let spanish =
            "## Stack tecnológico\n- **Lenguaje**: Python 3.12\n- **Framework**: Django 5\n- **Base de datos**: PostgreSQL\n\nEl sistema DEBE usar Stripe para los pagos.\n"
        #expect(names(spanish) == ["Python", "Django", "PostgreSQL", "Stripe"])
        let portuguese =
            "## Restrições técnicas\n- Linguagem: Kotlin\n- O aplicativo deve usar Jetpack Compose\n- Banco de dados: Room\n"
        #expect(names(portuguese) == ["Kotlin", "Jetpack Compose", "Room"])
        let german =
            "## Technische Rahmenbedingungen\n- **Sprache**: C++ (Arduino)\n- Die Firmware MUSS mit PlatformIO gebaut werden.\n- Kein Einsatz von FreeRTOS.\n"
        #expect(names(german) == ["C++", "Arduino", "PlatformIO"])
        let french =
            "## Contraintes techniques\n- **Langage** : TypeScript\n- **Base de données** : MongoDB\n- Le service doit utiliser NestJS.\n- Pas de GraphQL pour l'instant.\n"
        #expect(names(french) == ["TypeScript", "MongoDB", "NestJS"])
    }

    @Test func mentionsOutsideStackStatementsAreOnlyMentioned() {
        let result = StackStatementReader.read(
            "## Principles\nOur pipelines are inspired by Elixir and its tooling.\n", source: .constitution)
        #expect(result.statements.map(\.technology.name) == ["Elixir"])
        #expect(result.statements.allSatisfy { !$0.isDeclared })
    }

    @Test func examplesAlternativesAndNegationsDoNotCount() {
        let text = """
            ## Testing
            - C# tests: use xUnit (preferred), NUnit, or MSTest consistently.
            - Validate schemas with a tool (e.g., Swagger or JSON Schema).
            - **Storage**: [e.g., PostgreSQL, CoreData, files or N/A]
            - Managed PostgreSQL not used; MongoDB MUST back the event store.
            - Never use Firebase for sessions.
            """
        // "C#" names the field, it is not stated by it.
        #expect(names(text) == ["xUnit", "MongoDB"])
    }

    @Test func outOfScopeSectionsCodeBlocksAndCommentsAreIgnored() {
        let text = """
            ## Requirements
            - FR-001: Reports MUST be stored in S3 buckets.
            <!-- The system MUST use Kafka. -->
            ```
            The system MUST use Redis.
            ```
            ## Out of Scope
            - Slack notifications MUST wait for a later release.
            ## Fuera de alcance
            - El sistema debe usar Twilio.
            """
        #expect(names(text, .spec) == ["Amazon S3"])
    }

    @Test func technicalContextOfASpecKitPlan() {
        let text = """
            # Implementation Plan: Export
            ## Summary
            We use GraphQL everywhere.
            ## Technical Context
            **Language/Version**: Python 3.11
            **Primary Dependencies**:
              - FastAPI (HTTP layer)
              - SQLAlchemy 2
            **Storage**: PostgreSQL
            **Testing**: pytest
            **Target Platform**: Linux server
            **Project Type**: web-service
            **Performance Goals**: [e.g., 1000 req/s or NEEDS CLARIFICATION]
            ## Constitution Check
            - MUST use Redis for sessions? Not applicable.
            """
        let result = StackStatementReader.read(text, source: .specKitPlan("specs/004-export/plan.md"))
        #expect(
            result.statements.map(\.description) == [
                "Python 3.11 (line 5)", "FastAPI (line 7)", "SQLAlchemy 2 (line 8)", "PostgreSQL (line 9)",
                "pytest (line 10)", "Linux (line 11)",
            ])
        #expect(result.kindEvidence.map(\.kind) == [.apiService])
        #expect(result.kindEvidence.first?.weight == 4)
    }

    @Test func theTemplatesOwnTechnicalContextSaysNothing() {
        let text = """
            ## Technical Context
            **Language/Version**: [e.g., Python 3.11, Swift 5.9, Rust 1.75 or NEEDS CLARIFICATION]
            **Primary Dependencies**: [e.g., FastAPI, UIKit, LLVM or NEEDS CLARIFICATION]
            **Testing**: [e.g., pytest, XCTest, cargo test or NEEDS CLARIFICATION]
            **Project Type**: [e.g., library/cli/web-service/mobile-app/compiler/desktop-app or NEEDS CLARIFICATION]
            """
        let result = StackStatementReader.read(text, source: .specKitPlan("specs/001-x/plan.md"))
        #expect(result.statements.isEmpty)
        #expect(result.kindEvidence.isEmpty)
    }

    @Test func localisedTechnicalContextFields() {
        let text =
            "## Technischer Kontext\n**Sprache/Version**: C/C++ (Arduino)\n**Speicher**: EEPROM\n**Projekttyp**: Embedded-Firmware\n"
        let result = StackStatementReader.read(text, source: .specKitPlan("specs/001-timer/plan.md"))
        #expect(result.statements.map(\.technology.name) == ["C++", "Arduino", "EEPROM"])
        #expect(result.kindEvidence.map(\.kind) == [.embedded])
    }

    @Test func aDefinitionOfTheProjectSaysItsKind() {
        let text =
            "# Tidy Constitution\n\nTidy is a command-line tool that formats ledgers.\n\nPerformance is a feature.\n"
        let evidence = StackStatementReader.read(text, source: .constitution).kindEvidence
        #expect(evidence.map(\.kind) == [.commandLineTool])
        #expect(evidence.first?.weight == 3)
    }

    @Test func statementsRememberTheirLine() {
        let result = StackStatementReader.read("intro\r\n\r\n## Stack\r\n- Go 1.22\r\n", source: .spec)
        #expect(result.statements.map(\.line) == [4])
        #expect(result.statements.first?.text == "- Go 1.22")
    }
}
