/// Everything besides the spec, the constitution and the project's profile that shapes a plan:
/// config.json's `estimates` and `language`, or a project's own in `.plansync.json`.
public struct PlanOptions: Sendable, Equatable {
    public var estimates: Estimates
    /// `"language"`: the plan's language, whatever the constitution and the spec say; nil for
    /// `"auto"` (the constitution's, else the spec's).
    public var language: PlanLanguage?

    public init(estimates: Estimates = Estimates(), language: PlanLanguage? = nil) {
        self.estimates = estimates
        self.language = language
    }
}
