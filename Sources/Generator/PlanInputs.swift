/// Everything a plan is made from. Plain values, so the daemon and `generate` read the files
/// and the generator never does.
public struct PlanInputs: Sendable, Equatable {
    /// spec.md's text.
    public var spec: String
    /// The spec folder's name, `003-rink-sessions`.
    public var folder: String
    /// The project's constitution, parsed; nil when there is none (or only the unfilled template).
    public var constitution: Constitution?
    /// The project's other spec folders and their titles, for Feature Dependencies.
    public var siblings: [SiblingSpec]
    public var options: PlanOptions
    /// A hash of every sibling's folder and title: plans name their feature dependencies by title.
    public var siblingsHash: String
    /// What the project is built with and what kind of project it is, read once per project root
    /// from its stated stack, constitution, other plans and manifests (the spec's own statements
    /// are laid on top when the plan is built).
    public var profile: ProjectProfile
    /// `PlanInputs.profileHash(profile)`: the profile's facts and their sources, so that a changed
    /// manifest makes the plan stale.
    public var profileHash: String

    /// For one spec with its project's stack given as `sources` (none: the constitution's text alone).
    /// - Parameter constitution: constitution.md's text; parsed here, and read for the profile too.
    public init(
        spec: String, folder: String, constitution: String?, siblings: [SiblingSpec],
        options: PlanOptions = PlanOptions(),
        sources: ProfileSources? = nil
    ) {
        let parsed = constitution.flatMap(ConstitutionParser.parse)
        var sources = sources ?? ProfileSources()
        if sources.constitution == nil, parsed != nil { sources.constitution = constitution }
        self.init(
            spec: spec, folder: folder, parsedConstitution: parsed, siblings: siblings, options: options,
            profile: ProjectProfile.read(sources))
    }

    /// With the constitution parsed and the profile read once for every spec of a project, as the daemon does.
    /// - Parameters:
    ///   - siblingsHash: `PlanInputs.siblingsHash(siblings)`, computed once per project by callers with many specs.
    ///   - profileHash: `PlanInputs.profileHash(profile)`, likewise.
    public init(
        spec: String, folder: String, parsedConstitution: Constitution?, siblings: [SiblingSpec],
        options: PlanOptions = PlanOptions(),
        siblingsHash: String? = nil, profile: ProjectProfile, profileHash: String? = nil
    ) {
        self.spec = spec
        self.folder = folder
        self.constitution = parsedConstitution
        self.siblings = siblings
        self.options = options
        self.siblingsHash = siblingsHash ?? PlanInputs.siblingsHash(siblings)
        self.profile = profile
        self.profileHash = profileHash ?? PlanInputs.profileHash(profile)
    }

    public static func siblingsHash(_ siblings: [SiblingSpec]) -> String {
        ContentHash.of(siblings.map { $0.folder + "\u{1}" + $0.title }.joined(separator: "\u{2}"))
    }

    /// A stable digest of a profile: every fact with its source, the kind evidence, the cleared
    /// roles and the problems (see ``InputsFingerprint``).
    public static func profileHash(_ profile: ProjectProfile) -> String {
        ContentHash.of(InputsFingerprint.text(of: profile))
    }

    /// Identifies everything the plan is made from. Written into plan.md's header, so that the
    /// daemon can tell at startup, without generating, that a plan is already up to date.
    public var fingerprint: String { InputsFingerprint.of(self) }
}
