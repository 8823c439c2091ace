import Testing

@testable import Generator

/// The per-line entry point reads a line once for every recogniser and finds exactly what each
/// recogniser finds on its own.
@Suite struct LineFactsTests {
    @Test(arguments: [
        "- **FR-001**: Members MUST book a court (Priority: P1)",
        "1. **Given** a free court, **When** a member books it, **Then** the booking is confirmed",
        "| FR-009 | Refund window | [NEEDS CLARIFICATION: 14 or 30 days?] |",
        "### User Story 1 - [Brief Title] (Priority: P1)",
        "- **FR-006**: System MUST authenticate users via [NEEDS CLARIFICATION: auth method not specified - email/password, SSO, OAuth?]",
        "1. **假设** 用户已登录，**当** 用户点击导出，**那么** 系统开始下载（优先级：P2）",
        "**NEEDS CLARIFICATION**: retention period?",
        "Plain prose without anything to find.",
        "",
    ])
    func factsAgreeWithEachRecogniser(line: String) {
        let facts = LineFacts(line)
        #expect(facts.template == TemplateText.kind(of: line))
        #expect(facts.leadingID == ItemIDScanner.leading(in: line))
        #expect(facts.priority == PriorityReader.find(in: line))
        #expect(facts.scenario == ScenarioLine(parsing: line))
        #expect(facts.openQuestions == OpenQuestionScanner.markers(in: line))
    }

    @Test func aRequirementLineIsReadWhole() throws {
        let facts = LineFacts("- **FR-020A**: Members MUST see a refund [NEEDS CLARIFICATION: partial refunds?]")
        #expect(facts.leadingID?.id.text == "FR-020A")
        #expect(facts.openQuestions.map(\.question) == ["partial refunds?"])
        #expect(facts.template == nil)
        #expect(facts.scenario == nil)
    }
}
