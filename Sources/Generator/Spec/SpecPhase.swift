/// A phase of the spec's own plan: `### Phase 2: Node System (Week 3-4)` and its items.
public struct SpecPhase: Sendable, Equatable {
    /// The phase's name without its number and duration: "Node System".
    public var name: String
    /// 2 for "Phase 2", "Fase 2", "第二阶段"; nil for a phase the spec does not number (a
    /// sub-heading of "Tasks"). The spec states a plan of its own when it numbers its phases.
    public var number: Int?
    public var tasks: [String]
    /// Working days, when the spec gives a duration (`2 days`, `Week 3-4`, `Day 4-5`).
    public var days: Int?

    public init(name: String, number: Int? = nil, tasks: [String], days: Int? = nil) {
        self.name = name
        self.number = number
        self.tasks = tasks
        self.days = days
    }
}
