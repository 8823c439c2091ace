/// What the generator understood of one spec.md: everything a plan takes from the spec (the
/// constitution, the sibling specs and the options give the rest).
///
/// Every field is optional in spirit: specs in the old v0.0.x template, the current template,
/// translated and free-form specs all fill a different subset, and an empty spec fills none.
/// Text is quoted as the author wrote it (ids, inline code with its backticks, paths and globs
/// untouched); nothing of Spec Kit's own guidance, example or placeholders is in it.
public struct Spec: Sendable, Equatable {
    public var title: String
    /// False when the title was made from the folder name because the spec has no usable H1.
    public var titleFromHeading: Bool
    /// The language the spec is written in (its prose, not its headings).
    public var language: SpecLanguage = .other
    /// The script of a Chinese spec (nil for any other language): its plans are written in it.
    public var chineseScript: ChineseScript?
    /// True while spec.md is still Spec Kit's template: `/speckit.specify` copies it into a new
    /// folder moments before an agent fills it in. No plan is made of it.
    public var isUnfilledTemplate = false
    /// `**Status**`, `**Created**`, … with the key as written.
    public var metadata: [String: String] = [:]
    /// The `**Input**` description without its `User description:` prefix and quotes.
    public var input: String?
    /// The first paragraph of an overview, summary or context section.
    public var overview: String?
    public var stories: [UserStory] = []
    /// The old template's single "Primary User Story" paragraph.
    public var primaryStory: String?
    /// Acceptance scenarios that belong to no story (old template; an acceptance section of its own).
    public var looseScenarios: [AcceptanceScenario] = []
    public var requirements: [Requirement] = []
    public var entities: [Entity] = []
    public var successCriteria: [Criterion] = []
    /// Each edge case once, whatever its shape: a bullet, or an `EC-001` heading or item with its
    /// Scenario / Expected Behavior fields (one edge case, not three).
    public var edgeCases: [String] = []
    public var assumptions: [String] = []
    public var dependencies: [String] = []
    /// Out of scope, non-goals, future work.
    public var outOfScope: [String] = []
    /// Questions still open, each once, in every form they are written (markers anywhere in
    /// the author's text, items of an "Open Questions" section).
    public var openQuestions: [OpenQuestion] = []
    /// `Q: … → A: …` lines of a Clarifications section.
    public var answeredQuestions: [String] = []
    /// The spec's own implementation phases, when it states them (free-form specs, "Implementation
    /// Checklist", "Phase 1: … (Week 1-2)").
    public var phases: [SpecPhase] = []
    /// The spec's own risks, when it has a risks section.
    public var risks: [SpecRisk] = []
    /// The spec's own total duration in working days, when its timeline states one (a total, or
    /// durations of its phases).
    public var timelineDays: Int?
    /// Components, interfaces, services or endpoints the spec names in a section of their own.
    public var components: [SpecComponent] = []
    /// Lines of the spec's tech-stack section (`Language: Go 1.23`), as written.
    public var techStack: [String] = []
    /// Spec Kit placeholders left in a half-filled spec (`[Brief Title]`, `[Entity 1]`, `[DATE]`,
    /// `$ARGUMENTS`), each once: the items holding them are left out of the plan.
    public var placeholders: [String] = []
    /// How many items (lines, list items, rows) were left out for holding a placeholder.
    public var placeholderItems = 0
    /// Sections with text the reader does not know what to do with, by heading: named in Notes
    /// rather than silently dropped.
    public var unreadParts: [String] = []
    /// References to other features: a folder name (`002-ice-rink`) or a number (`002`), each
    /// number once.
    public var featureReferences: [FeatureReference] = []
    /// What the spec talks about, for the architecture and the risks.
    public var signals = SpecSignals()

    public init(title: String, titleFromHeading: Bool) {
        self.title = title
        self.titleFromHeading = titleFromHeading
    }

    /// The stories in the order they are planned: by priority (P0 first, stories without one
    /// last), then by number.
    public var storiesByPriority: [UserStory] {
        stories.sorted { ($0.priority?.rank ?? Int.max, $0.number) < ($1.priority?.rank ?? Int.max, $1.number) }
    }

    /// Every acceptance scenario, stories first.
    public var allScenarios: [AcceptanceScenario] { stories.flatMap(\.scenarios) + looseScenarios }

    /// True when the spec has nothing a plan could be made of.
    public var isEmpty: Bool {
        input == nil && overview == nil && stories.isEmpty && primaryStory == nil
            && requirements.isEmpty && entities.isEmpty && successCriteria.isEmpty && looseScenarios.isEmpty
            && phases.isEmpty
    }
}
