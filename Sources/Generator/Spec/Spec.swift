/// What the generator understood of one spec.md: everything a plan takes from the spec (the
/// constitution, the sibling specs and the options give the rest).
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
