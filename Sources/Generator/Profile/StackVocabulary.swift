/// The words, in several languages, that tell a stack statement from other prose: labels of
/// stack fields, headings of stack sections and of out-of-scope sections, requirement modals,
/// negations, example markers. Adding a language is adding words to these lists.
///
/// Latin words are matched lower-cased, accents folded, at word boundaries; Chinese and
/// Japanese ones as substrings.
enum StackVocabulary {
    /// A field or column label, and the role it gives the technologies after it (nil: any role).
    enum Label: Equatable {
        case role(TechnologyRole)
        case anyTechnology
        case projectType
        case targetPlatform
    }

    private static let labels: [(words: [String], label: Label)] = [
        (
            [
                "project type", "projekttyp", "tipo de proyecto", "tipo de projeto", "type de projet", "项目类型", "專案類型",
                "プロジェクト種別", "プロジェクトタイプ",
            ], .projectType
        ),
        (
            [
                "target platform", "zielplattform", "plataforma objetivo", "plataforma alvo", "plateforme cible",
                "目标平台", "目標平台", "ターゲットプラットフォーム", "対象プラットフォーム",
            ], .targetPlatform
        ),
        (
            [
                "language", "languages", "sprache", "programmiersprache", "lenguaje", "linguagem", "langage", "言語",
                "语言", "語言",
            ], .role(.language)
        ),
        (["runtime", "laufzeit", "ランタイム", "运行时", "執行環境"], .role(.runtime)),
        (
            ["backend", "back-end", "server", "servidor", "serveur", "后端", "後端", "バックエンド", "サーバー"],
            .role(.backendFramework)
        ),
        (["frontend", "front-end", "web", "client", "cliente", "ui", "前端", "フロントエンド"], .role(.frontendFramework)),
        (["mobile", "movil", "movel", "移动端", "モバイル"], .role(.mobileUI)),
        (
            [
                "database", "databases", "db", "storage", "persistence", "data store", "datastore", "datenbank",
                "speicher", "persistenz",
                "base de datos", "banco de dados", "almacenamiento", "armazenamento", "base de donnees", "stockage",
                "数据库", "資料庫", "存储", "儲存",
                "データベース", "ストレージ", "永続化",
            ], .role(.database)
        ),
        (["cache", "caching", "キャッシュ", "缓存", "快取"], .role(.cache)),
        (["queue", "messaging", "message broker", "broker", "cola", "fila", "队列", "キュー"], .role(.queue)),
        (
            ["testing", "tests", "test", "test framework", "pruebas", "testes", "teste", "測試", "测试", "テスト"],
            .role(.testTool)
        ),
        (["build", "build tool", "bundler", "build system", "ビルド", "ビルドツール", "构建", "建置"], .role(.buildTool)),
        (["ci", "ci/cd", "cd", "pipeline", "continuous integration", "持续集成", "持續整合"], .role(.ciCd)),
        (
            [
                "hosting", "deployment", "deploy", "cloud", "cloud provider", "infrastructure", "infra", "despliegue",
                "implantacao", "hebergement",
                "部署", "デプロイ", "インフラ", "托管",
            ], .role(.hosting)
        ),
        (
            [
                "microcontroller", "mikrocontroller", "mcu", "board", "hardware", "firmware", "microcontrolador",
                "微控制器", "マイコン",
            ], .role(.embeddedPlatform)
        ),
        (["framework", "frameworks", "フレームワーク", "框架", "marco"], .anyTechnology),
        (
            [
                "stack", "tech stack", "technology", "technologies", "tooling", "tools", "libraries", "library",
                "dependencies", "primary dependencies",
                "abhangigkeiten", "bibliotheken", "dependencias", "dependencies", "dependances", "bibliotecas", "依赖",
                "依賴", "依存関係", "ライブラリ",
                "技术栈", "技術スタック", "技术", "技術", "tecnologia", "tecnologias", "technologie", "technologien", "auth",
                "authentication",
                "payments", "payment", "email", "notifications", "monitoring", "observability", "logging", "pwa",
                "graphics", "physics", "audio",
                "rendering", "state management",
            ], .anyTechnology
        ),
    ]

    private static let labelSet = PhraseSet(labels.flatMap { words, label in words.map { ($0, label) } })

    /// Every label's words, for a ``PhraseFilter`` of field keys.
    static var labelPhrases: [String] { labels.flatMap(\.words) }

    /// The label a field key names: "**Language/Version**" is a language, "Storage" a database.
    static func label(forKey key: String) -> Label? {
        guard !key.isEmpty, key.utf8.count <= 120 else { return nil }
        return labelSet.values(in: FoldedLine(key)).first
    }

    /// Headings of sections that state the stack, in any language.
    private static let stackHeadings = [
        "stack", "technolog", "technical", "tecnic", "technique", "technisch", "tecnolog", "constraint", "contrainte",
        "restriccion", "restricao",
        "rahmenbedingung", "einschrankung", "tooling", "toolchain", "hardware", "komponenten",
        "技术", "技術", "架构", "アーキテクチャ", "開発標準", "开发标准", "開発環境", "开发环境", "制約", "约束", "規範",
    ]

    /// Headings whose content is what the project will not do or did not choose.
    private static let negativeHeadings = [
        "out of scope", "out-of-scope", "non-goal", "non goal", "not in scope", "won't", "wont", "will not", "don't",
        "what we don't",
        "anti-pattern", "alternatives considered", "rejected", "future work", "future", "deferred", "later",
        "fuera de alcance", "fuera del alcance",
        "no objetivos", "fora do escopo", "nao objetivos", "hors perimetre", "hors du perimetre", "hors champ",
        "non-objectifs", "nicht im umfang",
        "ausserhalb", "nicht-ziele", "nichtziele", "范围外", "不在范围", "非目标", "範圍外", "スコープ外", "対象外", "今後", "将来",
    ]

    /// The heading of a Spec Kit plan's Technical Context, in the languages plans are written in.
    private static let technicalContextHeadings = [
        "technical context", "technischer kontext", "contexto tecnico", "contexte technique", "contesto tecnico",
        "技术上下文", "技術上下文",
        "技術コンテキスト", "技術的コンテキスト", "技術背景", "技术背景", "技術的背景", "기술 컨텍스트",
    ]

    private static let technicalContextNeedles = Keywords(technicalContextHeadings)
    private static let stackNeedles = Keywords(stackHeadings)
    private static let negativeNeedles = Keywords(negativeHeadings)

    static func isTechnicalContextHeading(_ title: String) -> Bool { isTechnicalContextHeading(FoldedLine(title)) }
    static func isStackHeading(_ title: String) -> Bool { isStackHeading(FoldedLine(title)) }
    static func isNegativeHeading(_ title: String) -> Bool { isNegativeHeading(FoldedLine(title)) }

    static func isTechnicalContextHeading(_ title: FoldedLine) -> Bool { title.containsAny(technicalContextNeedles) }
    static func isStackHeading(_ title: FoldedLine) -> Bool { title.containsAny(stackNeedles) }
    static func isNegativeHeading(_ title: FoldedLine) -> Bool { title.containsAny(negativeNeedles) }

    /// Words that make a line a requirement: MUST, MUSS, DEBE, DEVE, DOIT, 必须, すること...
    static let modals = [
        "must", "shall", "required", "mandatory", "muss", "mussen", "debe", "deben", "deve", "devem", "doit", "doivent",
        "必须", "必須", "务必", "務必", "应当", "すること", "しなければ", "使用する",
    ]

    /// Words that state a choice: "Use X", "built with X", "verwendet X", "使用X".
    static let choices = [
        "use", "uses", "using", "built with", "built on", "written in", "based on", "powered by", "adopt", "verwende",
        "verwenden", "nutze", "nutzen", "basiert auf", "usar", "usa", "utilizar", "utiliza", "utiliser", "utilise",
        "使用", "采用", "採用", "基于", "基於", "を使う", "を用い",
    ]

    static let negationSet = PhraseSet(negations.map { ($0, ()) })
    static let exampleSet = PhraseSet(examples.map { ($0, ()) })
    static let alternativeSet = PhraseSet(alternatives.map { ($0, ()) })
    static let preferredSet = PhraseSet(preferred.map { ($0, ()) })

    static let negations = [
        "no", "not", "never", "without", "avoid", "instead of", "rather than", "don't", "do not", "cannot", "nicht",
        "kein", "keine", "keinen", "ohne", "niemals", "sin", "nunca", "evitar", "sem", "nao", "pas", "sans", "jamais",
        "eviter", "不使用", "不用", "不要", "禁止", "避免", "无需", "無需", "不得", "而非", "使用しない", "使わない",
    ]

    /// Negations that follow the name: "PostgreSQL not used", "Redis n'est pas", "Xを使用しない".
    static let trailingNegations = [
        "not used", "not needed", "not required", "is not", "are not", "isn't", "aren't", "n'est pas",
        "is out of scope", "are out of scope", "out of scope", "esta fuera", "fica fora", "est hors",
        "wird nicht", "no se usa", "nao e", "しない", "使わない", "不要", "なし",
    ]

    static let examples = [
        "e.g", "eg.", "for example", "for instance", "such as", "z.b", "z. b", "zum beispiel", "beispielsweise",
        "p.ej", "p. ej", "por ejemplo", "por exemplo", "par exemple", "p. ex", "ex.:", "例如", "比如", "譬如", "例えば", "たとえば",
        "例：",
    ]

    static let alternatives = ["or", "oder", "o", "ou", "或", "或者", "または", "もしくは"]

    static let preferred = [
        "preferred", "recommended", "empfohlen", "bevorzugt", "preferido", "preferida", "recomendado", "prefere",
        "recommande", "推荐", "首选", "推奨", "優先",
    ]

    /// Lower case, accents folded: "Abhängigkeiten" -> "abhangigkeiten". CJK stays as it is.
    static func fold(_ text: String) -> String { FoldedLine(text).text }

    /// Whether `word` stands in `text` as a whole word; CJK words as substrings.
    static func containsWord(_ word: String, in text: String) -> Bool {
        FoldedLine(text).firstIndex(of: FoldedLine(word).bytes) != nil
    }
}
