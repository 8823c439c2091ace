/// What a project is built with and what kind of project it is, with where each fact came from.
///
/// Read once per project root from its config, `.plansync.json`, constitution, other features'
/// Spec Kit plans, manifests and markers (``read(_:catalogue:)``); then, per spec, the spec's own
/// statements are laid on top (``applying(_:)``), which costs one linear scan of the spec.
/// Only when nothing at all is known does the profile assume the prompt's default stack, and it
/// says so (``isAssumedDefault``).
public struct ProjectProfile: Sendable, Equatable {
    /// Every fact read, from every source.
    public let facts: [ProfileFact]
    public let kindEvidence: [KindEvidence]
    /// Sources that could not be read, or only in part.
    public let problems: [SourceProblem]
    /// The technologies chosen per role, strongest source first.
    public let choices: [TechnologyRole: [ProfileChoice]]
    /// Where a weaker source disagreed with a stronger one on a role that has one answer.
    public let conflicts: [ProfileConflict]
    /// Kinds by score, strongest first.
    public let kindScores: [KindScore]
    /// Nothing was known: the stack is the prompt's default, to confirm before Phase 1.
    public let isAssumedDefault: Bool
    /// Roles a person said the project has none of (`"frontend": "none"` in `stack`), and where:
    /// no weaker source's technology is chosen for them.
    public let cleared: [TechnologyRole: ProfileSource]
    /// Roles a person stated in `stack` (a technology or none), and where: only their word, and
    /// stronger sources', is chosen for them (`"language": "Rust"` over a stray go.mod).
    public let stated: [TechnologyRole: ProfileSource]

    /// The profile of a project root.
    public static func read(_ sources: ProfileSources, catalogue: TechnologyCatalogue = .standard) -> ProjectProfile {
        var collector = ProfileFactCollector(catalogue: catalogue)
        collector.add(stack: sources.projectSettingsStack, source: .projectSettings)
        collector.add(stack: sources.configStack, source: .config)
        if let constitution = sources.constitution {
            collector.add(
                StackStatementReader.read(constitution, source: .constitution, catalogue: catalogue),
                source: .constitution)
        }
        for plan in sources.specKitPlans {
            let source = ProfileSource.specKitPlan(plan.path)
            collector.add(StackStatementReader.read(plan.text, source: source, catalogue: catalogue), source: source)
        }
        for file in sources.manifests {
            guard let manifest = ManifestReader.read(path: file.path, text: file.text, truncated: file.isTruncated)
            else { continue }
            collector.add(manifest)
        }
        for marker in sources.markers { collector.add(marker: marker) }
        collector.add(problems: sources.unreadable)
        collector.addImplications()
        return ProjectProfile(
            facts: collector.facts, kindEvidence: collector.kindEvidence, problems: collector.problems,
            cleared: collector.cleared, stated: collector.stated, catalogue: catalogue)
    }

    /// This profile with a spec's own stack statements on top (they rank after the constitution).
    public func applying(_ spec: SpecStack, catalogue: TechnologyCatalogue = .standard) -> ProjectProfile {
        var collector = ProfileFactCollector(catalogue: catalogue, cleared: cleared, stated: stated)
        collector.add(spec.statements, source: .spec)
        collector.addImplications()
        let projectFacts = facts.filter { $0.source != .spec && $0.source != .assumedDefault }
        let projectKinds = kindEvidence.filter { $0.source != .spec && $0.source != .assumedDefault }
        return ProjectProfile(
            facts: projectFacts + collector.facts, kindEvidence: projectKinds + collector.kindEvidence,
            problems: problems,
            cleared: cleared, stated: stated, catalogue: catalogue)
    }

    init(
        facts: [ProfileFact], kindEvidence: [KindEvidence], problems: [SourceProblem],
        cleared: [TechnologyRole: ProfileSource] = [:],
        stated: [TechnologyRole: ProfileSource] = [:], catalogue: TechnologyCatalogue
    ) {
        var facts = facts
        var kindEvidence = kindEvidence
        let core: Set<TechnologyRole> = [
            .language, .runtime, .backendFramework, .frontendFramework, .mobileUI, .desktopUI, .database,
            .embeddedPlatform,
        ]
        isAssumedDefault =
            !facts.contains { core.contains($0.technology.role) } && cleared.isEmpty
            && !kindEvidence.contains { $0.source == .config || $0.source == .projectSettings }
        if isAssumedDefault {
            facts += ProjectProfile.defaultFacts(catalogue)
            kindEvidence.append(
                KindEvidence(kind: .webApplication, source: .assumedDefault, weight: 1, reason: "the default stack"))
        }
        facts += ProjectProfile.implicitTestRunners(facts, catalogue)
        var (choices, conflicts) = ProfileResolver.choose(facts)
        for (role, source) in stated {
            let kept = (choices[role] ?? []).filter { $0.source.rank <= source.rank }
            choices[role] = kept.isEmpty ? nil : kept
        }
        self.cleared = cleared
        self.stated = stated
        kindEvidence += ProjectProfile.technologyKinds(choices)
        self.facts = facts
        self.kindEvidence = kindEvidence
        self.problems = problems
        self.choices = choices
        self.conflicts = conflicts.filter { conflict in
            stated[conflict.role].map { conflict.kept.source.rank <= $0.rank } ?? true
        }
        let scores = ProfileResolver.kinds(kindEvidence)
        kindScores = scores.isEmpty && isAssumedDefault ? [KindScore(kind: .webApplication, score: 0)] : scores
    }

    // MARK: - Questions a plan asks

    /// The kind with the most evidence; nil when nothing says.
    public var kind: ProjectKind? { kindScores.first?.kind }

    /// Other kinds with real weight beside the first (an API with its infrastructure code).
    public var secondaryKinds: [ProjectKind] {
        guard let top = kindScores.first?.score else { return [] }
        return kindScores.dropFirst().filter { $0.score >= 8 && $0.score * 3 >= top }.map(\.kind)
    }

    public func choices(for role: TechnologyRole) -> [ProfileChoice] { choices[role] ?? [] }

    public func technologies(for role: TechnologyRole) -> [Technology] { choices(for: role).map(\.technology) }

    public var languages: [ProfileChoice] { choices(for: .language) }
    public var testTools: [ProfileChoice] { choices(for: .testTool) }
    public var services: [ProfileChoice] { choices(for: .service) }

    public func services(in category: ServiceCategory) -> [ProfileChoice] {
        services.filter { $0.technology.category == category }
    }

    /// Whether the project uses any technology of `role`.
    public func has(_ role: TechnologyRole) -> Bool { !choices(for: role).isEmpty }

    /// Lines for a plan's Notes: each aspect with its sources, the conflicts, unreadable sources, and
    /// the assumption when there is one.
    public var notes: [String] { ProfileProvenance.notes(self) }

    /// One line: "Language: Rust 1.75 (Cargo.toml); libraries: clap (Cargo.toml); tests: cargo test (constitution)".
    public var provenanceNote: String { ProfileProvenance.summary(self) }

    /// What the chosen technologies say about the kind: Next.js a web application, clap a
    /// command-line tool. Each technology counts once, from its strongest source.
    private static func technologyKinds(_ choices: [TechnologyRole: [ProfileChoice]]) -> [KindEvidence] {
        TechnologyRole.allCases.flatMap { role in
            (choices[role] ?? []).compactMap { choice in
                guard !choice.isImplied, choice.source != .assumedDefault, let kind = choice.technology.kindHint else {
                    return nil
                }
                return KindEvidence(kind: kind, source: choice.source, weight: 2, reason: choice.technology.name)
            }
        }
    }

    // MARK: - Defaults

    private static func defaultFacts(_ catalogue: TechnologyCatalogue) -> [ProfileFact] {
        ["NestJS", "TypeScript", "Node.js", "Next.js", "React", "PostgreSQL", "Redis"].compactMap { name in
            catalogue.technology(named: name).map {
                ProfileFact(technology: $0, source: .assumedDefault, evidence: "the prompt's default stack")
            }
        }
    }

    /// `cargo test` and `go test` come with their languages.
    private static func implicitTestRunners(_ facts: [ProfileFact], _ catalogue: TechnologyCatalogue) -> [ProfileFact] {
        var result: [ProfileFact] = []
        for (language, runner) in [("Rust", "cargo test"), ("Go", "go test"), ("Flutter", "flutter_test")] {
            guard let fact = facts.first(where: { $0.technology.name == language && $0.isDeclared }),
                !facts.contains(where: { $0.technology.name == runner }),
                let technology = catalogue.technology(named: runner)
            else { continue }
            result.append(
                ProfileFact(
                    technology: technology, source: fact.source, isImplied: true, evidence: "comes with \(language)"))
        }
        return result
    }
}

/// A spec's own statements about the stack (its stack section or table, its "MUST use X"
/// requirements, the services its in-scope text names), read on every save.
public struct SpecStack: Sendable, Equatable {
    public let statements: StackStatements

    public init(spec text: String, catalogue: TechnologyCatalogue = .standard) {
        statements = StackStatementReader.read(text, source: .spec, catalogue: catalogue)
    }

    /// With the spec's lines as the spec parser split them, so that they are split once per plan.
    init(spec text: String, lines: [MarkdownLine], catalogue: TechnologyCatalogue = .standard) {
        statements = StackStatementReader.read(text, lines: lines, source: .spec, catalogue: catalogue)
    }

    /// The third-party services the spec's in-scope text names (out-of-scope sections, code,
    /// comments, examples and negations left out), declared ones first, each once. The profile
    /// chooses only the declared ones; a plan's External Services may weigh the others.
    public var services: [StackStatement] {
        var seen = Set<String>()
        let all = statements.statements.filter { $0.technology.role == .service }
        return (all.filter(\.isDeclared) + all.filter { !$0.isDeclared }).filter {
            seen.insert($0.technology.name).inserted
        }
    }
}
