/// Which block of plan.md a generated block or a marker comment is: the `id=` of its marker
/// (`<!-- plansync:section id=phase/testing … -->`).
///
/// Ids are stable across regenerations: a block keeps its id while it means the same thing,
/// which is how the merge finds, in the file, the block a fresh one replaces. The marker text
/// is `rawValue`, and reading it back gives the same id: every id read from a file, known or not,
/// is written back byte for byte.
public enum PlanBlockID: Hashable, Sendable, RawRepresentable, CustomStringConvertible {
    /// `# Implementation Plan: …`
    case title
    /// `## Feature Summary`
    case summary
    /// `## Technical Approach`: architecture and key components.
    case approach
    /// The `## Implementation Phases` heading alone; each phase is a block of its own.
    case phases
    /// One `### Phase`, by its key: `phase/foundation`, `phase/story-draw-arrows`.
    case phase(String)
    /// `## Dependencies`
    case dependencies
    /// The `## Risks & Mitigations` heading alone; each risk is a block of its own.
    case risks
    /// One `### Risk`, by its key: `risk/access`, `risk/question-…`.
    case risk(String)
    /// `## Success Criteria`
    case criteria
    /// `## Estimated Timeline`
    case timeline
    /// `## Notes`
    case notes
    /// An id this version does not generate (a marker from another version, or one written by
    /// hand), kept as written. Only `init(rawValue:)` makes one.
    case unknown(String)

    /// A key for `phase(_:)` or `risk(_:)` made from a title: lower-case ASCII letters, digits and
    /// dashes, at most 48 characters, so that it reads well in the marker and survives any title.
    ///
    /// Read as bytes (a risk's key comes from its whole text): an ASCII letter or digit is kept
    /// where it is a character of its own, not the base of an accented one ("é" as `e` + U+0301).
    static func key(from title: String) -> String {
        let text = PlainText.of(title).lowercased()
        let utf8 = text.utf8
        let dash = UInt8(ascii: "-")
        var result: [UInt8] = []
        var index = utf8.startIndex
        var previousIsASCII = true
        while index < utf8.endIndex {
            let byte = utf8[index]
            let next = utf8.index(after: index)
            let isWordByte = byte &- 97 < 26 || byte &- 48 < 10
            if isWordByte, previousIsASCII || String.Index(index, within: text) != nil,
                next == utf8.endIndex || utf8[next] < 0x80 || String.Index(next, within: text) != nil
            {
                result.append(byte)
            } else if let last = result.last, last != dash {
                result.append(dash)
            }
            previousIsASCII = byte < 0x80
            index = next
        }
        while result.last == dash { result.removeLast() }
        return String(decoding: result.prefix(48), as: UTF8.self)
    }

    private static let phasePrefix = "phase/"
    private static let riskPrefix = "risk/"

    /// Reads a marker's id; never fails: an id this version does not know is `unknown`.
    public init(rawValue: String) {
        switch rawValue {
        case "title": self = .title
        case "summary": self = .summary
        case "approach": self = .approach
        case "phases": self = .phases
        case "dependencies": self = .dependencies
        case "risks": self = .risks
        case "criteria": self = .criteria
        case "timeline": self = .timeline
        case "notes": self = .notes
        case _ where rawValue.hasPrefix(Self.phasePrefix):
            self = .phase(String(rawValue.dropFirst(Self.phasePrefix.count)))
        case _ where rawValue.hasPrefix(Self.riskPrefix):
            self = .risk(String(rawValue.dropFirst(Self.riskPrefix.count)))
        default: self = .unknown(rawValue)
        }
    }

    /// The id as the marker comment writes it.
    public var rawValue: String {
        switch self {
        case .title: "title"
        case .summary: "summary"
        case .approach: "approach"
        case .phases: "phases"
        case .phase(let key): Self.phasePrefix + key
        case .dependencies: "dependencies"
        case .risks: "risks"
        case .risk(let key): Self.riskPrefix + key
        case .criteria: "criteria"
        case .timeline: "timeline"
        case .notes: "notes"
        case .unknown(let id): id
        }
    }

    public var description: String { rawValue }

    /// The `##` section the block belongs to, for change summaries and log lines. An unknown id
    /// is named after the section its first path component names (`summary/x`), else it is its
    /// own name.
    public var sectionName: String {
        switch self {
        case .title: "Title"
        case .summary: "Feature Summary"
        case .approach: "Technical Approach"
        case .phases, .phase: "Implementation Phases"
        case .dependencies: "Dependencies"
        case .risks, .risk: "Risks & Mitigations"
        case .criteria: "Success Criteria"
        case .timeline: "Estimated Timeline"
        case .notes: "Notes"
        case .unknown(let id):
            switch id.split(separator: "/").first.map(String.init) ?? id {
            case "phase": PlanBlockID.phases.sectionName
            case "risk": PlanBlockID.risks.sectionName
            case let base: PlanBlockID(rawValue: base).knownSectionName ?? id
            }
        }
    }

    /// The section name of an id this version generates; nil for an unknown one.
    private var knownSectionName: String? {
        if case .unknown = self { return nil }
        return sectionName
    }
}
