/// What kind of requirement a section or an id holds: the spec reader files requirements by it,
/// and the planner puts cross-cutting kinds (security, performance, observability, data) into
/// phases named for them rather than into a catch-all.
public enum RequirementKind: String, CaseIterable, Hashable, Sendable {
    /// "Requirements" with nothing more said.
    case general
    case functional
    /// Non-functional as a whole ("Non-Functional Requirements", "Quality Attributes").
    case nonFunctional
    case security
    case performance
    /// Reliability, availability, resilience.
    case reliability
    /// Monitoring, logging, metrics, tracing.
    case observability
    /// Data, persistence, storage, retention.
    case data
    case accessibility
    /// Legal and regulatory compliance, privacy law.
    case compliance
    /// Usability and user experience.
    case usability
    /// "Technical Requirements".
    case technical
    /// Interfaces and APIs offered to other software.
    case interface
    case documentation
}
