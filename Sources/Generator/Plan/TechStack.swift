/// The technologies a plan is written for.
public struct TechStack: Sendable, Equatable {
    public enum Source: String, Sendable { case config, constitution, `default` }

    public var backend: String
    public var frontend: String
    public var database: String
    public var cache: String
    public var source: Source

    /// The Spec Kit plan prompt's default stack.
    public static let `default` = TechStack(backend: "NestJS (TypeScript)", frontend: "Next.js (React)",
                                            database: "PostgreSQL", cache: "Redis", source: .default)

    public init(backend: String, frontend: String, database: String, cache: String, source: Source) {
        self.backend = backend
        self.frontend = frontend
        self.database = database
        self.cache = cache
        self.source = source
    }

    /// Reads `Backend: Go 1.22`-style lines of a constitution's tech-stack section; missing parts
    /// keep the default. Nil when no line names a part.
    init?(parsing items: [String]) {
        var stack = TechStack.default
        stack.source = .constitution
        var found = false
        for item in items {
            let plain = Text.plain(item)
            guard let colon = plain.firstIndex(of: ":") else { continue }
            let key = plain[..<colon].lowercased()
            let value = String(plain[plain.index(after: colon)...]).trimmed
            guard !value.isEmpty else { continue }
            if ["backend", "server", "api", "language"].contains(where: key.contains) {
                stack.backend = value
            } else if ["frontend", "ui", "web", "client"].contains(where: key.contains) {
                stack.frontend = value
            } else if ["database", "storage", "persistence", "db"].contains(where: key.contains) {
                stack.database = value
            } else if ["cache", "queue"].contains(where: key.contains) {
                stack.cache = value
            } else {
                continue
            }
            found = true
        }
        guard found else { return nil }
        self = stack
    }

    /// True when the backend runs on Node.js, so npm package names apply.
    var isNode: Bool {
        let lower = (backend + " " + frontend).lowercased()
        return ["nest", "node", "express", "next", "typescript", "fastify"].contains(where: lower.contains)
    }
}

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

    /// The names config.json uses, for validation and error messages.
    public static let keys = ["foundationDays", "daysPerService", "daysPerRequirement", "daysPerScenario",
                              "minimumPhaseDays", "testingShare", "daysPerEdgeCase", "minimumTestingDays",
                              "documentationDays"]

    public subscript(key: String) -> Double? {
        get {
            switch key {
            case "foundationDays": foundationDays
            case "daysPerService": daysPerService
            case "daysPerRequirement": daysPerRequirement
            case "daysPerScenario": daysPerScenario
            case "minimumPhaseDays": minimumPhaseDays
            case "testingShare": testingShare
            case "daysPerEdgeCase": daysPerEdgeCase
            case "minimumTestingDays": minimumTestingDays
            case "documentationDays": documentationDays
            default: nil
            }
        }
        set {
            guard let value = newValue else { return }
            switch key {
            case "foundationDays": foundationDays = value
            case "daysPerService": daysPerService = value
            case "daysPerRequirement": daysPerRequirement = value
            case "daysPerScenario": daysPerScenario = value
            case "minimumPhaseDays": minimumPhaseDays = value
            case "testingShare": testingShare = value
            case "daysPerEdgeCase": daysPerEdgeCase = value
            case "minimumTestingDays": minimumTestingDays = value
            case "documentationDays": documentationDays = value
            default: break
            }
        }
    }

    /// Whole days, at least one, rounded up.
    static func days(_ value: Double, minimum: Double) -> Int {
        // Rounded up by hand: `rounded(.up)` would pull in libm for this one call.
        let clamped = max(value, minimum, 1)
        let whole = Int(clamped)
        return Double(whole) < clamped ? whole + 1 : whole
    }
}

/// Everything besides the spec and constitution that shapes a plan (config.json's `stack` and `estimates`).
public struct PlanOptions: Sendable, Equatable {
    public var stack: TechStack?
    public var estimates: Estimates

    public init(stack: TechStack? = nil, estimates: Estimates = Estimates()) {
        self.stack = stack
        self.estimates = estimates
    }
}

/// Another spec folder of the same project, for resolving feature dependencies.
public struct SiblingSpec: Sendable, Equatable {
    public let folder: String
    public let title: String
    /// `002` for `002-ice-rink`; kept, since feature references are resolved against every sibling.
    let number: Substring

    public init(folder: String, title: String) {
        self.folder = folder
        self.title = title
        number = folder.prefix { $0.isASCII && $0.isNumber }
    }
}
