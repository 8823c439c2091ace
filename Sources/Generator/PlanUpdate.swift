/// What to do with a plan.md, decided from the inputs and the file's current text alone.
public struct PlanUpdate: Sendable, Equatable {
    public enum Outcome: Sendable, Equatable {
        case created, updated, unchanged
        /// plan.md has no plansync header: the user's own plan.
        case skippedUserWritten
        /// plan.md has a plansync header but no end marker.
        case skippedTruncated
    }

    public var outcome: Outcome
    /// The new file text when there is something to write.
    public var text: String?
    public var summary: ChangeSummary
    /// The feature's title (nil when the spec was not read: a plan trusted by its fingerprint) and
    /// the numbers of the features it names: the daemon regenerates the plans that depend on a
    /// spec when its title changes.
    public var specTitle: String?
    public var referencedFeatures: [String] = []

    public var writes: Bool { text != nil }
}
