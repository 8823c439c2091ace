import Testing

@testable import Watcher

/// The `trigger` field of the log is part of its documented format (README).
@Suite struct TriggerTests {
    @Test func triggersKeepTheirSpellingsOnTheWire() {
        let triggers: [Trigger] = [.startup, .spec, .plan, .constitution, .dependency, .rescan, .reload, .retry]
        #expect(
            triggers.map(\.rawValue) == [
                "startup", "spec.md", "plan.md", "constitution.md", "dependency", "rescan", "reload", "retry",
            ])
        #expect(
            triggers.map { "\($0)" } == triggers.map(\.rawValue),
            "a message must spell a trigger as the log's field does")
        #expect(triggers.filter(\.mayChangeTitle) == [.spec, .plan, .dependency])
    }
}
