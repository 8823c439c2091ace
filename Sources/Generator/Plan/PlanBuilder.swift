/// Derives a plan from a spec, the constitution, the project's profile, its other specs and the options.
///
/// Everything in the plan is traceable to its inputs: text is quoted or condensed from the spec,
/// rules are cited from the constitution, the stack and kind come from the profile (which says
/// where each fact came from), and what could not be derived is said in Notes rather than
/// filled in with a guess.
public struct PlanBuilder {
    public var spec: Spec
    public var constitution: Constitution?
    public var siblings: [SiblingSpec]
    public var options: PlanOptions
    /// The project's profile, without the spec's own statements.
    public var profile: ProjectProfile
    /// The spec's own statements about the stack and the services it uses.
    public var specStack: SpecStack

    /// - Parameters:
    ///   - profile: the project's profile; by default, what nothing at all tells (the assumed default stack).
    ///   - specStack: the spec's own stack statements, read from its text (`SpecStack(spec:)`).
    public init(
        spec: Spec, constitution: Constitution?, siblings: [SiblingSpec], options: PlanOptions,
        profile: ProjectProfile = ProjectProfile.read(ProfileSources()), specStack: SpecStack = SpecStack(spec: "")
    ) {
        self.spec = spec
        self.constitution = constitution
        self.siblings = siblings
        self.options = options
        self.profile = profile
        self.specStack = specStack
    }

    public func build() -> Plan {
        let shape = ProjectShape(spec: spec, project: profile, specStack: specStack)
        let (phases, isSmallChange) = PhasePlanner(
            spec: spec, constitution: constitution, shape: shape, estimates: options.estimates, phrases: phrases
        ).phases()
        let risks = RiskPlanner(spec: spec, constitution: constitution, shape: shape, phases: phases).risks()
        return Plan(
            title: spec.title,
            summary: summary(),
            architecture: ArchitecturePlanner(spec: spec, shape: shape, phrases: phrases).items(),
            components: components(),
            phases: phases,
            externalDependencies: DependencyPlanner(spec: spec, shape: shape, phrases: phrases).dependencies(),
            internalDependencies: internalDependencies(),
            featureDependencies: featureDependencies(),
            risks: risks,
            risksNote: RiskPlanner.note(for: risks),
            successCriteria: successCriteria(),
            notes: notes(shape, isSmallChange: isSmallChange) + readingNotes(phases: phases)
        )
    }

    /// The plan's language: config's, else the constitution's, else the spec's, else English.
    var language: PlanLanguage {
        PlanLanguage.of(setting: options.language, constitution: constitution, spec: spec)
    }

    /// The sentences the plan writes itself, in its language.
    var phrases: PlanPhrases { language.phrases }

    // MARK: Summary

    /// Two or three sentences in the spec's own words.
    func summary() -> String {
        var sentences: [String] = []
        func add(_ text: String?, _ count: Int) {
            guard let text, !text.isEmpty else { return }
            for sentence in Prose.sentences(text, limit: count)
            where !sentences.contains(sentence) && sentences.count < 3 {
                sentences.append(Prose.asSentence(Prose.upperCasingFirstLetter(sentence)))
            }
        }
        add(spec.input, 3)
        if sentences.count < 2 { add(spec.overview, 3 - sentences.count) }
        if sentences.count < 2 { add(spec.primaryStory ?? spec.stories.first?.description, 1) }
        if sentences.count < 2, !spec.requirements.isEmpty || !spec.stories.isEmpty {
            sentences.append(phrases.coverage(spec.stories.count, spec.requirements.count))
        }
        if sentences.isEmpty { return phrases.undescribedSpec }
        return Prose.joined(sentences)
    }

    // MARK: Technical approach

    func components() -> [Plan.Component] { ComponentPlanner(spec: spec).components() }

    // MARK: Criteria and notes

    func successCriteria() -> [String] { CriteriaPlanner(spec: spec, constitution: constitution).criteria() }

    func notes(_ shape: ProjectShape, isSmallChange: Bool = false) -> [String] {
        var notes: [String] = []
        if let constitution {
            let names = constitution.principles.map(\.name)
            notes.append(
                "Aligned with the \(constitution.citation)"
                    + (names.isEmpty ? "." : "; principles relied on: \(names.joined(separator: ", "))."))
            if !constitution.leftoverPlaceholders.isEmpty {
                notes.append(
                    "The constitution still holds template placeholders: \(constitution.leftoverPlaceholders.joined(separator: ", "))."
                )
            }
        } else {
            notes.append(
                "No constitution found (.specify/memory/constitution.md or memory/constitution.md, or it is still the unfilled template): testing and documentation follow plansync's defaults."
            )
        }
        notes += StackNotes.lines(shape.profile)
        if !spec.isEmpty { notes.append(contents()) }
        if !spec.openQuestions.isEmpty {
            notes.append(
                "Open clarifications (\(spec.openQuestions.count)): "
                    + Prose.joined(spec.openQuestions.map { Prose.asSentence($0.text) }))
        }
        if !spec.answeredQuestions.isEmpty {
            notes.append("Clarifications answered in the spec: \(spec.answeredQuestions.count).")
        }
        if let status = spec.metadata["Status"].map(PlainText.of), !status.isEmpty,
            !Self.workingStatuses.contains(FoldedScalars.folded(status))
        {
            notes.append("The spec's status is \(status): check this plan against what was delivered.")
        }
        notes += missingInputs()
        let e = options.estimates
        notes.append(
            "Estimates: \(days(e.daysPerRequirement)) per requirement and \(days(e.daysPerScenario)) per acceptance scenario in each feature phase; foundation \(isSmallChange ? days(e.minimumPhaseDays) + " (a small change to existing code)" : days(e.foundationDays)) plus \(days(e.daysPerService)) per external service; testing \(Int(e.testingShare * 100))% of the feature phases plus \(days(e.daysPerEdgeCase)) per edge case\(isSmallChange ? ", \(days(e.minimumPhaseDays)) at least" : ""); days rounded up per phase (config.json `estimates`)."
        )
        return notes
    }

    /// What the plan was made from, counted: each figure is checked against the spec by the tests.
    func contents() -> String {
        let counts = [
            Prose.count(spec.stories.count, "user story", "user stories"),
            Prose.count(spec.requirements.count, "requirement", "requirements"),
            Prose.count(spec.successCriteria.count, "success criterion", "success criteria"),
            Prose.count(spec.edgeCases.count, "edge case", "edge cases"),
            Prose.count(spec.openQuestions.count, "open question", "open questions"),
        ]
        return "Read from spec.md: \(Prose.list(counts))."
    }

    /// Statuses of a spec still being written or worked on, in the languages of the vocabulary;
    /// any other ("Implemented", "Done") makes the plan a record to check against.
    static let workingStatuses: Set<String> = [
        "draft", "ready", "in progress", "ready for implementation", "borrador", "en progreso",
        "rascunho", "em andamento", "brouillon", "en cours", "entwurf", "in arbeit", "草稿", "草案",
        "进行中", "進行中", "ドラフト", "下書き", "초안", "진행 중",
    ]

    private func missingInputs() -> [String] {
        var missing: [String] = []
        if spec.isEmpty {
            return [
                "spec.md is empty or has no recognisable sections: add an **Input** description, user stories with priorities, functional requirements (FR-001 …) and success criteria (SC-001 …)."
            ]
        }
        if !spec.titleFromHeading {
            missing.append("spec.md has no `# Feature Specification:` title: the title comes from the folder name.")
        }
        if spec.stories.isEmpty, !OwnPhases(spec: spec).isPlan {
            missing.append("No user stories in the spec: feature phases come from its requirements.")
        }
        if spec.requirements.isEmpty, !spec.stories.isEmpty {
            missing.append("No functional requirements found: phase tasks come from the user stories alone.")
        }
        let unnumbered = spec.requirements.filter { $0.id == nil }.count
        if unnumbered > 0 {
            missing.append(
                unnumbered == spec.requirements.count
                    ? "Requirements have no ids (FR-001 …): the plan quotes them by their text."
                    : "\(unnumbered) of \(spec.requirements.count) requirements have no id (FR-001 …).")
        }
        if spec.successCriteria.isEmpty {
            let sources = [
                spec.requirements.isEmpty ? nil : "its requirements", spec.stories.isEmpty ? nil : "its user stories",
            ].compactMap { $0 }
            missing.append(
                "No success criteria in the spec (SC-001 …): "
                    + (sources.isEmpty
                        ? "the plan's are the constitution's gates or plansync's defaults."
                        : "the plan's are made from \(Prose.list(sources))."))
        }
        if spec.entities.isEmpty && spec.signals.hasStoredData && profile.has(.database) {
            missing.append("No Key Entities: the data model is still to be defined.")
        }
        return missing
    }

    /// `0.5 day`, `2 days`.
    private func days(_ value: Double) -> String {
        let number = value == Double(Int(value)) ? "\(Int(value))" : "\(value)"
        return number + (value <= 1 ? " day" : " days")
    }
}
