/// What the generator understood of one spec.md: the plan model is built from this alone.
///
/// Every field is optional in spirit: specs in the old v0.0.x template, the current template,
/// translated and free-form specs all fill a different subset, and an empty spec fills none.
public struct Spec: Sendable, Equatable {
    public var title: String
    /// False when the title was made from the folder name because the spec has no usable H1.
    public var titleFromHeading: Bool
    /// `**Status**`, `**Created**`, … with the key as written.
    public var metadata: [String: String] = [:]
    /// The `**Input**` description without its `User description:` prefix and quotes.
    public var input: String?
    /// The first paragraph of an overview, summary or context section.
    public var overview: String?
    public var stories: [UserStory] = []
    /// The old template's single "Primary User Story" paragraph.
    public var primaryStory: String?
    /// Acceptance scenarios that belong to no numbered story (old template).
    public var looseScenarios: [String] = []
    public var requirements: [Requirement] = []
    public var entities: [Entity] = []
    public var successCriteria: [Criterion] = []
    public var edgeCases: [String] = []
    public var assumptions: [String] = []
    public var dependencies: [String] = []
    /// Questions from `[NEEDS CLARIFICATION: …]` markers that are still open.
    public var openQuestions: [String] = []
    /// `Q: … → A: …` lines of a Clarifications section.
    public var answeredQuestions: [String] = []
    /// References to other features: a folder name (`002-ice-rink`) or a number (`002`), each
    /// number once.
    public var featureReferences: [FeatureReference] = []
    /// What the spec talks about, for the architecture and the risks.
    public var signals = SpecSignals()

    public init(title: String, titleFromHeading: Bool) {
        self.title = title
        self.titleFromHeading = titleFromHeading
    }

    /// The stories in the order they are planned: by priority (P1 first, stories without one
    /// last), then by number.
    public var storiesByPriority: [UserStory] {
        stories.sorted { ($0.priority ?? Int.max, $0.number) < ($1.priority ?? Int.max, $1.number) }
    }

    /// Every acceptance scenario, stories first.
    public var allScenarios: [String] { stories.flatMap(\.scenarios) + looseScenarios }

    /// True when the spec has nothing a plan could be made of.
    public var isEmpty: Bool {
        input == nil && overview == nil && stories.isEmpty && primaryStory == nil
            && requirements.isEmpty && entities.isEmpty && successCriteria.isEmpty && looseScenarios.isEmpty
    }
}

/// A `### User Story N - Title (Priority: Pn)` section.
public struct UserStory: Sendable, Equatable {
    public var number: Int
    public var title: String
    /// 1 for P1; stories without a priority sort after all that have one.
    public var priority: Int?
    public var description: String
    public var scenarios: [String]
}

/// A functional requirement; `id` is `FR-001` and the like, nil for an unnumbered bullet.
public struct Requirement: Sendable, Equatable {
    public var id: String?
    public var text: String
    /// The heading the requirement stands under (`Functional Requirements`, `Security`, …).
    public var group: String
}

/// A Key Entities bullet: `- **Name**: description`.
public struct Entity: Sendable, Equatable {
    public var name: String
    public var description: String
}

/// A measurable outcome: `SC-001` and its text, or a row of a success-criteria table.
public struct Criterion: Sendable, Equatable {
    public var id: String?
    public var text: String
}

/// What kind of work the spec implies, detected from its words.
public struct SpecSignals: Sendable, Equatable {
    public var hasUserInterface = false
    public var hasStoredData = false
    /// Third-party services named by the spec, in a stable order (`Stripe`, `Email delivery`, …).
    public var services: [String] = []
    public var hasAccessControl = false
    public var hasPersonalData = false
    public var hasPerformanceTargets = false
}
