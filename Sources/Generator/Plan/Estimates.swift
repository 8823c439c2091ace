/// How long work takes, per unit of spec; config.json `estimates` overrides any of these.
///
/// A phase takes `daysPerRequirement` per requirement plus `daysPerScenario` per acceptance
/// scenario, rounded up, and never less than `minimumPhaseDays`. Foundation takes
/// `foundationDays` plus `daysPerService` for each external service. Testing takes
/// `testingShare` of the feature phases plus `daysPerEdgeCase` per edge case, at least
/// `minimumTestingDays`. Documentation takes `documentationDays`.
public struct Estimates: Sendable, Equatable {
    public var foundationDays: Double = 2
    public var daysPerService: Double = 1
    public var daysPerRequirement: Double = 0.5
    public var daysPerScenario: Double = 0.25
    public var minimumPhaseDays: Double = 1
    public var testingShare: Double = 0.3
    public var daysPerEdgeCase: Double = 0.25
    public var minimumTestingDays: Double = 2
    public var documentationDays: Double = 1

    public init() {}

    /// One estimate as config.json names it, and where it is kept.
    public struct Field: Sendable {
        /// The key in config.json's `estimates` (and in the plan's fingerprint): never renamed.
        public let name: String
        public let keyPath: WritableKeyPath<Estimates, Double> & Sendable
    }

    /// Every estimate, in the order error messages list them and the inputs fingerprint records
    /// them. The one list of the keys: config.json's validation and the fingerprint read it.
    public static let fields: [Field] = [
        Field(name: "foundationDays", keyPath: \.foundationDays),
        Field(name: "daysPerService", keyPath: \.daysPerService),
        Field(name: "daysPerRequirement", keyPath: \.daysPerRequirement),
        Field(name: "daysPerScenario", keyPath: \.daysPerScenario),
        Field(name: "minimumPhaseDays", keyPath: \.minimumPhaseDays),
        Field(name: "testingShare", keyPath: \.testingShare),
        Field(name: "daysPerEdgeCase", keyPath: \.daysPerEdgeCase),
        Field(name: "minimumTestingDays", keyPath: \.minimumTestingDays),
        Field(name: "documentationDays", keyPath: \.documentationDays),
    ]

    /// The names config.json uses, for validation and error messages.
    public static var keys: [String] { fields.map(\.name) }

    /// The field config.json calls `name`; nil for a key that is not an estimate.
    public static func field(named name: String) -> Field? {
        fields.first { $0.name == name }
    }

    /// Whole days, at least one, rounded up.
    static func days(_ value: Double, minimum: Double) -> Int {
        // Rounded up by hand: `rounded(.up)` would pull in libm for this one call.
        let clamped = max(value, minimum, 1)
        let whole = Int(clamped)
        return Double(whole) < clamped ? whole + 1 : whole
    }
}
