/// An acceptance scenario: its Given/When/Then clauses in any language, and the readable
/// sentence a plan quotes ("Given a free court, when a member books it, then …").
public struct AcceptanceScenario: Sendable, Equatable {
    /// The scenario's own id when it has one (`AC1`, `AS-2`).
    public var id: String?
    /// One sentence in the script of its text: clauses joined by ", " (Latin), "、" (Japanese)
    /// or "，" (Chinese), keywords after the first in lower case, no doubled punctuation.
    public var text: String
    /// The clauses as written; empty for a scenario in a form the reader could not split.
    public var clauses: [ScenarioClause]

    public init(id: String? = nil, text: String, clauses: [ScenarioClause] = []) {
        self.id = id
        self.text = text
        self.clauses = clauses
    }

    /// The scenario a parsed line makes.
    init(id: String? = nil, line: ScenarioLine) {
        self.init(id: id, text: line.sentence, clauses: line.clauses)
    }
}
