import Testing

@testable import Generator

/// Priorities in every bracket, colon, width and language form. `（优先级：P1）` and `(Priority: P0)`
/// were not understood: a P0 story was scheduled after every P1 story.
@Suite struct PriorityReaderTests {
    @Test(arguments: [
        ("User Story 1 - Book a court (Priority: P1)", 1, "User Story 1 - Book a court"),
        ("User Story 2 - Cancel (Priority: P0)", 0, "User Story 2 - Cancel"),
        ("用户故事 1 - 导出报表（优先级：P1）", 1, "用户故事 1 - 导出报表"),
        ("使用者故事 2 - 匯出報表（優先順序：P2）", 2, "使用者故事 2 - 匯出報表"),
        ("用户故事 3 - 订阅（优先权：P3）", 3, "用户故事 3 - 订阅"),
        ("ユーザーストーリー2 - 履歴（優先度：P2）", 2, "ユーザーストーリー2 - 履歴"),
        ("História de Usuário 3 - Agenda (Prioridade: P3)", 3, "História de Usuário 3 - Agenda"),
        ("Historia de usuario 1 - Reservar (Prioridad: P1)", 1, "Historia de usuario 1 - Reservar"),
        ("Récit 2 - Export (Priorité : P2)", 2, "Récit 2 - Export"),
        ("Benutzer-Story 4 - Dauer (Priorität: P4)", 4, "Benutzer-Story 4 - Dauer"),
        ("사용자 스토리 1 - 예약 (우선순위: P1)", 1, "사용자 스토리 1 - 예약"),
        ("[P1] Quick launch", 1, "Quick launch"),
        ("【P2】快速启动", 2, "快速启动"),
        ("Quick launch (P0)", 0, "Quick launch"),
        ("Quick launch - P3", 3, "Quick launch"),
        ("Quick launch – P2", 2, "Quick launch"),
        ("P1: Quick launch", 1, "Quick launch"),
        ("Quick launch (Priority: High)", 1, "Quick launch"),
        ("Quick launch (Priority: Critical)", 0, "Quick launch"),
        ("Reservar (Prioridad: Alta)", 1, "Reservar"),
        ("Agenda (Prioridade: Média)", 2, "Agenda"),
        ("Export (Priorité : Basse)", 3, "Export"),
        ("Dauer (Priorität: Niedrig)", 3, "Dauer"),
        ("Dauer (Priorität: Hoch)", 1, "Dauer"),
        ("导出（优先级：高）", 1, "导出"),
        ("履歴（優先度：低）", 3, "履歴"),
        ("Ｑｕｉｃｋ（Ｐｒｉｏｒｉｔｙ：Ｐ１）", 1, "Ｑｕｉｃｋ"),
        ("**Priority**: P2", 2, "**Priority**: P2"),
        ("Story 5 (Priority: P5)", 5, "Story 5"),
        ("Story (P1, MVP)", 1, "Story"),
    ])
    func prioritiesAreReadInEveryForm(text: String, rank: Int, withoutMarker: String) throws {
        let match = try #require(PriorityReader.find(in: text), "\(text)")
        #expect(match.level.rank == rank, "\(text)")
        if withoutMarker != text {
            #expect(PriorityReader.removing(from: text) == withoutMarker)
        }
    }

    @Test(arguments: [
        "P1・P2に比べて影響は軽微", "Priority Resolution for Collection Name", "**Why this priority**: It is the core",
        "The P1 phase ships first",
        "Mapping (optional)", "Use HTTP/2 (RFC 7540)", "Support 4P1 modules",
    ])
    func proseIsNoPriority(text: String) {
        #expect(PriorityReader.find(in: text) == nil, "\(text)")
    }

    @Test(arguments: [
        ("P1", 1), ("p0", 0), ("Ｐ２", 2), ("High", 1), ("medium", 2), ("Low", 3), ("Alta", 1), ("Baixa", 3),
        ("Moyenne", 2),
        ("Mittel", 2), ("高", 1), ("中", 2), ("低", 3), ("必須", 1), ("推奨", 2), ("任意", 3), ("높음", 1), ("낮음", 3),
        ("Must have", 1),
        ("Nice to have", 3), ("Critical", 0),
    ])
    func valuesAloneAreReadAsInATableCell(value: String, rank: Int) {
        #expect(PriorityLevel(value: value)?.rank == rank, "\(value)")
    }

    @Test func valuesThatAreNoPriority() {
        for value in ["Highway", "P12", "Pending", "", "高速", "Medium-sized"] {
            #expect(PriorityLevel(value: value) == nil, "\(value)")
        }
    }

    @Test func zeroComesBeforeOne() throws {
        let levels = ["Story (Priority: P2)", "Story (Priority: P0)", "Story (Priority: P1)"].compactMap {
            PriorityReader.find(in: $0)?.level
        }
        #expect(levels.sorted().map(\.description) == ["P0", "P1", "P2"])
    }
}
