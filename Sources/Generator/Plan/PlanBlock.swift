/// A piece of plan.md that is generated, compared and kept as a whole: a `##` section, or one
/// `###` phase or risk inside Implementation Phases and Risks & Mitigations.
public struct PlanBlock: Sendable, Equatable {
    /// Stable across regenerations: `summary`, `phase/testing`, `risk/access`.
    public var id: PlanBlockID
    /// The lines of the block, its heading first, without line ends or trailing blank lines.
    public var lines: [String]

    /// The `##` section the block belongs to, for summaries and log lines.
    public var sectionName: String { id.sectionName }
}
