/// What a heading of a spec is about, recognised from English and translated titles alike.
enum SpecSectionKind: Equatable {
    case overview, userScenarios, primaryStory, acceptance, requirements, entities
    case successCriteria, edgeCases, assumptions, dependencies, clarifications
    /// Template guidance and checklists ("Quick Guidelines", "Execution Flow"): never the author's intent.
    case boilerplate
    case other

    private static let keywordBytes: [(SpecSectionKind, [ByteString])] = keywords.map {
        ($0.0, $0.1.map { ByteString(lowercasing: $0) })
    }

    private static let keywords: [(SpecSectionKind, [String])] = [
        (
            .boilerplate,
            [
                "quick guidelines", "execution flow", "review & acceptance checklist",
                "review and acceptance checklist",
                "execution status", "for ai generation", "section requirements", "content quality",
                "requirement completeness", "guías rápidas", "flujo de ejecución", "lista de verificación",
            ]
        ),
        (
            .primaryStory,
            [
                "primary user story", "historia de usuario principal", "récit utilisateur principal",
                "histoire utilisateur principale", "primäre user story", "主要用户故事", "主要ユーザーストーリー",
            ]
        ),
        (
            .acceptance,
            [
                "acceptance scenario", "escenarios de aceptación", "scénarios d'acceptation", "akzeptanzszenarien",
                "验收场景", "受け入れシナリオ",
            ]
        ),
        (
            .userScenarios,
            [
                "user scenario", "user stories", "escenarios de usuario", "historias de usuario",
                "scénarios utilisateur",
                "benutzerszenarien", "用户场景", "ユーザーシナリオ",
            ]
        ),
        (.entities, ["key entities", "entities", "data model", "entidades", "entités", "entitäten", "实体", "エンティティ"]),
        (
            .successCriteria,
            [
                "success criteria", "measurable outcome", "criterios de éxito", "critères de succès",
                "erfolgskriterien", "成功标准", "成功基準",
            ]
        ),
        (.edgeCases, ["edge case", "casos límite", "casos extremos", "cas limites", "grenzfälle", "边界情况", "エッジケース"]),
        (.assumptions, ["assumption", "supuestos", "hipótesis", "hypothèses", "annahmen", "假设", "前提"]),
        (.dependencies, ["dependenc", "dependencias", "dépendances", "abhängigkeiten", "依赖", "依存"]),
        (.clarifications, ["clarification", "aclaraciones", "éclaircissements", "klärungen", "澄清"]),
        (.requirements, ["requirement", "requisitos", "exigences", "anforderungen", "需求", "要件"]),
        (
            .overview,
            [
                "overview", "summary", "description", "context", "background", "problem statement", "goal",
                "resumen", "descripción", "contexto", "aperçu", "résumé", "contexte", "übersicht",
                "zusammenfassung", "概要", "概述", "背景",
            ]
        ),
    ]

    init(title: String) {
        // Non-ASCII letters (É, Ü) are compared as written; the translated keywords are lower-case already.
        let lower = title.utf8.contains { $0 >= 0x80 } ? ByteString(title.lowercased()) : ByteString(lowercasing: title)
        self = Self.keywordBytes.first { _, words in words.contains { lower.contains($0) } }?.0 ?? .other
    }

    /// Sets every section's kind: its own heading decides, else the nearest enclosing one that
    /// says something; anything under template boilerplate is boilerplate. Each title is
    /// classified once.
    static func classify(_ sections: inout [MarkdownSection]) {
        var known: [String: SpecSectionKind] = [:]
        func kind(of title: String) -> SpecSectionKind {
            if let cached = known[title] { return cached }
            let result = SpecSectionKind(title: title)
            known[title] = result
            return result
        }
        for index in sections.indices {
            let section = sections[index]
            var result = section.heading.map { kind(of: $0.title) } ?? .other
            for parent in section.parents.dropFirst().reversed() where result == .other {
                result = kind(of: parent)
            }
            if section.parents.dropFirst().contains(where: { kind(of: $0) == .boilerplate }) {
                result = .boilerplate
            }
            sections[index].kind = result
        }
    }
}
