/// What to do with a plan.md, decided from the inputs and the file's current text alone.
public struct PlanUpdate: Sendable, Equatable {
    /// What becomes of the file.
    public enum Outcome: Sendable, Equatable {
        /// There was no plan.md: `text` is a new one.
        case created
        /// `text` replaces plan.md: some generated section changed.
        case updated
        /// plan.md already says what it should (or records these very inputs): nothing to write.
        case unchanged
        /// plan.md has no plansync header: the user's own plan.
        case skippedUserWritten
        /// plan.md has a plansync header but no end marker.
        case skippedTruncated
        /// spec.md is still Spec Kit's unfilled template (`/speckit.specify` copies it moments
        /// before an agent fills it in): no plan is made of placeholders, nothing is written.
        case skippedTemplate
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
    /// The phases, days and risks of the plan as `text` writes it (hand edits merged); nil when
    /// nothing is written.
    public var shape: PlanShape?

    public var writes: Bool { text != nil }

    /// Why a template spec gets no plan, as `generate` prints it and the daemon logs it.
    public static let templateReason = "spec.md is still the Spec Kit template; waiting for it to be filled in"
}
