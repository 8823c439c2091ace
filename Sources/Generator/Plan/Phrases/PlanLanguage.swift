/// The language of the sentences a plan writes itself (its headings stay the format's, in
/// English, and what it quotes from the spec stays as written).
///
/// Chosen, strongest first, by `"language"` in `.plansync.json` or config.json, by what the
/// constitution asks ("plans MUST be written in Spanish"), by the spec's own language; English
/// for any other. Adding a language is one case here and one `PlanPhrases` file.
public enum PlanLanguage: String, CaseIterable, Sendable, Equatable {
    case english = "en"
    /// Simplified Chinese.
    case chinese = "zh"
    /// Traditional Chinese as written in Taiwan (程式碼, 資料庫, 使用者, 「」 quotes).
    case traditionalChinese = "zh-Hant"
    case japanese = "ja"
    case spanish = "es"
    case portuguese = "pt"

    /// The plan's language for a spec's detected one; nil for a language without a phrase table.
    init?(_ language: SpecLanguage) {
        self.init(rawValue: language.rawValue)
    }

    /// The plan's language for a spec: Chinese ones in their own script.
    init?(of spec: Spec) {
        if spec.chineseScript == .traditional {
            self = .traditionalChinese
        } else {
            self.init(spec.language)
        }
    }

    /// Other codes the `language` setting takes for a language: the regions that write it.
    public static let aliases: [String: PlanLanguage] = [
        "zh-Hans": .chinese, "zh-CN": .chinese, "zh-SG": .chinese,
        "zh-TW": .traditionalChinese, "zh-HK": .traditionalChinese, "zh-MO": .traditionalChinese,
    ]

    /// The language a setting's code names (`"zh-Hant"`, or an alias such as `"zh-TW"`), in any
    /// case, as language tags are (`"zh-tw"` too); nil for any other code.
    public init?(code: String) {
        let lowered = code.lowercased()
        let named =
            Self.allCases.first { $0.rawValue.lowercased() == lowered }
            ?? Self.aliases.first { $0.key.lowercased() == lowered }?.value
        guard let named else { return nil }
        self = named
    }

    /// Every code the `language` setting takes, in the order the error message lists them.
    public static var codes: [String] {
        allCases.flatMap { language in
            [language.rawValue] + aliases.filter { $0.value == language }.keys.sorted()
        }
    }

    /// The sentences of this language.
    var phrases: PlanPhrases {
        switch self {
        case .english: .english
        case .chinese: .chinese
        case .traditionalChinese: .traditionalChinese
        case .japanese: .japanese
        case .spanish: .spanish
        case .portuguese: .portuguese
        }
    }

    /// The sentences of this language's Risks, Success Criteria, Key Components and Notes.
    var review: ReviewPhrases {
        switch self {
        case .english: .english
        case .chinese: .chinese
        case .traditionalChinese: .traditionalChinese
        case .japanese: .japanese
        case .spanish: .spanish
        case .portuguese: .portuguese
        }
    }

    /// The plan's language: the setting's, else the constitution's, else the spec's, else English.
    /// - Parameter setting: `"language"` from the settings; nil for `"auto"`.
    static func of(setting: PlanLanguage?, constitution: Constitution?, spec: Spec) -> PlanLanguage {
        setting ?? constitution?.planLanguage ?? PlanLanguage(of: spec) ?? .english
    }
}
