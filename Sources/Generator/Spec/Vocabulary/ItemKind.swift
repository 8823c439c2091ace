/// What kind of item an id names. Decided first by the id's prefix (a table per language:
/// `FR`/`RF`/`EF`/`FA` are functional requirements, `SC`/`CS`/`CE`/`EK` success criteria), then,
/// for prefixes the table does not know or leaves general, by the section the id stands in.
public enum ItemKind: Hashable, Sendable {
    case requirement(RequirementKind)
    case successCriterion
    case userStory
    case acceptance
    case edgeCase
    case risk
    case task
    case other

    /// Prefixes by the language that coined them; a prefix means the same in every language
    /// that uses it (`CS` is "critérios de sucesso" and "critères de succès").
    static let prefixes: [(language: SpecLanguage, kinds: [(String, ItemKind)])] = [
        (
            .english,
            [
                ("FR", .requirement(.functional)), ("NFR", .requirement(.nonFunctional)),
                ("REQ", .requirement(.general)),
                ("OR", .requirement(.general)), ("BR", .requirement(.general)), ("UR", .requirement(.general)),
                ("TR", .requirement(.technical)), ("SR", .requirement(.security)), ("SEC", .requirement(.security)),
                ("PERF", .requirement(.performance)), ("OBS", .requirement(.observability)),
                ("DR", .requirement(.data)),
                ("IR", .requirement(.interface)), ("QR", .requirement(.nonFunctional)),
                ("QC", .requirement(.nonFunctional)),
                ("CON", .requirement(.general)), ("SC", .successCriterion), ("KPI", .successCriterion),
                ("MO", .successCriterion),
                ("US", .userStory), ("UC", .userStory), ("UJ", .userStory), ("AC", .acceptance), ("AS", .acceptance),
                ("EC", .edgeCase), ("RISK", .risk), ("RSK", .risk), ("TASK", .task), ("TSK", .task),
            ]
        ),
        (
            .spanish,
            [
                ("RF", .requirement(.functional)), ("RNF", .requirement(.nonFunctional)), ("CE", .successCriterion),
                ("HU", .userStory), ("CA", .acceptance), ("CL", .edgeCase),
            ]
        ),
        (
            .portuguese,
            [
                ("RF", .requirement(.functional)), ("RNF", .requirement(.nonFunctional)), ("CS", .successCriterion),
                ("HU", .userStory), ("CA", .acceptance),
            ]
        ),
        (
            .french,
            [
                ("EF", .requirement(.functional)), ("ENF", .requirement(.nonFunctional)), ("CS", .successCriterion),
                ("CA", .acceptance),
            ]
        ),
        (
            .german,
            [
                ("FA", .requirement(.functional)), ("NFA", .requirement(.nonFunctional)), ("EK", .successCriterion),
                ("AK", .acceptance), ("GF", .edgeCase),
            ]
        ),
    ]

    private static let byPrefix: [String: ItemKind] = {
        var result: [String: ItemKind] = [:]
        for (_, kinds) in prefixes {
            for (prefix, kind) in kinds where result[prefix] == nil { result[prefix] = kind }
        }
        return result
    }()

    /// The kind a prefix names in the table, nil for a prefix it does not know.
    public init?(prefix: String) {
        guard let kind = ItemKind.byPrefix[prefix] else { return nil }
        self = kind
    }

    /// The kind of `id` standing in a section of the given meaning: the prefix table first
    /// (a general requirement takes the section's requirement kind), else the section's items.
    public static func of(_ id: ItemID, in section: SectionMeaning?) -> ItemKind {
        let fromSection = section.flatMap(ItemKind.init(section:))
        switch id.kind {
        case .requirement(.general)?:
            if let fromSection, case .requirement = fromSection { return fromSection }
            return .requirement(.general)
        case let kind?:
            return kind
        case nil:
            return fromSection ?? .other
        }
    }

    /// The kind of items a section lists, nil for sections that list none in particular.
    public init?(section: SectionMeaning) {
        switch section {
        case .requirements(let kind): self = .requirement(kind)
        case .successCriteria: self = .successCriterion
        case .userScenarios, .userStory, .primaryStory: self = .userStory
        case .acceptance: self = .acceptance
        case .edgeCases: self = .edgeCase
        case .risks: self = .risk
        case .phases, .phase: self = .task
        default: return nil
        }
    }

    /// The section meaning of a heading that an id of this kind opens (`### EC-003: …`).
    var sectionMeaning: SectionMeaning? {
        switch self {
        case .requirement(let kind): return .requirements(kind)
        case .successCriterion: return .successCriteria
        case .userStory: return .userStory
        case .acceptance: return .acceptance
        case .edgeCase: return .edgeCases
        case .risk: return .risks
        case .task: return .phase
        case .other: return nil
        }
    }
}
