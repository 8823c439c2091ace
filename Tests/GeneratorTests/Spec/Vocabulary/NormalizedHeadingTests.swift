import Testing

@testable import Generator

/// Headings are compared by their words alone: numbering, emoji, emphasis, "(mandatory)"
/// annotations and full-width forms must not hide a section from the reader.
@Suite struct NormalizedHeadingTests {
    @Test(arguments: [
        ("Functional Requirements", "functional requirements"),
        ("## Functional Requirements", "functional requirements"),
        ("1. Overview", "overview"),
        ("1.2 Data Model", "data model"),
        ("2.3.1. Edge Cases", "edge cases"),
        ("3) Risks", "risks"),
        ("IV. Timeline", "timeline"),
        ("ii) Glossary", "glossary"),
        ("B) Assumptions", "assumptions"),
        ("(2) Dependencies", "dependencies"),
        ("§ 4 Constraints", "constraints"),
        ("第一章 概述", "概述"),
        ("第3节 功能需求", "功能需求"),
        ("二、风险", "风险"),
        ("（一）术语表", "术语表"),
        ("제2장 요구사항", "요구사항"),
        ("🎯 Overview", "overview"),
        ("⚡ Quick Guidelines", "quick guidelines"),
        ("🏗️ Technical Requirements", "technical requirements"),
        ("✅ Success Criteria 🚀", "success criteria"),
        ("User Scenarios & Testing *(mandatory)*", "user scenarios & testing"),
        ("Requirements _(mandatory)_", "requirements"),
        ("Anforderungen *(verpflichtend)*", "anforderungen"),
        ("Requisitos *(obligatorio)*", "requisitos"),
        ("Exigences (obligatoire)", "exigences"),
        ("Key Entities *(include if feature involves data)*", "key entities"),
        ("Dependencies (if applicable)", "dependencies"),
        ("Assumptions (Optional)", "assumptions"),
        ("功能需求（必填）", "功能需求"),
        ("成功基準（任意）", "成功基準"),
        ("성공 기준 (필수)", "성공 기준"),
        ("ＵＳＥＲ　ＳＴＯＲＩＥＳ", "user stories"),
        ("需求：", "需求"),
        ("**Acceptance Scenarios**:", "acceptance scenarios"),
        ("`CLI` Interface", "cli interface"),
        ("Non-Functional Requirements", "non functional requirements"),
        ("User Story 1 — Export a report (Priority: P1)", "user story 1 export a report (priority: p1)"),
        ("Schlüssel-Entitäten", "schlüssel entitäten"),
        ("  Edge   Cases  ", "edge cases"),
        ("snake_case names", "snake_case names"),
        ("3D Rendering", "3d rendering"),
        ("2026-01-05 review", "2026 01 05 review"),
        ("Phase 1: Setup", "phase 1: setup"),
        ("Team Access (Admin Required)", "team access (admin required)"),
    ])
    func headingsAreComparedByTheirWords(title: String, expected: String) {
        #expect(NormalizedHeading(title).text == expected, "\(title)")
    }

    @Test(arguments: [
        ("Schlüssel-Entitäten", "schlussel entitaten"),
        ("Critérios de Sucesso", "criterios de sucesso"),
        ("Hypothèses", "hypotheses"),
        ("ÉTAT D'EXÉCUTION", "etat d'execution"),
        ("Casos límite", "casos limite"),
        ("Klärungen", "klarungen"),
        ("验收场景", "验收场景"),
    ])
    func accentsCanBeFoldedForLatinScripts(title: String, folded: String) {
        let heading = NormalizedHeading(title)
        #expect(heading.folded == folded, "\(title)")
        #expect(heading.text == heading.text.lowercased())
    }

    @Test func aTypographicApostropheIsTheAsciiOne() {
        #expect(NormalizedHeading("Scénarios d’acceptation").text == "scénarios d'acceptation")
    }
}
