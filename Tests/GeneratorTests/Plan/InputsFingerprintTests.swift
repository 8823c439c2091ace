import Testing

@testable import Generator

/// Every plan.md records the fingerprint of its inputs, and the daemon trusts a plan whose
/// fingerprint matches at startup. A fingerprint that changed with a renamed Swift property would
/// make every user's plans look stale after an upgrade, or, worse, stay equal when an input changed:
/// these values are pinned, and change only with `PlanSync.generatorVersion` or a new input.
@Suite struct InputsFingerprintTests {
    static let spec = "# Feature Specification: Rink Sessions\n\n- **FR-001**: System MUST sell rink sessions\n"
    static let constitution =
        "# Rink Constitution\n\n**Version**: 1.0.0\n\n## Principles\n\n### I. Test-First\n- Every change MUST come with tests\n"
    static let siblings = [SiblingSpec(folder: "002-ice-rink", title: "Ice Rink")]

    static func inputs(_ options: PlanOptions) -> PlanInputs {
        PlanInputs(
            spec: spec, folder: "003-rink-sessions", constitution: constitution, siblings: siblings, options: options)
    }

    /// config.json's `stack` with text that needs escaping, and every estimate changed.
    static var configuredOptions: PlanOptions {
        var estimates = Estimates()
        for (offset, field) in Estimates.fields.enumerated() {
            estimates[keyPath: field.keyPath] = 0.1 + 0.2 + Double(offset)
        }
        let stack = TechStack(
            backend: "Go \"1.22\"\n\\ chi", frontend: "HTMX\ttemplates, e\u{301}té 日本", database: "'PostgreSQL'",
            cache: "\u{301}Redis\u{0}\u{7F}", source: .config)
        return PlanOptions(stack: stack, estimates: estimates)
    }

    @Test func defaultOptionsKeepTheirFingerprint() {
        #expect(Self.inputs(PlanOptions()).fingerprint == "ad13c66b5c82ec99")
    }

    @Test func configuredOptionsKeepTheirFingerprint() {
        #expect(Self.inputs(Self.configuredOptions).fingerprint == "d9097ae959723364")
    }

    @Test func stacksFromEachSourceKeepTheirFingerprint() {
        var stack = TechStack.default
        #expect(Self.inputs(PlanOptions(stack: stack)).fingerprint == "57499a5687cf5c66")
        stack.source = .constitution
        #expect(Self.inputs(PlanOptions(stack: stack)).fingerprint == "333b02a9ed422106")
    }
}
