/// Given/When/Then/And/But in every language of the vocabulary, compiled once into a
/// first-character index. Spec Kit's templates write them in bold (`**Given**`); translated
/// specs keep the bold and translate the word (`**Gegeben**`, `**Dado**`), or keep the English
/// word before text in their own language (`**Given** ゲームを開始した、**When** …`).
public enum ScenarioKeywords {
    /// Keywords by language and step; longer spellings ("dado que", "étant donné que") win.
    public static let table: [(language: SpecLanguage, keywords: [(ScenarioStep, [String])])] = [
        (.english, [(.given, ["given"]), (.when, ["when"]), (.then, ["then"]), (.and, ["and"]), (.but, ["but"])]),
        (
            .spanish,
            [
                (.given, ["dado que", "dado", "dada", "dados", "dadas"]), (.when, ["cuando"]), (.then, ["entonces"]),
                (.and, ["y"]), (.but, ["pero"]),
            ]
        ),
        (
            .portuguese,
            [
                (.given, ["dado que", "dado", "dada", "dados", "dadas"]), (.when, ["quando"]), (.then, ["então"]),
                (.and, ["e"]), (.but, ["mas"]),
            ]
        ),
        (
            .french,
            [
                (
                    .given,
                    [
                        "étant donné que", "étant donné qu'", "étant donné", "étant donnée", "étant donnés", "soit",
                        "sachant que",
                    ]
                ),
                (.when, ["quand", "lorsque", "lorsqu'"]), (.then, ["alors"]), (.and, ["et"]), (.but, ["mais"]),
            ]
        ),
        (
            .german,
            [
                (.given, ["gegeben sei", "gegeben seien", "gegeben", "angenommen"]), (.when, ["wenn"]),
                (.then, ["dann"]),
                (.and, ["und"]), (.but, ["aber"]),
            ]
        ),
        (
            .chinese,
            [
                (.given, ["假设", "假如", "给定", "給定", "已知", "假設"]), (.when, ["当", "當"]), (.then, ["那么", "那麼", "则", "則"]),
                (.and, ["并且", "並且", "而且", "同时", "同時"]), (.but, ["但是"]),
            ]
        ),
        (
            .japanese,
            [
                (.given, ["前提条件", "前提"]), (.when, ["もし"]), (.then, ["ならば", "その後"]), (.and, ["かつ", "また"]),
                (.but, ["しかし", "ただし", "但し"]),
            ]
        ),
        (
            .korean,
            [
                (.given, ["조건", "먼저", "전제"]), (.when, ["만약", "만일"]), (.then, ["그러면", "그럼"]), (.and, ["그리고"]),
                (.but, ["하지만"]),
            ]
        ),
    ]

    /// A keyword's step and language.
    struct Entry: Sendable {
        let step: ScenarioStep
        let language: SpecLanguage
        /// Single-letter conjunctions (`y`, `e`) and common words (`and`, `mais`) count only in bold.
        let needsBold: Bool
    }

    static let phrases = ScalarPhraseTable(
        table.flatMap { language, keywords in
            keywords.flatMap { step, words in
                words.map { word in
                    let conjunction = step == .and || step == .but
                    return (
                        word,
                        Entry(
                            step: step, language: language,
                            needsBold: conjunction && (word.count == 1 || language != .english))
                    )
                }
            }
        })

    /// Japanese endings that make a clause the action: `〜したとき`, `〜した場合`.
    static let japaneseWhenEndings: [String] = ["ときに", "とき", "時", "場合"]

    /// Characters that, after 当/當, make a word rather than "when": 当前 (current), 当然 (of course).
    static let notWhenAfterDang: Set<Unicode.Scalar> = [
        "前", "然", "地", "天", "日", "年", "中", "下", "时", "時", "初", "作", "成", "做", "选", "選",
    ]
}
