import Testing

@testable import Generator

/// Headings of my own in each Latin-script language, one or more per meaning: a spec written in
/// that language must have each section recognised without an English heading.
@Suite struct SectionMeaningLatinTests {
    static let english: [(String, SectionMeaning)] = [
        ("Feature Specification: Bulk export", .title), ("Overview", .overview), ("Problem Statement", .overview),
        ("Goals", .overview), ("User Scenarios & Testing *(mandatory)*", .userScenarios),
        ("User Stories", .userScenarios),
        ("User Story 4 - Print a receipt (Priority: P2)", .userStory), ("Story 2: Share a link", .userStory),
        ("As a club treasurer", .userStory), ("Primary User Story", .primaryStory),
        ("Acceptance Scenarios", .acceptance),
        ("Acceptance Criteria", .acceptance), ("Requirements *(mandatory)*", .requirements(.general)),
        ("Functional Requirements", .requirements(.functional)),
        ("Non-Functional Requirements", .requirements(.nonFunctional)),
        ("Security & Privacy", .requirements(.security)), ("Performance Targets", .requirements(.performance)),
        ("Observability", .requirements(.observability)), ("Data Requirements", .requirements(.data)),
        ("Accessibility", .requirements(.accessibility)), ("Key Entities", .entities), ("Data Model", .entities),
        ("Success Criteria", .successCriteria), ("Measurable Outcomes", .successCriteria),
        ("Success Metrics", .successCriteria),
        ("Edge Cases", .edgeCases), ("Assumptions", .assumptions), ("Dependencies", .dependencies),
        ("In Scope", .scope),
        ("Out of Scope", .outOfScope), ("Non-Goals", .outOfScope), ("Risks & Mitigations", .risks),
        ("Timeline", .timeline),
        ("Milestones", .timeline), ("Implementation Plan", .phases), ("Phase 2: Importers", .phase),
        ("Milestone 3 - Beta", .phase),
        ("Architecture", .components), ("Components", .components), ("API", .components),
        ("Clarifications", .clarifications),
        ("Open Questions", .openQuestions), ("Tech Stack", .techStack), ("Constraints", .constraints),
        ("Glossary", .glossary),
        ("Testing Strategy", .testing), ("Notes", .notes), ("Revision History", .changeLog),
        ("Why this priority", .priorityRationale),
        ("Independent Test", .independentTest), ("Execution Flow (main)", .templateGuidance),
        ("Quick Guidelines", .templateGuidance),
        ("Review & Acceptance Checklist", .templateGuidance), ("Content Quality", .templateGuidance),
        ("Requirement Completeness", .templateGuidance), ("For AI Generation", .templateGuidance),
        ("Section Requirements", .templateGuidance), ("Execution Status", .templateGuidance),
    ]

    static let spanish: [(String, SectionMeaning)] = [
        ("Especificación de la funcionalidad: Reservas", .title), ("Resumen", .overview), ("Objetivos", .overview),
        ("Escenarios de usuario y pruebas *(obligatorio)*", .userScenarios), ("Historias de usuario", .userScenarios),
        ("Historia de usuario 2 - Cancelar una reserva (Prioridad: P2)", .userStory),
        ("Historia de usuario principal", .primaryStory),
        ("Escenarios de aceptación", .acceptance), ("Criterios de aceptación", .acceptance),
        ("Requisitos", .requirements(.general)),
        ("Requisitos funcionales", .requirements(.functional)),
        ("Requisitos no funcionales", .requirements(.nonFunctional)),
        ("Seguridad", .requirements(.security)), ("Rendimiento", .requirements(.performance)),
        ("Entidades clave", .entities),
        ("Criterios de éxito", .successCriteria), ("Resultados medibles", .successCriteria),
        ("Casos límite", .edgeCases),
        ("Casos extremos", .edgeCases), ("Supuestos", .assumptions), ("Dependencias", .dependencies),
        ("Fuera de alcance", .outOfScope),
        ("Riesgos", .risks), ("Cronograma", .timeline), ("Fases de implementación", .phases),
        ("Fase 1: Modelo de datos", .phase),
        ("Arquitectura", .components), ("Aclaraciones", .clarifications), ("Preguntas abiertas", .openQuestions),
        ("Stack tecnológico", .techStack), ("Restricciones", .constraints), ("Glosario", .glossary),
        ("Por qué esta prioridad", .priorityRationale), ("Prueba independiente", .independentTest),
        ("Flujo de ejecución (principal)", .templateGuidance),
        ("Lista de verificación de revisión y aceptación", .templateGuidance),
    ]

    static let portuguese: [(String, SectionMeaning)] = [
        ("Especificação da Funcionalidade: Agenda", .title), ("Visão geral", .overview),
        ("Cenários de Usuário e Testes *(obrigatório)*", .userScenarios), ("Histórias de utilizador", .userScenarios),
        ("História de Usuário 3 - Exportar agenda (Prioridade: P3)", .userStory),
        ("História de usuário principal", .primaryStory),
        ("Cenários de Aceitação", .acceptance), ("Requisitos", .requirements(.general)),
        ("Requisitos Funcionais", .requirements(.functional)),
        ("Requisitos Não Funcionais", .requirements(.nonFunctional)), ("Segurança", .requirements(.security)),
        ("Desempenho", .requirements(.performance)), ("Entidades-chave", .entities),
        ("Critérios de Sucesso", .successCriteria),
        ("Resultados Mensuráveis", .successCriteria), ("Casos Extremos", .edgeCases), ("Premissas", .assumptions),
        ("Dependências", .dependencies), ("Fora do Escopo", .outOfScope), ("Riscos", .risks), ("Cronograma", .timeline),
        ("Plano de Implementação", .phases), ("Fase 2 - Integração", .phase), ("Arquitetura", .components),
        ("Esclarecimentos", .clarifications), ("Questões em aberto", .openQuestions), ("Restrições", .constraints),
        ("Glossário", .glossary), ("Por que esta prioridade", .priorityRationale),
        ("Teste Independente", .independentTest),
        ("Fluxo de Execução (principal)", .templateGuidance), ("Qualidade do Conteúdo", .templateGuidance),
    ]

    static let french: [(String, SectionMeaning)] = [
        ("Spécification de fonctionnalité : Export", .title), ("Aperçu", .overview), ("Contexte", .overview),
        ("Scénarios utilisateur et tests *(obligatoire)*", .userScenarios),
        ("Récit utilisateur 1 - Importer un fichier (Priorité : P1)", .userStory),
        ("En tant que trésorier", .userStory), ("Récit utilisateur principal", .primaryStory),
        ("Scénarios d’acceptation", .acceptance),
        ("Critères d'acceptation", .acceptance), ("Exigences", .requirements(.general)),
        ("Exigences fonctionnelles", .requirements(.functional)),
        ("Exigences non fonctionnelles", .requirements(.nonFunctional)), ("Sécurité", .requirements(.security)),
        ("Performances", .requirements(.performance)), ("Entités clés", .entities),
        ("Critères de succès", .successCriteria),
        ("Résultats mesurables", .successCriteria), ("Cas limites", .edgeCases), ("Hypothèses", .assumptions),
        ("Dépendances", .dependencies), ("Hors périmètre", .outOfScope), ("Risques", .risks), ("Calendrier", .timeline),
        ("Jalons", .timeline), ("Plan de mise en œuvre", .phases), ("Phase 3 : Tests", .phase),
        ("Composants", .components),
        ("Clarifications", .clarifications), ("Questions ouvertes", .openQuestions), ("Stack technique", .techStack),
        ("Contraintes", .constraints), ("Glossaire", .glossary), ("Pourquoi cette priorité", .priorityRationale),
        ("Test indépendant", .independentTest), ("Flux d'exécution (principal)", .templateGuidance),
        ("Qualité du contenu", .templateGuidance),
    ]

    static let german: [(String, SectionMeaning)] = [
        ("Feature-Spezifikation: Mitgliederverwaltung", .title), ("Übersicht", .overview), ("Ziele", .overview),
        ("Benutzerszenarien & Tests *(verpflichtend)*", .userScenarios),
        ("Benutzer-Story 2 - Beitrag zahlen (Priorität: P2)", .userStory),
        ("Als Benutzer möchte ich Beiträge sehen", .userStory), ("Primäre User Story", .primaryStory),
        ("Akzeptanzszenarien", .acceptance),
        ("Akzeptanzkriterien", .acceptance), ("Anforderungen", .requirements(.general)),
        ("Funktionale Anforderungen", .requirements(.functional)),
        ("Nicht-funktionale Anforderungen", .requirements(.nonFunctional)), ("Sicherheit", .requirements(.security)),
        ("Leistung", .requirements(.performance)), ("Schlüssel-Entitäten", .entities), ("Datenmodell", .entities),
        ("Erfolgskriterien", .successCriteria), ("Messbare Ergebnisse", .successCriteria), ("Grenzfälle", .edgeCases),
        ("Annahmen", .assumptions), ("Abhängigkeiten", .dependencies), ("Außerhalb des Umfangs", .outOfScope),
        ("Nicht-Ziele", .outOfScope),
        ("Risiken", .risks), ("Zeitplan", .timeline), ("Meilensteine", .timeline), ("Umsetzungsplan", .phases),
        ("Phase 1: Grundlagen", .phase), ("Architektur", .components), ("Schnittstellen", .components),
        ("Klärungen", .clarifications),
        ("Offene Fragen", .openQuestions), ("Technologie-Stack", .techStack), ("Rahmenbedingungen", .constraints),
        ("Glossar", .glossary),
        ("Warum diese Priorität", .priorityRationale), ("Unabhängiger Test", .independentTest),
        ("Ausführungsablauf (main)", .templateGuidance), ("Überprüfungs- & Abnahme-Checkliste", .templateGuidance),
        ("Inhaltsqualität", .templateGuidance),
    ]

    @Test(arguments: english) func englishHeadings(title: String, meaning: SectionMeaning) { check(title, meaning) }
    @Test(arguments: spanish) func spanishHeadings(title: String, meaning: SectionMeaning) { check(title, meaning) }
    @Test(arguments: portuguese) func portugueseHeadings(title: String, meaning: SectionMeaning) {
        check(title, meaning)
    }
    @Test(arguments: french) func frenchHeadings(title: String, meaning: SectionMeaning) { check(title, meaning) }
    @Test(arguments: german) func germanHeadings(title: String, meaning: SectionMeaning) { check(title, meaning) }

    /// Accents may be left out, and capitals and numbering do not matter.
    @Test(arguments: [
        ("CRITERIOS DE EXITO", SectionMeaning.successCriteria), ("2. Criterios de exito", .successCriteria),
        ("Criterios de Sucesso", .successCriteria), ("Hypotheses", .assumptions), ("Grenzfalle", .edgeCases),
        ("Dependances", .dependencies),
    ])
    func accentsAreOptional(title: String, meaning: SectionMeaning) { check(title, meaning) }

    private func check(_ title: String, _ meaning: SectionMeaning) {
        #expect(SectionClassifier.standard.meaning(of: title) == meaning, "\(title)")
    }
}
