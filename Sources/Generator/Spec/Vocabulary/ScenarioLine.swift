/// An acceptance scenario as clauses: the spec reader keeps it so, and the plan renders it as
/// one readable sentence (``ScenarioRenderer``).
public struct ScenarioLine: Hashable, Sendable {
    public var clauses: [ScenarioClause]

    public init(clauses: [ScenarioClause]) {
        self.clauses = clauses
    }

    /// The clauses of a scenario line in any language, nil when the line is not a scenario
    /// (see ``ScenarioParser``).
    public init?(parsing line: String) {
        guard let parsed = ScenarioParser.parse(line) else { return nil }
        self = parsed
    }

    /// The scenario as a sentence: "Given a free court, when a member books it, then …".
    public var sentence: String { ScenarioRenderer.sentence(self) }
}
