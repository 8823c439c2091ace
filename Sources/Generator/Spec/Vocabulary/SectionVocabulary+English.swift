/// English headings, as the Spec Kit templates (v0.0.x and 1.x) and free-form specs write them.
extension SectionVocabulary {
    static let english: [Group] = [
        words(.title, "feature specification", "feature spec", "specification", at: .edge),
        words(
            .overview, "overview", "summary", "executive summary", "context", "background", "problem",
            "problem statement", "goal", "goals",
            "objective", "objectives", "purpose", "motivation", "introduction", "description", "feature description",
            "vision", "benefits",
            "rationale", at: .edge),
        words(
            .userScenarios, "user scenarios", "user stories", "scenarios", "user journeys", "use cases", "user flows",
            "personas", "actors"),
        counted(.userStory, otherwise: .primaryStory, "user story", "story"),
        counted(.userStory, otherwise: nil, "use case", "journey"),
        words(.userStory, "as a", "as an", at: .start),
        words(.primaryStory, "primary user story", "main user story", "primary story", "primary scenario"),
        words(
            .acceptance, "acceptance scenarios", "acceptance scenario", "acceptance criteria", "acceptance criterion",
            "acceptance tests", "acceptance"),
        words(.requirements(.general), "requirements", "requirement"),
        words(
            .requirements(.functional), "functional requirements", "functional requirement", "features",
            "core features", "feature list",
            "capabilities"),
        words(
            .requirements(.nonFunctional), "non-functional requirements", "non-functional",
            "nonfunctional requirements", "nonfunctional",
            "quality attributes", "quality requirements", "quality constraints", "performance constraints"),
        words(.requirements(.security), "security", "security requirements", "privacy", "security & privacy"),
        words(
            .requirements(.performance), "performance", "performance requirements", "performance targets",
            "performance goals", "scalability"),
        words(.requirements(.reliability), "reliability", "availability", "resilience"),
        words(.requirements(.observability), "observability", "monitoring", "logging", "telemetry"),
        words(.requirements(.data), "data requirements", "data retention", "persistence", "storage requirements"),
        words(.requirements(.accessibility), "accessibility", "a11y"),
        words(.requirements(.compliance), "compliance", "regulatory requirements", "legal requirements"),
        words(.requirements(.usability), "usability", "user experience", "ux"),
        words(.requirements(.technical), "technical requirements"),
        words(.requirements(.interface), "api requirements", "interface requirements"),
        words(.requirements(.documentation), "documentation requirements", "documentation", "api documentation"),
        words(.entities, "key entities", "entities", "data model", "data models", "domain model", "data entities"),
        words(
            .successCriteria, "success criteria", "success criterion", "measurable outcomes", "measurable outcome",
            "success metrics",
            "key results", "kpis", "definition of done", "exit criteria"),
        words(
            .edgeCases, "edge cases", "edge case", "corner cases", "boundary conditions", "error cases",
            "error scenarios", "failure modes"),
        words(.assumptions, "assumptions", "assumption"),
        words(.dependencies, "dependencies", "dependency", "prerequisites", "external dependencies"),
        words(.scope, "scope", at: .edge),
        words(.scope, "in scope"),
        words(
            .outOfScope, "out of scope", "non-goals", "nongoals", "not in scope", "exclusions", "future work",
            "future enhancements",
            "future considerations", "won't do", "won't have"),
        words(.outOfScope, "deferred", at: .edge),
        words(.risks, "risks", "risk", "risks & mitigations", "risk assessment", "mitigations"),
        words(
            .timeline, "timeline", "schedule", "milestones", "roadmap", "estimates", "estimate", "estimation",
            "timeframe", "delivery plan"),
        counted(.phase, otherwise: .phases, "phase", "milestone", "stage", "sprint", "iteration"),
        counted(.phase, otherwise: nil, "step", "week"),
        words(
            .phases, "phases", "implementation phases", "implementation plan", "implementation checklist",
            "rollout plan", "work plan",
            "work breakdown", "tasks", "task list", "stages", "iterations"),
        words(
            .components, "components", "architecture", "system architecture", "interfaces", "interface", "api design",
            "rest api", "public api", "endpoints",
            "services", "modules", "system design", "technical design", "project structure", "implementation details",
            "contracts",
            "integration points"),
        words(
            .clarifications, "clarifications", "clarification", "clarification resolutions", "resolved questions",
            "clarified",
            "previously open items", "q&a", "faq"),
        words(
            .openQuestions, "open questions", "open question", "outstanding questions", "unresolved questions",
            "open issues", "open items",
            "questions", "tbd", "needs clarification"),
        words(
            .techStack, "tech stack", "technology stack", "technical stack", "technologies", "technology choices",
            "tooling", "toolchain",
            "target platforms", "build targets", "technical standards", "technical context", "frameworks", "libraries"),
        words(.techStack, "stack", "technology", "tools", "platform", at: .whole),
        words(.components, "api", "apis", at: .whole),
        words(
            .constraints, "constraints", "constraint", "limitations", "restrictions", "technical constraints",
            "constitution",
            "constitution compliance"),
        words(.glossary, "glossary", "terminology", "vocabulary", "acronyms"),
        words(.glossary, "definitions", "terms", at: .whole),
        words(
            .testing, "testing", "testing strategy", "test strategy", "test plan", "tests", "unit tests",
            "integration tests",
            "test scenarios", "verification"),
        words(.notes, "notes", "additional notes", "references", "appendix", "remarks", "links", "resources"),
        words(.changeLog, "changelog", "change log", "revision history", "refinements", "amendments"),
        words(.priorityRationale, "why this priority", at: .start),
        words(.independentTest, "independent test", at: .start),
        words(
            .templateGuidance, "execution flow", "quick guidelines", "section requirements", "for ai generation",
            "review & acceptance checklist", "review and acceptance checklist", "acceptance checklist",
            "review checklist",
            "content quality", "requirement completeness", "feature readiness", "execution status",
            "specification quality checklist"),
        words(.templateGuidance, "checklist", at: .edge),
    ]
}
