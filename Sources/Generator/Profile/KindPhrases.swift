/// Phrases that say what kind of project a text is about, in several languages: "command-line
/// tool", "reusable Django app", "モバイルアプリ", "固件". One table; adding a language is adding words.
///
/// Some words ("framework", "plugin", "embedded") say what the project is only where the text
/// defines the project (its title, a "Scope" or "Overview" line, "X is a …"); elsewhere they
/// usually name something the project uses.
enum KindPhrases {
    static let phraseTable: [(kind: ProjectKind, anywhere: [String], inDefinitions: [String])] = [
        (
            .commandLineTool,
            [
                "command-line tool", "command line tool", "command-line interface", "command line interface",
                "cli tool", "cli",
                "console application", "console tool", "console app", "linea de comandos", "linha de comando",
                "ligne de commande",
                "kommandozeile", "kommandozeilen", "konsolenanwendung", "命令行", "命令列", "コマンドライン",
            ], ["terminal"]
        ),
        (
            .library,
            [
                "library", "libraries", "sdk", "crate", "embeddable", "reusable app", "reusable django app",
                "reusable package",
                "reusable library", "terraform provider", "biblioteca", "bibliotheque", "librairie", "函式庫", "函数库",
                "程式庫", "ライブラリ",
            ],
            ["framework", "plugin", "provider", "package", "module", "bibliothek", "库"]
        ),
        (
            .webApplication,
            [
                "web application", "web app", "website", "web site", "single-page", "spa", "pwa", "progressive web app",
                "aplicacion web", "aplicacao web", "application web", "webanwendung", "webapp", "web应用", "网站", "網站",
                "ウェブアプリ", "webアプリ",
            ],
            ["browser", "site"]
        ),
        (
            .apiService,
            [
                "rest api", "http api", "web service", "api service", "backend service", "microservice",
                "microservices", "api server",
                "graphql api", "api endpoints", "webdienst", "后端服务", "服务端", "apiサーバー",
            ], ["service", "server", "backend", "api"]
        ),
        (
            .mobileApp,
            [
                "mobile app", "mobile application", "ios app", "android app", "android application", "iphone app",
                "app movil",
                "aplicativo movel", "application mobile", "移动应用", "手机应用", "行動應用", "モバイルアプリ", "スマホアプリ",
            ], ["launcher", "widget"]
        ),
        (
            .desktopApp,
            [
                "desktop app", "desktop application", "macos app", "windows app", "desktop client",
                "aplicacion de escritorio",
                "desktop-anwendung", "桌面应用", "デスクトップアプリ",
            ], ["desktop"]
        ),
        (
            .embedded,
            [
                "firmware", "embedded system", "embedded systems", "embedded software", "embedded device",
                "microcontroller",
                "mikrocontroller", "bare-metal", "bare metal", "eingebettete", "嵌入式", "固件", "組み込み", "ファームウェア",
            ], ["embedded", "hardware"]
        ),
        (
            .dataPipeline,
            [
                "data pipeline", "etl", "machine learning", "ml model", "data science", "feature selection",
                "pipeline de datos", "datenpipeline", "数据管道", "机器学习", "機械学習",
            ], ["notebook", "pipeline", "causal", "causality"]
        ),
        (
            .infrastructure,
            ["infrastructure as code", "iac", "devops", "helm chart", "terraform module", "infraestructura", "基础设施"],
            ["infrastructure", "deployment", "インフラ"]
        ),
        (
            .game,
            [
                "game engine", "fantasy console", "video game", "game development", "game developer", "retro game",
                "retro-style games",
                "spiele-engine", "游戏引擎", "ゲームエンジン",
            ], ["game", "games"]
        ),
    ]

    /// The kinds a line speaks of, each once; `definition` when the line defines the project.
    static func kinds(in line: String, definition: Bool) -> [ProjectKind] {
        LineWords(line).kinds(definition: definition)
    }

    /// A line that defines the project: "django-literature is a reusable Django app", "This tool is a…",
    /// "本项目是…". The subject must be the project (its name, from the title, or "this project"):
    /// "Performance is a feature" defines nothing.
    static func isDefinition(_ words: LineWords, projectName: String?) -> Bool {
        if words.hasDefinitionOpener { return true }
        guard let verb = words.definitionVerbEnd else { return false }
        let folded = words.folded
        let before = FoldedLine(PlainText.of(String(decoding: folded.bytes[..<verb], as: UTF8.self))).text
        let head = before.split(separator: " ").dropLast(2).joined(separator: " ")
        let subject = head.split(separator: ":").last.map { String($0).trimmed } ?? ""
        if selfReferences.contains(subject) { return true }
        if let name = projectName, name.count >= 3, subject.contains(name) { return true }
        return false
    }

    static let definitionOpeners = ["本项目是", "本專案是", "本项目为", "このプロジェクトは", "本アプリは"]
    static let definitionVerbs = [
        "is a", "is an", "ist ein", "ist eine", "es una", "es un", "e uma", "e um", "est un", "est une",
    ]
    private static let selfReferences: Set<String> = [
        "this project", "this tool", "this library", "this app", "this application", "this system",
        "this package", "it", "the project", "dieses projekt", "este proyecto", "este projeto", "ce projet",
    ]

    /// The project's name from a document title: "# django-literature Constitution" gives "django-literature".
    static func projectName(fromTitle title: String) -> String? {
        let folded = StackVocabulary.fold(PlainText.of(title))
        let generic = ["feature", "specification", "implementation", "plan", "constitution", "project", "the"]
        return folded.split(whereSeparator: { $0 == " " || $0 == ":" }).map(String.init).first {
            !generic.contains($0) && $0.count >= 3
        }
    }

    /// Headings and keys whose lines describe the project itself.
    static let definingTitleWords = [
        "scope", "mission", "purpose", "overview", "summary", "about", "vision", "description",
        "zusammenfassung", "uberblick", "resumen", "resumo", "apercu", "概要", "概述", "简介", "目的", "プロジェクト",
    ]

    private static let definingTitles = PhraseSet(definingTitleWords.map { ($0, ()) })

    /// Headings and keys whose lines describe the project itself.
    static func isDefiningTitle(_ title: String) -> Bool { isDefiningTitle(FoldedLine(title)) }

    static func isDefiningTitle(_ title: FoldedLine) -> Bool { definingTitles.containsAny(in: title) }

    private static let projectTypeWords: [(ProjectKind, [String])] = [
        (
            .library,
            [
                "library", "lib", "package", "sdk", "crate", "framework", "plugin", "provider", "bibliothek",
                "biblioteca", "库", "ライブラリ",
            ]
        ),
        (
            .commandLineTool,
            [
                "cli", "command", "command-line", "console", "terminal", "tooling", "compiler", "konsole", "consola",
                "命令", "コマンド", "控制台",
            ]
        ),
        (.webApplication, ["web", "frontend", "browser", "pwa", "spa", "website", "webapp"]),
        (.apiService, ["backend", "service", "api", "server", "microservice", "daemon"]),
        (.mobileApp, ["mobile", "android", "ios", "移动", "モバイル"]),
        (.desktopApp, ["desktop", "gui"]),
        (.embedded, ["embedded", "firmware", "microcontroller", "嵌入式", "組み込み"]),
        (.dataPipeline, ["data", "pipeline", "ml", "notebook", "etl"]),
        (.infrastructure, ["infrastructure", "devops", "iac", "gitops", "ci"]),
        (.game, ["game", "games"]),
    ]

    /// A Spec Kit "Project Type" value ("single/web/mobile", "Single library package", "Monorepo CLI
    /// project with GitOps system tests"): the kinds of its first clause, or of the whole when the
    /// first clause names none. "Mobile web application" is a web application.
    static func projectTypeKinds(_ value: String) -> [ProjectKind] {
        // "web-service" and "web API" are services, not web applications.
        var folded = StackVocabulary.fold(value)
        for (phrase, meaning) in [
            ("web-service", "service"), ("web service", "service"), ("webservice", "service"), ("web api", "api"),
        ] {
            folded = folded.replacingAll(phrase, with: meaning)
        }
        // The template's own guidance: "[e.g., library/cli/web-service/…]", "[single/web/mobile - …]".
        if folded.hasPrefix("[") || folded.contains("e.g") || folded.contains("needs clarification") { return [] }
        let head = String(folded.prefix { $0 != "(" && $0 != "（" }).components(separatedByWord: " with ")
        for text in [head, folded] {
            var kinds = projectTypeWords.compactMap { kind, words in
                words.contains { StackVocabulary.containsWord($0, in: text) } ? kind : nil
            }
            if kinds.contains(.webApplication) { kinds.removeAll { $0 == .mobileApp } }
            if !kinds.isEmpty { return kinds }
        }
        return []
    }
}

extension String {
    /// The text before the first `separator`, or all of it.
    fileprivate func components(separatedByWord separator: String) -> String {
        firstRange(of: separator).map { String(self[..<$0.lowerBound]) } ?? self
    }
}
