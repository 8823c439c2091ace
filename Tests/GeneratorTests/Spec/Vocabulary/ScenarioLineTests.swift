import Testing

@testable import Generator

/// Acceptance scenarios in every language of the vocabulary are split into their clauses and
/// written back as one readable sentence: "Given … When … Then …" joined without commas, and
/// Dado/Quando/Então or 假设/当/那么 not recognised at all, were what users saw.
@Suite struct ScenarioLineTests {
    /// (line, steps, keywords, texts)
    static let languages: [(String, [ScenarioStep], [String], [String])] = [
        (
            "1. **Given** a free court, **When** a member books it, **Then** the booking is confirmed",
            [.given, .when, .then],
            ["Given", "When", "Then"], ["a free court", "a member books it", "the booking is confirmed"]
        ),
        (
            "- **Dado** una pista libre, **Cuando** el socio la reserva, **Entonces** queda confirmada",
            [.given, .when, .then],
            ["Dado", "Cuando", "Entonces"], ["una pista libre", "el socio la reserva", "queda confirmada"]
        ),
        (
            "2. **Dado que** o caixa está aberto, **Quando** o cliente paga, **Então** o recibo é impresso",
            [.given, .when, .then],
            ["Dado que", "Quando", "Então"], ["o caixa está aberto", "o cliente paga", "o recibo é impresso"]
        ),
        (
            "**Étant donné** un dossier vide, **Lorsque** l'utilisateur lance l'export, **Alors** un fichier vide est créé",
            [.given, .when, .then], ["Étant donné", "Lorsque", "Alors"],
            ["un dossier vide", "l'utilisateur lance l'export", "un fichier vide est créé"]
        ),
        (
            "**Soit** une liste, **Quand** on trie, **Alors** l'ordre change, **Et** rien n'est perdu",
            [.given, .when, .then, .and],
            ["Soit", "Quand", "Alors", "Et"], ["une liste", "on trie", "l'ordre change", "rien n'est perdu"]
        ),
        (
            "3. **Angenommen** das Konto ist gesperrt, **Wenn** der Benutzer sich anmeldet, **Dann** erscheint ein Hinweis, **Und** nichts wird gebucht",
            [.given, .when, .then, .and], ["Angenommen", "Wenn", "Dann", "Und"],
            ["das Konto ist gesperrt", "der Benutzer sich anmeldet", "erscheint ein Hinweis", "nichts wird gebucht"]
        ),
        (
            "1. **假设** 用户已登录，**当** 用户点击导出，**那么** 系统开始下载", [.given, .when, .then], ["假设", "当", "那么"],
            ["用户已登录", "用户点击导出", "系统开始下载"]
        ),
        ("假如购物车为空，当用户结算，则显示提示", [.given, .when, .then], ["假如", "当", "则"], ["购物车为空", "用户结算", "显示提示"]),
        (
            "**給定** 帳號已停用，**當** 使用者登入，**那麼** 顯示錯誤", [.given, .when, .then], ["給定", "當", "那麼"],
            ["帳號已停用", "使用者登入", "顯示錯誤"]
        ),
        (
            "1. **Given** 試合が始まっている、**When** 得点を入力する、**Then** 合計が更新される", [.given, .when, .then],
            ["Given", "When", "Then"], ["試合が始まっている", "得点を入力する", "合計が更新される"]
        ),
        (
            "**前提** 試合が始まっている、**もし** 得点を入力したら、**ならば** 合計が更新される", [.given, .when, .then],
            ["前提", "もし", "ならば"], ["試合が始まっている", "得点を入力したら", "合計が更新される"]
        ),
        (
            "**前提** 試合が始まっている、得点を入力したとき、**ならば** 合計が更新される", [.given, .when, .then],
            ["前提", "", "ならば"], ["試合が始まっている", "得点を入力したとき", "合計が更新される"]
        ),
        (
            "**조건** 장바구니가 비어 있음, **만약** 사용자가 결제하면, **그러면** 안내가 표시됨", [.given, .when, .then],
            ["조건", "만약", "그러면"], ["장바구니가 비어 있음", "사용자가 결제하면", "안내가 표시됨"]
        ),
    ]

    @Test(arguments: languages)
    func scenariosSplitIntoClausesInEveryLanguage(
        line: String, steps: [ScenarioStep], keywords: [String], texts: [String]
    ) throws {
        let scenario = try #require(ScenarioLine(parsing: line), "\(line)")
        #expect(scenario.clauses.map(\.step) == steps)
        #expect(scenario.clauses.map(\.keyword) == keywords)
        #expect(scenario.clauses.map(\.text) == texts)
    }

    @Test(arguments: [
        (
            "Given I want to sort my books When I open the shelf Then they are sorted by title",
            "Given I want to sort my books, when I open the shelf, then they are sorted by title"
        ),
        (
            "**Given** a member, **When** she pays, **Then** a receipt is sent.",
            "Given a member, when she pays, then a receipt is sent."
        ),
        (
            "**Given** a member. **When** she pays. **Then** a receipt is sent.",
            "Given a member, when she pays, then a receipt is sent."
        ),
        (
            "**Given** a list, **And** a filter, **When** I apply it, **Then** rows hide, **But** the total stays",
            "Given a list, and a filter, when I apply it, then rows hide, but the total stays"
        ),
        ("given a list, when I sort it, then it is ordered", "Given a list, when I sort it, then it is ordered"),
        (
            "**Gegeben** der Timer läuft, **Wenn** er abläuft, **Dann** ertönt ein Signal",
            "Gegeben der Timer läuft, wenn er abläuft, dann ertönt ein Signal"
        ),
        (
            "1. **Given** 試合が始まっている、**When** 得点を入力する、**Then** 合計が更新される",
            "Given 試合が始まっている、when 得点を入力する、then 合計が更新される"
        ),
        ("**假设** 用户已登录，**当** 用户点击导出，**那么** 系统开始下载", "假设用户已登录，当用户点击导出，那么系统开始下载"),
        ("**假设** 用户已登录。**当** 用户点击导出。**那么** 系统开始下载。", "假设用户已登录，当用户点击导出，那么系统开始下载。"),
        ("**前提** 試合が始まっている、**もし** 得点を入力したら、**ならば** 合計が更新される", "前提：試合が始まっている、もし得点を入力したら、ならば合計が更新される"),
        (
            "**Étant donné qu'**un dossier existe, **Quand** on l'ouvre, **Alors** il s'affiche",
            "Étant donné qu'un dossier existe, quand on l'ouvre, alors il s'affiche"
        ),
        (
            "**Given** the list `a, b`, **When** I add `c`, **Then** it reads `a, b, c`",
            "Given the list `a, b`, when I add `c`, then it reads `a, b, c`"
        ),
    ])
    func scenariosReadAsOneSentence(line: String, sentence: String) throws {
        let scenario = try #require(ScenarioLine(parsing: line), "\(line)")
        #expect(scenario.sentence == sentence)
    }

    /// Prose that merely contains the words is no scenario.
    @Test(arguments: [
        "When the timer expires, the display shows 000",
        "Wenn das Schießen beginnt, drückt er eine Taste.",
        "The export runs when the user asks and then closes.",
        "当前用户可以导出报表，然后下载",
        "- Given enough time, anything is possible",
        "See the section on **Given** values",
        "Users expect CSV and then PDF",
    ])
    func proseIsNoScenario(line: String) {
        #expect(ScenarioLine(parsing: line) == nil, "\(line)")
    }

    /// Conjunctions count only in bold or capitalised at a clause start: a list inside a clause stays whole.
    @Test func listsInsideAClauseStayWhole() throws {
        let scenario = try #require(
            ScenarioLine(parsing: "Given a user, when she exports, then the file has name, date and size"))
        #expect(scenario.clauses.count == 3)
        #expect(scenario.clauses[2].text == "the file has name, date and size")
    }

    /// The renderer never writes two marks in a row, whatever the clause ends with.
    @Test func noDoubledPunctuation() {
        let scenario = ScenarioLine(clauses: [
            ScenarioClause(step: .given, keyword: "Given", text: "a list,"),
            ScenarioClause(step: .when, keyword: "When", text: "I sort it;"),
            ScenarioClause(step: .then, keyword: "Then", text: "it is sorted"),
        ])
        #expect(scenario.sentence == "Given a list, when I sort it; then it is sorted")
        let chinese = ScenarioLine(clauses: [
            ScenarioClause(step: .given, keyword: "假设", text: "列表为空，"),
            ScenarioClause(step: .then, keyword: "那么", text: "显示提示"),
        ])
        #expect(chinese.sentence == "假设列表为空，那么显示提示")
    }
}
