/// The sentences of a plan's closing sections in one language: Risks & Mitigations, Success
/// Criteria, Key Components and Notes. Like `PlanPhrases`, one static table per language
/// (`ReviewPhrases+Spanish.swift` …); what is quoted from the spec, ids, figures, file names and
/// technology names pass through the functions untouched.
struct ReviewPhrases: Sendable {
    /// A phase as a sentence names it: `Phase 3: Approve a claim (P2)`.
    let phase: @Sendable (PhaseLocator.Located) -> String
    let risk: @Sendable (RiskText) -> String
    let criterion: @Sendable (CriterionText) -> String
    let component: @Sendable (ComponentText) -> String
    let note: @Sendable (PlanNote) -> String
    /// How the Stack note names its aspects and sources.
    let provenance: ProvenanceWords
}

/// A sentence of Risks & Mitigations: a risk's title, a mitigation, or the section's note.
enum RiskText {
    /// The section's line when the spec gives no risk, or one.
    case noRisks, oneRisk
    case question(String)
    /// Answer the open question before the phase it blocks (nil: before implementation starts).
    case answer(before: PhaseLocator.Located?)
    /// A risk of the spec's own without its mitigation.
    case unmitigated
    /// `quoted`: the first item with its id; `also`: the others' ids.
    case dataMigration(quoted: String, also: [String])
    case migrationPlan(foundation: PhaseLocator.Located?, phase: PhaseLocator.Located?)
    case replacement(quoted: String, also: [String])
    case keepOldPath(phase: PhaseLocator.Located?, documentation: PhaseLocator.Located?)
    case personalData([PersonalDataKind], ids: [String])
    case personalCare(
        PersonalDataPlace, foundation: PhaseLocator.Located?, phase: PhaseLocator.Located?, payments: Bool,
        testing: PhaseLocator.Located?)
    case unauthorizedAccess
    /// `rule`: the constitution's security rule, quoted.
    case checkRoles(foundation: PhaseLocator.Located?, testing: PhaseLocator.Located?, ids: [String], rule: String?)
    case deviceSecrets(ids: [String])
    case keystore(testing: PhaseLocator.Located?)
    case leakingSecrets(commandLine: Bool, ids: [String])
    case secretsFromEnvironment(phase: PhaseLocator.Located?, testing: PhaseLocator.Located?)
    case radio(ids: [String])
    case pairing(phase: PhaseLocator.Located?)
    case service(String, ServiceRiskRole)
    case serviceCare(String, ServiceRiskRole, foundation: PhaseLocator.Located?, user: PhaseLocator.Located?)
    case services([String])
    /// `called`: the feature calls one of them (not only CI and hosting).
    case servicesCare(called: Bool, foundation: PhaseLocator.Located?)
    case hardTarget(id: String?, text: String)
    /// `figures`: the target's figures as the spec writes them.
    case targetCare(TargetCheck, figures: [String], place: TargetPlace, testing: PhaseLocator.Located?)
    /// Appended to the last target's mitigation: the targets without a risk of their own.
    case otherTargets([String])
}

/// What personal data a spec handles.
enum PersonalDataKind: CaseIterable {
    case names, emails, phoneNumbers, birthDates, health, location, payments
}

/// Where personal data lives: on the user's device, in a local tool, on a server.
enum PersonalDataPlace { case device, local, server }

/// A third party's role, for its risk's wording.
enum ServiceRiskRole { case ciCd, hosting, service }

/// How a hard target is proven.
enum TargetCheck {
    /// A phone's scheduler decides when background work runs.
    case background(device: String?)
    case memory(board: String?)
    /// `ratios`: the percentages' figures.
    case ratio([String])
    case boardTiming(board: String?)
    case benchmark(TargetReference)
}

/// Where a target is measured.
enum TargetPlace {
    /// The Testing phase itself.
    case testing(PhaseLocator.Located)
    /// The phase that builds it.
    case building(PhaseLocator.Located)
    case firstFeature
}

/// What a benchmark runs on, by the kind of project.
enum TargetReference {
    case lowEndDevice(String?), board(String?), slowestBrowser, minimumHardware, productionData, ciRunner
    case slowestMachine
}

/// A sentence of Success Criteria the generator writes.
enum CriterionText {
    /// `rule`: the constitution's rule, quoted.
    case gate(String)
    case principle(String)
    case defaultGate
    /// `label`: `US1 Title`.
    case scenariosPass(label: String, count: Int)
    /// A story's outcome: its label, then a sentence of the spec.
    case outcome(label: String, sentence: String)
    /// `cited`: ` (FR-001–FR-004)` or empty.
    case groupMet(group: String, cited: String, count: Int)
    case allMet(count: Int, cited: String)
}

/// A Key Components line the generator writes.
enum ComponentText {
    case noneNamed, noneNamedPurpose, namedBySpec, keyEntity
}

/// A line of Notes: what the plan says about its inputs, each a claim the tests check.
enum PlanNote: Equatable {
    case aligned(citation: String, principles: [String])
    case constitutionPlaceholders([String])
    case noConstitution
    case stackAssumed
    /// `provenance`: the profile's summary, worded by `ProvenanceWords`.
    case stack(provenance: String)
    case sourcesDisagree(String)
    case unreadable(path: String, reason: String)
    case contents(stories: Int, requirements: Int, criteria: Int, edgeCases: Int, questions: Int)
    /// `questions`: each open question as a sentence.
    case openClarifications([String])
    case answered(Int)
    case status(String)
    case emptySpec, noTitle, noStories, noRequirements, noIDs
    case someWithoutIDs(Int, of: Int)
    case noCriteria(fromRequirements: Bool, fromStories: Bool)
    case noEntities
    case estimates(Estimates, smallChange: Bool)
    case ownPlan(phases: Int, days: Int?, total: Int)
    /// `shown`: the first placeholders; `more`: there are others.
    case placeholders(lines: Int, shown: [String], more: Bool)
    case unreadParts([String], more: Bool)
}

/// The words of the Stack note: "Language: Rust 1.75 (Cargo.toml); tests: cargo test (constitution)".
struct ProvenanceWords: Sendable {
    let aspect: @Sendable (ProfileProvenance.Aspect) -> String
    let source: @Sendable (ProfileSource) -> String
    let kind: @Sendable (ProjectKind) -> String
    /// `none (constitution)`.
    let none: @Sendable (_ source: String) -> String
    /// ` and 3 more`.
    let more: @Sendable (Int) -> String
    /// `C# 9+ per plan of 002-x`.
    let per: @Sendable (_ label: String, _ source: String) -> String
    /// `; also web application, library`.
    let also: @Sendable ([String]) -> String
    /// Between the aspects.
    let separator: String
    /// Between the items of an aspect, and between sources.
    let comma: String
    /// Between an aspect and its items.
    let colon: String
    /// `(constitution)`.
    let cited: @Sendable (String) -> String
    /// Whether aspects after the first start lower-case, as English does.
    let lowerCaseAfterFirst: Bool
}
