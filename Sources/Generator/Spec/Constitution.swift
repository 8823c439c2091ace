/// What a plan takes from the project's constitution.md.
public struct Constitution: Sendable, Equatable {
    public var name: String
    public var version: String?
    public var principles: [Principle] = []
    /// Rules about tests: coverage figures, test-first, required kinds of tests.
    public var testingRules: [String] = []
    /// What every change must pass (bullets of a "gates" section).
    public var gates: [String] = []
    public var securityRules: [String] = []
    public var documentationRules: [String] = []
    /// Template placeholders such as `[GOVERNANCE_RULES]` left in an otherwise filled-in constitution.
    public var leftoverPlaceholders: [String] = []
    /// The language the constitution requires plans in ("plans MUST be written in Spanish"); nil
    /// when it says nothing about it.
    public var planLanguage: PlanLanguage?
    /// The hash of the text it was parsed from, for plan fingerprints.
    public var sourceHash = ""

    /// "Excalidraw Constitution v1.1.0"
    public var citation: String { version.map { "\(name) v\($0)" } ?? name }
}

/// A principle of the constitution: `### VI. Test-First (NON-NEGOTIABLE)`.
public struct Principle: Sendable, Equatable {
    public var name: String
    public var isNonNegotiable: Bool
    public var rules: [String]
}
