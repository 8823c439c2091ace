import Testing

@testable import Generator

/// Open questions in every form, each once; and never the template's guidance, example or
/// placeholder question. One spec with ten open questions got none, while the template's own
/// example became a risk.
@Suite struct OpenQuestionScannerTests {
    @Test(arguments: [
        (
            "- **FR-004**: Members MUST pay by [NEEDS CLARIFICATION: card only or also invoice?]",
            ["card only or also invoice?"]
        ),
        ("Refunds follow [NEEDS CLARIFICATION]", [nil]),
        ("Refunds follow **[NEEDS CLARIFICATION]**", [nil]),
        ("- [NEEDS CLARIFICATION: who approves refunds?]", ["who approves refunds?"]),
        ("| FR-009 | Refund window | [NEEDS CLARIFICATION: 14 or 30 days?] |", ["14 or 30 days?"]),
        ("| FR-010 | Export | [NEEDS CLARIFICATION] |", [nil]),
        ("Two at once: [NEEDS CLARIFICATION: A?] and [NEEDS CLARIFICATION: B?]", ["A?", "B?"]),
        ("[NEEDS CLARIFICATION - which currency?]", ["which currency?"]),
        ("[Needs clarification: lower case works too?]", ["lower case works too?"]),
        ("[NEEDS CLARIFICATION: nested [brackets] stay?]", ["nested [brackets] stay?"]),
        ("［NEEDS CLARIFICATION：全角でも？］", ["全角でも？"]),
        ("支付方式 [需要澄清: 是否支持发票？]", ["是否支持发票？"]),
        ("【待确认】退款期限", [nil]),
        ("El pago [NECESITA ACLARACIÓN: ¿tarjeta o transferencia?]", ["¿tarjeta o transferencia?"]),
        ("O pagamento [PRECISA DE ESCLARECIMENTO: cartão?]", ["cartão?"]),
        ("Le paiement [À CLARIFIER : carte ?]", ["carte ?"]),
        ("Die Zahlung [KLÄRUNG ERFORDERLICH: Karte?]", ["Karte?"]),
        ("支払い方法 [要確認: カードのみ？]", ["カードのみ？"]),
        ("결제 방법 [확인 필요: 카드만?]", ["카드만?"]),
        ("**NEEDS CLARIFICATION**: retention period?", ["retention period?"]),
        ("- NEEDS CLARIFICATION: export format?", ["export format?"]),
        ("Pricing is [TBD]", [nil]),
        (
            "- **FR-001**: System MUST [specific capability] by [NEEDS CLARIFICATION: which channel?]",
            ["which channel?"]
        ),
    ])
    func questionsAreFoundInEveryForm(line: String, questions: [String?]) {
        #expect(OpenQuestionScanner.markers(in: line).map(\.question) == questions, "\(line)")
    }

    @Test(arguments: [
        "- [x] No [NEEDS CLARIFICATION] markers remain",
        "- [ ] No [NEEDS CLARIFICATION] markers remain",
        "All previous questions resolved. No outstanding [NEEDS CLARIFICATION] markers.",
        "   → Mark with [NEEDS CLARIFICATION: specific question]",
        "   → If any [NEEDS CLARIFICATION]: WARN \"Spec has uncertainties\"",
        "1. **Mark all ambiguities**: Use [NEEDS CLARIFICATION: specific question] for any assumption you'd need to make",
        "- **FR-006**: System MUST authenticate users via [NEEDS CLARIFICATION: auth method not specified - email/password, SSO, OAuth?]",
        "- **FR-007**: System MUST retain user data for [NEEDS CLARIFICATION: retention period not specified]",
        "Write [NEEDS CLARIFICATION: question] where unsure",
        "This needs clarification: later",
        "See [the clarification notes](notes.md)",
    ])
    func templateTextAndMentionsAreNoQuestions(line: String) {
        #expect(OpenQuestionScanner.markers(in: line).isEmpty, "\(line)")
    }

    @Test func markersAreCutOutOfTheirLine() {
        #expect(
            OpenQuestionScanner.removingMarkers(from: "Members pay by [NEEDS CLARIFICATION: card?] at checkout")
                == "Members pay by at checkout")
        #expect(
            OpenQuestionScanner.removingMarkers(from: "| FR-010 | Export **[NEEDS CLARIFICATION]** |")
                == "| FR-010 | Export |")
    }

    @Test(arguments: [
        ("- Which payment provider do we use?", "Which payment provider do we use?"),
        ("1. Who approves refunds?", "Who approves refunds?"),
        ("- [ ] Decide the retention period", "Decide the retention period"),
        ("- **Q1**: Is offline mode needed?", "Is offline mode needed?"),
        ("- Q: Which regions?", "Which regions?"),
        ("- OQ-002: Which currencies?", "Which currencies?"),
        ("- [NEEDS CLARIFICATION: SSO or passwords?]", "SSO or passwords?"),
        ("- 是否需要离线模式？", "是否需要离线模式？"),
    ])
    func itemsOfAnOpenQuestionsSectionAreQuestions(line: String, question: String) {
        #expect(OpenQuestionScanner.question(inItem: line) == question, "\(line)")
    }

    @Test(arguments: [
        "- [x] Decided: SSO", "- None", "- N/A", "- [Open question, e.g., \"which provider\"]", "   ", "- なし",
    ])
    func closedOrEmptyItemsAreNoQuestions(line: String) {
        #expect(OpenQuestionScanner.question(inItem: line) == nil, "\(line)")
    }
}
