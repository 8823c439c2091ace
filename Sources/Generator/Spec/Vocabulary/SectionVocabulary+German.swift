/// German headings. `ü` and `ß` fold to `u` and `s`, so "Grenzfalle" matches too; the `ue`
/// spelling ("Grenzfaelle") is another word, to be added as a row where people write it.
extension SectionVocabulary {
    static let german: [Group] = [
        words(.title, "feature-spezifikation", "funktionsspezifikation", "spezifikation", at: .edge),
        words(
            .overview, "übersicht", "überblick", "zusammenfassung", "kontext", "hintergrund", "problem",
            "problemstellung", "ziel", "ziele",
            "zweck", "motivation", "einleitung", "einführung", "beschreibung", at: .edge),
        words(
            .userScenarios, "benutzerszenarien", "nutzerszenarien", "anwenderszenarien", "benutzer-stories",
            "benutzergeschichten",
            "anwendungsfälle", "szenarien"),
        counted(
            .userStory, otherwise: .primaryStory, "benutzer-story", "nutzer-story", "benutzergeschichte",
            "anwender-story"),
        words(.userStory, "als benutzer", "als nutzer", "als anwender", at: .start),
        words(.primaryStory, "primäre user story", "primäre benutzer-story", "haupt-user-story", "hauptszenario"),
        words(
            .acceptance, "akzeptanzszenarien", "akzeptanzkriterien", "abnahmekriterien", "abnahmeszenarien", "akzeptanz"
        ),
        words(.requirements(.general), "anforderungen", "anforderung"),
        words(.requirements(.functional), "funktionale anforderungen", "funktionen", "funktionsumfang"),
        words(
            .requirements(.nonFunctional), "nicht-funktionale anforderungen", "nichtfunktionale anforderungen",
            "qualitätsanforderungen"),
        words(.requirements(.security), "sicherheit", "datenschutz"),
        words(.requirements(.performance), "leistung", "leistungsanforderungen", "skalierbarkeit"),
        words(.requirements(.reliability), "zuverlässigkeit", "verfügbarkeit", "ausfallsicherheit"),
        words(.requirements(.observability), "beobachtbarkeit", "überwachung", "protokollierung"),
        words(.requirements(.data), "datenanforderungen", "persistenz", "datenhaltung"),
        words(.requirements(.accessibility), "barrierefreiheit"),
        words(.requirements(.usability), "benutzerfreundlichkeit", "bedienbarkeit"),
        words(.requirements(.technical), "technische anforderungen"),
        words(.requirements(.interface), "schnittstellenanforderungen"),
        words(.requirements(.documentation), "dokumentation"),
        words(.entities, "schlüssel-entitäten", "schlüsselentitäten", "kernentitäten", "entitäten", "datenmodell"),
        words(.successCriteria, "erfolgskriterien", "messbare ergebnisse", "erfolgsmetriken"),
        words(.edgeCases, "grenzfälle", "randfälle", "sonderfälle"),
        words(.assumptions, "annahmen"),
        words(.dependencies, "abhängigkeiten", "voraussetzungen"),
        words(.scope, "umfang", "geltungsbereich", at: .edge),
        words(
            .outOfScope, "außerhalb des umfangs", "ausserhalb des umfangs", "nicht im umfang", "nicht-ziele",
            "nichtziele", "abgrenzung",
            "ausschlüsse", "zukünftige arbeiten"),
        words(.risks, "risiken", "risiko", "risiken und gegenmaßnahmen"),
        words(.timeline, "zeitplan", "meilensteine", "zeitleiste", "termine", "aufwandsschätzung", "schätzung"),
        counted(.phase, otherwise: .phases, "phase", "meilenstein", "etappe"),
        counted(.phase, otherwise: nil, "schritt"),
        words(
            .phases, "phasen", "implementierungsphasen", "umsetzungsphasen", "implementierungsplan", "umsetzungsplan",
            "aufgaben", "etappen"),
        words(
            .components, "komponenten", "architektur", "schnittstellen", "schnittstelle", "dienste", "module",
            "technisches design",
            "projektstruktur"),
        words(.clarifications, "klärungen", "klarstellungen", "präzisierungen"),
        words(.openQuestions, "offene fragen", "offene punkte", "ungeklärte fragen"),
        words(.techStack, "technologie-stack", "technologiestack", "technologien", "werkzeuge"),
        words(.constraints, "einschränkungen", "randbedingungen", "rahmenbedingungen", "beschränkungen", "verfassung"),
        words(.glossary, "glossar", "begriffsdefinitionen"),
        words(.glossary, "begriffe", "definitionen", at: .whole),
        words(.testing, "teststrategie", "testplan"),
        words(.notes, "notizen", "hinweise", "anmerkungen", "referenzen", "anhang"),
        words(.changeLog, "änderungshistorie", "änderungsprotokoll"),
        words(.priorityRationale, "warum diese priorität", at: .start),
        words(.independentTest, "unabhängiger test", at: .start),
        words(
            .templateGuidance, "ausführungsablauf", "ausführungsfluss", "schnelle richtlinien", "kurzrichtlinien",
            "abschnittsanforderungen",
            "für ki-generierung", "für die ki-generierung", "überprüfungs- & abnahme-checkliste",
            "prüf- und abnahmecheckliste",
            "abnahme-checkliste", "abnahmecheckliste", "inhaltsqualität", "vollständigkeit der anforderungen",
            "anforderungsvollständigkeit",
            "ausführungsstatus", "checkliste"),
    ]
}
