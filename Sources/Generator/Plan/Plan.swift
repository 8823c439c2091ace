/// The content of a plan, between building (from a spec) and rendering (to Markdown).
public struct Plan: Sendable, Equatable {
    public struct Phase: Sendable, Equatable {
        public var name: String
        public var firstDay: Int
        public var lastDay: Int
        public var tasks: [String]
        /// Stable across regenerations while the phase means the same work (`story-draw-arrows`, `testing`).
        public var key: String
    }

    public struct Risk: Sendable, Equatable {
        public var title: String
        public var mitigation: String
        public var key: String
    }

    public var title: String
    public var summary: String
    /// `Backend`, `Database`, `Frontend`, `External Services` and what each is.
    public var architecture: [(label: String, value: String)]
    public var components: [(name: String, purpose: String)]
    public var phases: [Phase]
    public var externalDependencies: [(name: String, purpose: String)]
    public var internalDependencies: [String]
    public var featureDependencies: [String]
    public var risks: [Risk]
    public var successCriteria: [String]
    public var notes: [String]

    public var totalDays: Int { phases.last?.lastDay ?? 0 }
    public var totalWeeks: Int { (totalDays + 4) / 5 }

    public static func == (a: Plan, b: Plan) -> Bool {
        a.title == b.title && a.summary == b.summary
            && a.architecture.map { [$0.label, $0.value] } == b.architecture.map { [$0.label, $0.value] }
            && a.components.map { [$0.name, $0.purpose] } == b.components.map { [$0.name, $0.purpose] }
            && a.phases == b.phases
            && a.externalDependencies.map { [$0.name, $0.purpose] } == b.externalDependencies.map { [$0.name, $0.purpose] }
            && a.internalDependencies == b.internalDependencies && a.featureDependencies == b.featureDependencies
            && a.risks == b.risks && a.successCriteria == b.successCriteria && a.notes == b.notes
    }
}
