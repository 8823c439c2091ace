/// The content of a plan, between building (from a spec) and rendering (to Markdown): the
/// contract between `PlanBuilder` and `PlanRenderer`.
public struct Plan: Sendable, Equatable {
    /// One `### Phase` of Implementation Phases, with its consecutive day range.
    public struct Phase: Sendable, Equatable {
        public var name: String
        public var firstDay: Int
        public var lastDay: Int
        public var tasks: [String]
        /// Stable across regenerations while the phase means the same work (`story-draw-arrows`, `testing`).
        public var key: String
    }

    /// One `### Risk` of Risks & Mitigations.
    public struct Risk: Sendable, Equatable {
        public var title: String
        public var mitigation: String
        /// Stable across regenerations while the risk means the same thing (`access`, `question-…`).
        public var key: String
    }

    /// A line of the Architecture list: `- **Backend**: Go service implementing …`.
    public struct ArchitectureItem: Sendable, Equatable {
        /// `Backend`, `Database`, `Frontend` or `External Services`.
        public var label: String
        public var value: String
    }

    /// A numbered line of Key Components: `1. Booking model - holds the Booking data`.
    public struct Component: Sendable, Equatable {
        public var name: String
        public var purpose: String
    }

    /// A line of External Dependencies: a library or service, and what the feature needs it for.
    public struct Dependency: Sendable, Equatable {
        public var name: String
        public var purpose: String
    }

    public var title: String
    public var summary: String
    public var architecture: [ArchitectureItem]
    public var components: [Component]
    public var phases: [Phase]
    public var externalDependencies: [Dependency]
    public var internalDependencies: [String]
    public var featureDependencies: [String]
    public var risks: [Risk]
    /// The line Risks & Mitigations opens with when the spec gives fewer than two real risks
    /// ("No significant risks found in the spec beyond …"): said, rather than padded.
    public var risksNote: String? = nil
    public var successCriteria: [String]
    public var notes: [String]

    public var totalDays: Int { phases.last?.lastDay ?? 0 }
    public var totalWeeks: Int { (totalDays + 4) / 5 }
}
