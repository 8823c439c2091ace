/// Everything besides the spec and constitution that shapes a plan (config.json's `stack` and `estimates`).
public struct PlanOptions: Sendable, Equatable {
    public var stack: TechStack?
    public var estimates: Estimates

    public init(stack: TechStack? = nil, estimates: Estimates = Estimates()) {
        self.stack = stack
        self.estimates = estimates
    }
}
