/// A constitution's rule on the language of plans ("All specifications and plans MUST be written
/// in Spanish", "文档必须使用中文", "計画書は日本語で記述すること"), in the constitution's own
/// language: a line that names documents, an obligation and exactly one language a plan can be
/// written in. Lines that allow rather than require ("May use English for code identifiers")
/// name no obligation, and lines about the interface or the code name no document.
enum PlanLanguageStatement {
    /// Words for the documents a plan is one of, in the languages of the vocabulary (lower case).
    static let documents = [
        "plan", "documentation", "docs", "documents", "specification", "documentación", "documentos",
        "especificaci", "documentação", "especificaç", "文档", "文檔", "计划", "計劃", "规格", "規格", "文件",
        "ドキュメント", "計画", "文書", "仕様",
    ]

    /// Words that make a line a requirement rather than a permission or a description.
    static let obligations = [
        "must", "shall", "should", "are written", "is written", "debe", "se escriben", "se redactan", "escritos en",
        "redactados en", "deve", "escritos em", "redigidos em", "必须", "必須", "应", "應", "使用", "采用", "採用", "一律",
        "こと", "記述", "書く", "作成する",
    ]

    /// Each plan language by the names the vocabulary's languages give it. Traditional Chinese
    /// comes before Chinese: its names hold Chinese's ("Traditional Chinese", "繁體中文"), and
    /// `language(of:)` drops a plain name inside a longer one it already found.
    static let names: [(PlanLanguage, [String])] = [
        (.english, ["english", "inglés", "inglês", "英文", "英语", "英語"]),
        (
            .traditionalChinese,
            [
                "traditional chinese", "chinese (traditional)", "chinese traditional", "繁體中文", "繁体中文", "正體中文",
                "正体中文", "繁體", "繁体", "正體", "zh-tw", "zh_tw", "zh-hant", "zh_hant", "zh-hk", "台灣華語", "台湾华语",
            ]
        ),
        (.chinese, ["chinese", "chino", "chinês", "中文", "汉语", "漢語", "中国語"]),
        (.japanese, ["japanese", "japonés", "japonês", "日本語", "日语", "日文"]),
        (.spanish, ["spanish", "español", "castellano", "espanhol", "西班牙语", "スペイン語"]),
        (.portuguese, ["portuguese", "portugués", "português", "葡萄牙语", "ポルトガル語"]),
    ]

    /// The language the first such line of the constitution requires; nil when none does.
    static func language(in lines: [MarkdownLine]) -> PlanLanguage? {
        for line in lines where line.isProse {
            if let language = language(of: line.text) { return language }
        }
        return nil
    }

    /// The language this line requires plans in; nil when it is not such a rule.
    static func language(of line: String) -> PlanLanguage? {
        // Byte searches: `String.contains` compares Characters, and this runs on every prose line
        // of the constitution (the words are lower-case and in the composed form constitutions use).
        let text = line.lowercased()
        // A language name is the rarest of the three: most lines are ruled out by it alone.
        guard names.contains(where: { _, names in names.contains { ByteSearch.firstRange(of: $0, in: text) != nil } }),
            documents.contains(where: { ByteSearch.firstRange(of: $0, in: text) != nil }),
            let obligation = obligations.compactMap({ ByteSearch.firstRange(of: $0, in: text)?.lowerBound }).min()
        else { return nil }
        // "Specs may be drafted in English, but plans MUST be written in Spanish": the language the
        // obligation names, else the only one the line names.
        let required = text[obligation...]
        for words in [required, Substring(text)] {
            var named = names.filter { _, names in
                names.contains { ByteSearch.firstRange(of: $0, in: words) != nil }
            }
            if named.contains(where: { $0.0 == .traditionalChinese }) { named.removeAll { $0.0 == .chinese } }
            if !named.isEmpty { return named.count == 1 ? named[0].0 : nil }
        }
        return nil
    }
}
