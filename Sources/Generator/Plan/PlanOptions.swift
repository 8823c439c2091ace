/// Everything besides the spec, the constitution and the project's profile that shapes a plan:
/// config.json's `estimates`, or a project's own in `.plansync.json`.
public struct PlanOptions: Sendable, Equatable {
    public var estimates: Estimates

    public init(estimates: Estimates = Estimates()) {
        self.estimates = estimates
    }
}
