/// A priority found in a line, and where its marker stands (to cut it out of a title).
public struct PriorityMatch: Hashable, Sendable {
    public let level: PriorityLevel
    /// The whole marker: `(Priority: P1)`, `（优先级：P1）`, `[P1]`, `- P1`, `Priority: High`.
    public let range: Range<String.Index>
}
