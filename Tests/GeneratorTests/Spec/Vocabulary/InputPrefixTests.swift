import Testing

@testable import Generator

/// "用户描述：" and "Descripción del usuario:" prefixes stayed in summaries, and a cut description
/// left a stray `"` that opened another.
@Suite struct InputPrefixTests {
    @Test(arguments: [
        ("**Input**: User description: \"Members book courts online\"", "Members book courts online"),
        ("User description: \"Members book courts online\"", "Members book courts online"),
        ("**Entrada**: Descripción del usuario: \"Los socios reservan pistas\"", "Los socios reservan pistas"),
        ("**Entrada**: Descripcion del usuario: \"Los socios reservan pistas\"", "Los socios reservan pistas"),
        ("**Entrada**: Descrição do usuário: \"Os membros reservam quadras\"", "Os membros reservam quadras"),
        ("**Entrée** : Description utilisateur : « Les membres réservent »", "Les membres réservent"),
        ("**Eingabe**: Benutzerbeschreibung: „Mitglieder buchen Plätze“", "Mitglieder buchen Plätze"),
        ("**输入**：用户描述：“会员在线预订场地”", "会员在线预订场地"),
        ("使用者描述：會員線上預約場地", "會員線上預約場地"),
        ("**入力**: ユーザー説明: 「会員がコートを予約する」", "会員がコートを予約する"),
        ("**입력**: 사용자 설명: \"회원이 코트를 예약한다\"", "회원이 코트를 예약한다"),
        ("**Input**: User description: \"Members book courts online, and", "Members book courts online, and"),
        ("Members book courts online\"", "Members book courts online"),
        ("**Input**: Members book courts", "Members book courts"),
        ("The members' courts", "The members' courts"),
        ("A \"quoted\" word stays", "A \"quoted\" word stays"),
        ("\"Build X\" and \"Y\"", "Build X\" and \"Y"),
    ])
    func inputFramingIsStrippedInEveryLanguage(line: String, description: String) {
        #expect(InputPrefix.stripping(line) == description, "\(line)")
    }
}
