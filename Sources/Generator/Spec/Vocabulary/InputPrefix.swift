/// Strips the template's `**Input**: User description: "…"` framing, in every language of the
/// vocabulary (`**Entrada**: Descripción del usuario:`, `**Eingabe**: Benutzerbeschreibung:`,
/// `用户描述：`, `ユーザー説明：`), so that a summary starts with what the author asked for.
public enum InputPrefix {
    /// Labels of the metadata line.
    static let labels = ScalarPhraseTable(
        [
            "input", "entrada", "eingabe", "entrée", "entree", "输入", "輸入", "入力", "입력",
        ].map { ($0, ()) })

    /// Prefixes of the description itself.
    static let descriptions = ScalarPhraseTable(
        [
            "user description", "feature description", "description", "user input", "descripción del usuario",
            "descripción de usuario",
            "descripción", "descrição do usuário", "descrição do utilizador", "descrição de usuário", "descrição",
            "description utilisateur",
            "description de l'utilisateur", "benutzerbeschreibung", "nutzerbeschreibung", "beschreibung", "用户描述",
            "使用者描述", "用戶描述",
            "功能描述", "描述", "ユーザー説明", "ユーザーの説明", "説明", "사용자 설명", "설명",
        ].map { ($0, ()) })

    /// Opening quotes and the quote that closes each.
    static let quotes: [Unicode.Scalar: Unicode.Scalar] = [
        "\"": "\"", "“": "”", "„": "“", "«": "»", "「": "」", "『": "』", "'": "'", "‘": "’", "”": "”",
    ]

    /// Closing quotes that never end a word (an apostrophe does: "users'").
    static let doubleClosers: Set<Unicode.Scalar> = ["\"", "”", "“", "»", "」", "』"]

    /// The text without its `Input:` label, its `User description:` prefix and the quotes around
    /// it. A quote that opens without closing (a cut description) is dropped as well, so that
    /// no stray `"` opens the summary.
    public static func stripping(_ text: String) -> String {
        let line = FoldedScalars(text)
        var i = line.skippingSpaces(from: 0)
        i = skippingLabel(labels, in: line, at: i)
        i = skippingLabel(descriptions, in: line, at: i)
        let end = line.trimmingSpaces(before: line.count)
        guard i < end else { return i == 0 ? text : "" }
        return unquoted(line, i..<end)
    }

    /// After `label:` (bold or not, `:` or `：`) at `i`, or `i` when there is no such label.
    private static func skippingLabel(_ table: ScalarPhraseTable<Void>, in line: FoldedScalars, at start: Int) -> Int {
        let s = line.folded
        var i = start
        while i < s.count, s[i] == "*" || s[i] == "_" { i += 1 }
        guard let label = table.longestMatch(in: line, at: i) else { return start }
        var k = i + label.length
        while k < s.count, s[k] == "*" || s[k] == "_" || s[k] == " " { k += 1 }
        guard k < s.count, s[k] == ":" else { return start }
        k += 1
        while k < s.count, s[k] == "*" || s[k] == "_" { k += 1 }
        return line.skippingSpaces(from: k)
    }

    private static func unquoted(_ line: FoldedScalars, _ range: Range<Int>) -> String {
        let s = line.original
        var lower = range.lowerBound
        var upper = range.upperBound
        if let close = quotes[s[lower]] {
            if upper - lower >= 2, s[upper - 1] == close {
                lower += 1
                upper -= 1
            } else if close != "'", close != "’", !s[(lower + 1)..<upper].contains(close) {
                lower += 1
            }
        } else if doubleClosers.contains(s[upper - 1]),
            !s[lower..<(upper - 1)].contains(where: { quotes[$0] == s[upper - 1] })
        {
            upper -= 1
        }
        while lower < upper, s[lower] == " " || s[lower] == "\u{00A0}" || s[lower] == "\u{202F}" { lower += 1 }
        while upper > lower, s[upper - 1] == " " || s[upper - 1] == "\u{00A0}" || s[upper - 1] == "\u{202F}" {
            upper -= 1
        }
        return line.text(lower..<upper)
    }
}
