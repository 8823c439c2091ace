import Testing

@testable import Generator

/// The language of a spec, from its prose: what the plan is written in and which sentence rules
/// apply. English template headings and keywords left in a translated spec must not win.
@Suite struct LanguageDetectorTests {
    @Test(arguments: [
        (
            "# Court booking\n\nMembers book a court for one hour. The club sees which courts are free and when they are booked.",
            SpecLanguage.english
        ),
        (
            "# Reservas\n\nLos socios reservan una pista para una hora. El club ve las pistas libres y cuando están reservadas.",
            .spanish
        ),
        (
            "# Reservas\n\nOs sócios reservam uma quadra por uma hora. O clube vê as quadras livres e quando não estão disponíveis.",
            .portuguese
        ),
        (
            "# Réservations\n\nLes membres réservent un court pour une heure. Le club voit les courts libres et quand ils sont pris.",
            .french
        ),
        (
            "# Platzbuchung\n\nDie Mitglieder buchen einen Platz für eine Stunde. Der Verein sieht, wann die Plätze frei sind und wer sie bucht.",
            .german
        ),
        ("# 场地预订\n\n会员可以在线预订场地一小时。俱乐部可以查看哪些场地空闲以及何时被预订。", .chinese),
        ("# 場地預約\n\n會員可以線上預約場地一小時。俱樂部可以查看哪些場地空閒以及何時被預約。", .chinese),
        ("# コート予約\n\n会員はコートを一時間予約できる。クラブはどのコートが空いているかを確認できる。", .japanese),
        ("# 코트 예약\n\n회원은 코트를 한 시간 동안 예약할 수 있다. 클럽은 어떤 코트가 비어 있는지 확인할 수 있다.", .korean),
        ("", .other),
        ("```\nlet code = \"the and of\"\n```\n", .other),
    ])
    func languagesAreToldFromProse(spec: String, language: SpecLanguage) {
        #expect(LanguageDetector.language(of: spec) == language, "\(spec.prefix(40))")
    }

    /// A French spec in the English template: English headings, bold Given/When/Then and the
    /// template's English guidance in comments, French prose.
    @Test func translatedProseOutweighsTheEnglishTemplate() {
        let spec = """
            # Feature Specification: Export

            ## User Scenarios & Testing *(mandatory)*

            <!--
              IMPORTANT: User stories should be PRIORITIZED as user journeys ordered by importance.
              Each user story/journey must be INDEPENDENTLY TESTABLE and the rest of the comment is English.
            -->

            ### User Story 1 - Exporter un rapport (Priority: P1)

            Un développeur souhaite exporter le rapport de la semaine pour le partager avec son équipe.

            1. **Given** un rapport terminé, **When** le développeur lance l'export, **Then** un fichier est créé dans le dossier courant
            """
        #expect(LanguageDetector.language(of: spec) == .french)
    }

    @Test func inlineCodeAndLinksAreNotProse() {
        let spec = "Der Export läuft. `the of and to is are with for that this` https://example.com/the/and/of/to/is"
        #expect(LanguageDetector.language(of: spec) == .german)
    }

    static let corpusLanguages: [(String, SpecLanguage)] = [
        ("bogenampel/specs/001-archery-timer/spec.md", .german),
        ("bogenampel/specs/001-battery-monitoring-display/spec.md", .german),
        ("bogenampel/specs/001-benutzer-fuehrung/spec.md", .english),
        ("bogenampel/specs/002-shooter-groups/spec.md", .german),
        ("bogenampel/specs/003-startup-logo-splash/spec.md", .german),
        ("bruno-to-postman/specs/001-bruno-to-postman/spec.md", .french),
        ("bruno-to-postman/specs/002-batch-conversion/spec.md", .french),
        ("molkky-score/specs/004-game-ui-polish/spec.md", .japanese),
        ("releasesync/specs/001-console-tool-foundation/spec.md", .chinese),
        ("releasesync/specs/002-pr-aggregation-tool/spec.md", .chinese),
        ("releasesync/specs/003-filter-unmapped-data/spec.md", .chinese),
    ]

    /// Every corpus spec is in its language; those not listed above are English.
    @Test(.enabled(if: CorpusHeadings.isAvailable, "../shared/corpus is absent beside the package"))
    func everyCorpusSpecIsInItsLanguage() throws {
        let listed = Dictionary(uniqueKeysWithValues: Self.corpusLanguages)
        for path in CorpusHeadings.specPaths() {
            let spec = try #require(CorpusHeadings.text(path))
            #expect(LanguageDetector.language(of: spec) == listed[path] ?? .english, "\(path)")
        }
    }
}
