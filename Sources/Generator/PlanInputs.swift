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

    /// - Parameter constitution: constitution.md's text; parsed here.
    public init(
        spec: String, folder: String, constitution: String?, siblings: [SiblingSpec],
        options: PlanOptions = PlanOptions()
    ) {
        self.init(
            spec: spec, folder: folder, parsedConstitution: constitution.flatMap(ConstitutionParser.parse),
            siblings: siblings, options: options)
    }

    /// With the constitution parsed once for every spec of a project, as the daemon does.
    /// - Parameter siblingsHash: `PlanInputs.siblingsHash(siblings)`, computed once per project by callers with many specs.
    public init(
        spec: String, folder: String, parsedConstitution: Constitution?, siblings: [SiblingSpec],
        options: PlanOptions = PlanOptions(),
        siblingsHash: String? = nil
    ) {
        self.spec = spec
        self.folder = folder
        self.constitution = parsedConstitution
        self.siblings = siblings
        self.options = options
        self.siblingsHash = siblingsHash ?? PlanInputs.siblingsHash(siblings)
    }

    public static func siblingsHash(_ siblings: [SiblingSpec]) -> String {
        ContentHash.of(siblings.map { $0.folder + "\u{1}" + $0.title }.joined(separator: "\u{2}"))
    }

    /// Identifies everything the plan is made from. Written into plan.md's header, so that the
    /// daemon can tell at startup, without generating, that a plan is already up to date.
    public var fingerprint: String { InputsFingerprint.of(self) }
}
