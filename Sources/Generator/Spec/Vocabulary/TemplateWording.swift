/// The wording of Spec Kit's spec templates (v0.0.x, with Execution Flow and the Review &
/// Acceptance Checklist, and 1.x, with prioritised stories and ACTION REQUIRED comments), by
/// which ``TemplateText`` knows the template's own text when a spec still holds it.
enum TemplateWording {
    /// Phrases of guidance lines, found anywhere in a line.
    static let guidancePhrases: [String] = [
        // 1.x: comments of the User Scenarios, Requirements, Success Criteria and Assumptions sections.
        "user stories should be prioritized", "must be independently testable", "should still have a viable mvp",
        "where p1 is the most critical", "think of each story as a standalone slice", "action required",
        "represents placeholders", "fill them out with the right", "must be technology-agnostic and measurable",
        "did not specify certain details", "add more user stories as needed", "reasonable defaults chosen",
        // v0.0.x: Execution Flow.
        "parse user description from input", "no feature description provided", "extract key concepts from description",
        "identify: actors, actions, data, constraints", "for each unclear aspect", "mark with [needs clarification",
        "fill user scenarios & testing section", "cannot determine user scenarios", "each requirement must be testable",
        "mark ambiguous requirements", "identify key entities (if data involved)", "run review checklist",
        "spec has uncertainties",
        "remove tech details", "spec ready for planning",
        // v0.0.x: Quick Guidelines, Section Requirements, For AI Generation.
        "focus on what users need and why", "avoid how to implement", "written for business stakeholders",
        "must be completed for every feature", "include only when relevant to the feature",
        "when a section doesn't apply",
        "when creating this spec from a user prompt", "mark all ambiguities", "if the prompt doesn't specify something",
        "think like a tester", "common underspecified areas", "every vague requirement should fail",
        // v0.0.x: gate and status notes.
        "automated checks run during main() execution", "updated by main() during processing",
    ]

    /// Whole lines of guidance and checklists (list marker and checkbox aside), folded.
    static let guidanceLines: Set<String> = [
        "developed independently", "tested independently", "deployed independently",
        "demonstrated to users independently",
        "define measurable success criteria", "user types and permissions", "data retention/deletion policies",
        "performance targets and scale", "error handling behaviors", "integration requirements",
        "security/compliance needs",
        "no implementation details (languages, frameworks, apis)", "focused on user value and business needs",
        "written for non-technical stakeholders", "all mandatory sections completed",
        "no [needs clarification] markers remain",
        "requirements are testable and unambiguous", "success criteria are measurable", "scope is clearly bounded",
        "dependencies and assumptions identified", "user description parsed", "key concepts extracted",
        "ambiguities marked",
        "user scenarios defined", "requirements generated", "entities identified", "review checklist passed",
        "success criteria are technology-agnostic (no implementation details)", "all acceptance scenarios are defined",
        "edge cases are identified", "no implementation details leak into specification",
    ]

    /// Phrases of the template's example block, "Example of marking unclear requirements".
    static let examplePhrases: [String] = [
        "example of marking unclear requirements",
        "authenticate users via [needs clarification: auth method not specified",
        "retain user data for [needs clarification: retention period not specified",
    ]

    /// What the template's placeholders start with, in every language of the vocabulary.
    static let placeholderStarts: [String] = [
        "feature name", "###-feature-name", "date", "brief title", "describe", "explain", "entity", "initial state",
        "action",
        "expected outcome", "boundary condition", "error scenario", "specific capability", "key interaction",
        "data requirement",
        "behavior, e.g", "what it represents", "measurable metric", "user satisfaction metric", "business metric", "x",
        "assumption about", "dependency on existing", "add more user stories", "project name", "project_name",
        "feature_name",
        "nombre de la funcionalidad", "fecha", "título breve", "entidad", "describa", "explique", "estado inicial",
        "acción",
        "resultado esperado", "nome da funcionalidade", "data", "título curto", "entidade", "descreva", "ação",
        "nom de la fonctionnalité", "titre court", "entité", "décrivez", "expliquez", "état initial",
        "résultat attendu",
        "feature-name", "datum", "kurztitel", "entität", "beschreiben sie", "erklären sie", "anfangszustand", "aktion",
        "erwartetes ergebnis", "功能名称", "功能名稱", "日期", "简短标题", "簡短標題", "实体", "實體", "初始状态", "初始狀態", "预期结果",
        "預期結果", "機能名", "日付", "簡潔なタイトル", "エンティティ", "初期状態", "期待される結果", "기능 이름", "날짜", "간단한 제목",
        "엔티티", "초기 상태", "예상 결과",
    ]

    /// Metadata keys of the template's header, whose lines are neither the author's text nor guidance.
    static let metadataKeys: Set<String> = [
        "feature branch", "created", "status", "input", "rama", "creado", "estado", "entrada", "ramo", "criado",
        "branche", "créé",
        "statut", "entrée", "feature-branch", "erstellt", "eingabe", "功能分支", "创建", "建立", "状态", "狀態", "输入", "輸入",
        "ブランチ", "作成日", "ステータス", "入力", "기능 브랜치", "생성일", "상태", "입력",
    ]
}
