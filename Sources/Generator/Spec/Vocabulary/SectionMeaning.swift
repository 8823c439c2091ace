/// What a section of a spec is about, whatever language and template its heading is written in.
/// The spec reader decides what to read from a section by this alone.
public enum SectionMeaning: Hashable, Sendable {
    /// The spec's own title: "Feature Specification: …", "Spécification de fonctionnalité : …".
    case title
    /// Overview, summary, context, background, problem, goals, purpose.
    case overview
    /// The section holding the user stories or scenarios ("User Scenarios & Testing").
    case userScenarios
    /// One user story: "User Story 2 - …", "Benutzer-Story 1", "用户故事 3", "As a …".
    case userStory
    /// The old template's single "Primary User Story".
    case primaryStory
    /// Acceptance scenarios or criteria.
    case acceptance
    case requirements(RequirementKind)
    /// Key entities, data model.
    case entities
    /// Success criteria, measurable outcomes, success metrics.
    case successCriteria
    case edgeCases
    case assumptions
    case dependencies
    /// "Scope", "In Scope".
    case scope
    /// Out of scope, non-goals, future work, exclusions.
    case outOfScope
    case risks
    /// Timeline, schedule, milestones, estimates, roadmap.
    case timeline
    /// The spec's own implementation plan or phases, as a whole.
    case phases
    /// One phase of it: "Phase 2: …", "Milestone 1", "第二阶段".
    case phase
    /// Components, architecture, interfaces, APIs, services, modules.
    case components
    /// Answered questions: "Clarifications" and its sessions.
    case clarifications
    /// Questions still open.
    case openQuestions
    case techStack
    /// Constraints, limitations, the constitution's gates.
    case constraints
    case glossary
    /// Testing strategy, test plan.
    case testing
    /// Notes, references, appendix.
    case notes
    /// Refinements, amendments, revision history.
    case changeLog
    /// A story's "Why this priority" field.
    case priorityRationale
    /// A story's "Independent Test" field.
    case independentTest
    /// Spec Kit's own guidance and checklists ("Execution Flow", "Quick Guidelines", "Review &
    /// Acceptance Checklist"): never the author's intent.
    case templateGuidance
    /// Nothing the vocabulary knows.
    case other

    /// Meanings that say little about what their subsections are: a subsection named "Goals"
    /// under "Success Criteria" is success criteria, under nothing it is the overview.
    var isWeak: Bool { self == .overview || self == .title || self == .other }

    /// Sections whose subsections all share their meaning, whatever their own titles say:
    /// "Session 2025-12-20 (Architecture Decisions)" under Clarifications is a clarification,
    /// "Performance" under Non-Goals is not a requirement.
    var absorbsSubsections: Bool {
        switch self {
        case .templateGuidance, .clarifications, .changeLog, .outOfScope, .openQuestions, .glossary, .risks,
            .assumptions,
            .dependencies, .edgeCases:
            return true
        default:
            return false
        }
    }
}
