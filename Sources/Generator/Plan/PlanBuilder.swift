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

    public func build() -> Plan { assemble().plan }

    /// The plan, and its Notes as the claims they make (the tests check each against the spec).
    func assemble() -> (plan: Plan, notes: [PlanNote]) {
        let shape = ProjectShape(spec: spec, project: profile, specStack: specStack, phrases: phrases)
        let (phases, isSmallChange) = PhasePlanner(
            spec: spec, constitution: constitution, shape: shape, estimates: options.estimates, phrases: phrases
        ).phases()
        let review = language.review
        let risks = RiskPlanner(spec: spec, constitution: constitution, shape: shape, phases: phases, phrases: review)
            .risks()
        let notes = notes(shape, isSmallChange: isSmallChange) + readingNotes(phases: phases)
        let plan = Plan(
            title: spec.title,
            summary: summary(),
            architecture: ArchitecturePlanner(spec: spec, shape: shape, phrases: phrases).items(),
            components: ComponentPlanner(spec: spec, phrases: review).components(),
            phases: phases,
            externalDependencies: DependencyPlanner(spec: spec, shape: shape, phrases: phrases).dependencies(),
            internalDependencies: internalDependencies(),
            featureDependencies: featureDependencies(),
            risks: risks,
            risksNote: RiskPlanner.note(for: risks, phrases: review),
            successCriteria: CriteriaPlanner(spec: spec, constitution: constitution, phrases: review).criteria(),
            notes: notes.map(review.note)
        )
        return (plan, notes)
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

    // MARK: Notes

    /// What the plan says about its inputs: the constitution, the stack, what was read and what is missing.
    func notes(_ shape: ProjectShape, isSmallChange: Bool = false) -> [PlanNote] {
        var notes: [PlanNote] = []
        if let constitution {
            notes.append(.aligned(citation: constitution.citation, principles: constitution.principles.map(\.name)))
            if !constitution.leftoverPlaceholders.isEmpty {
                notes.append(.constitutionPlaceholders(constitution.leftoverPlaceholders))
            }
        } else {
            notes.append(.noConstitution)
        }
        notes += StackNotes.notes(shape.profile, words: language.review.provenance)
        if !spec.isEmpty { notes.append(contents()) }
        if !spec.openQuestions.isEmpty {
            notes.append(.openClarifications(spec.openQuestions.map { Prose.asSentence($0.text) }))
        }
        if !spec.answeredQuestions.isEmpty { notes.append(.answered(spec.answeredQuestions.count)) }
        if let status = spec.metadata["Status"].map(PlainText.of), !status.isEmpty,
            !Self.workingStatuses.contains(FoldedScalars.folded(status))
        {
            notes.append(.status(status))
        }
        notes += missingInputs()
        notes.append(.estimates(options.estimates, smallChange: isSmallChange))
        return notes
    }

    /// What the plan was made from, counted: each figure is checked against the spec by the tests.
    func contents() -> PlanNote {
        .contents(
            stories: spec.stories.count, requirements: spec.requirements.count, criteria: spec.successCriteria.count,
            edgeCases: spec.edgeCases.count, questions: spec.openQuestions.count)
    }

    /// Statuses of a spec still being written or worked on, in the languages of the vocabulary;
    /// any other ("Implemented", "Done") makes the plan a record to check against.
    static let workingStatuses: Set<String> = [
        "draft", "ready", "in progress", "ready for implementation", "borrador", "en progreso",
        "rascunho", "em andamento", "brouillon", "en cours", "entwurf", "in arbeit", "草稿", "草案",
        "进行中", "進行中", "ドラフト", "下書き", "초안", "진행 중",
    ]

    private func missingInputs() -> [PlanNote] {
        if spec.isEmpty { return [.emptySpec] }
        var missing: [PlanNote] = []
        if !spec.titleFromHeading { missing.append(.noTitle) }
        if spec.stories.isEmpty, !OwnPhases(spec: spec).isPlan { missing.append(.noStories) }
        if spec.requirements.isEmpty, !spec.stories.isEmpty { missing.append(.noRequirements) }
        let unnumbered = spec.requirements.filter { $0.id == nil }.count
        if unnumbered > 0 {
            missing.append(
                unnumbered == spec.requirements.count
                    ? .noIDs : .someWithoutIDs(unnumbered, of: spec.requirements.count))
        }
        if spec.successCriteria.isEmpty {
            missing.append(
                .noCriteria(fromRequirements: !spec.requirements.isEmpty, fromStories: !spec.stories.isEmpty))
        }
        if spec.entities.isEmpty && spec.signals.hasStoredData && profile.has(.database) {
            missing.append(.noEntities)
        }
        return missing
    }
}
