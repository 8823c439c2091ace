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

    static func inputs(_ options: PlanOptions = PlanOptions(), sources: ProfileSources = ProfileSources()) -> PlanInputs
    {
        PlanInputs(
            spec: spec, folder: "003-rink-sessions", constitution: constitution, siblings: siblings, options: options,
            sources: sources)
    }

    /// Every estimate changed.
    static var configuredOptions: PlanOptions {
        var estimates = Estimates()
        for (offset, field) in Estimates.fields.enumerated() {
            estimates[keyPath: field.keyPath] = 0.1 + 0.2 + Double(offset)
        }
        return PlanOptions(estimates: estimates, language: .spanish)
    }

    /// A stack with text that needs escaping, in config.json and `.plansync.json`, and a manifest.
    static var configuredSources: ProfileSources {
        let config = TechStack(
            language: "Go \"1.22\"\n\\ chi", frontend: "HTMX\ttemplates, e\u{301}té 日本", database: "'PostgreSQL'",
            cache: "\u{301}Redis\u{0}\u{7F}", kind: .apiService)
        return ProfileSources(
            projectSettingsStack: TechStack(testing: "Testify"), configStack: config,
            manifests: [
                SourceFile(
                    path: "go.mod",
                    text: "module example.com/rink\n\ngo 1.22\n\nrequire github.com/go-chi/chi/v5 v5.0.12\n")
            ])
    }

    @Test func defaultInputsKeepTheirFingerprint() {
        #expect(Self.inputs().fingerprint == "0216f1b63aef515d")
    }

    @Test func configuredOptionsKeepTheirFingerprint() {
        #expect(Self.inputs(Self.configuredOptions).fingerprint == "4b3b34e1d1edef94")
    }

    /// `"language"` in config.json changes what the plan says: each setting has its own fingerprint.
    @Test func eachPlanLanguageHasItsOwnFingerprint() {
        let fingerprints = ([nil] + PlanLanguage.allCases).map { Self.inputs(PlanOptions(language: $0)).fingerprint }
        #expect(Set(fingerprints).count == PlanLanguage.allCases.count + 1)
    }

    @Test func aConfiguredProfileKeepsItsFingerprint() {
        #expect(Self.inputs(sources: Self.configuredSources).fingerprint == "92a2fd87c62e5f10")
    }

    /// The profile's facts count, not how their sources are worded: a manifest whose dependency
    /// changed makes the plan stale, one whose comments changed does not.
    @Test func theProfileCountsByItsFactsAndSources() {
        let base = Self.inputs(sources: Self.configuredSources).fingerprint
        var commented = Self.configuredSources
        commented.manifests[0].text = "// the rink service\n" + commented.manifests[0].text
        #expect(Self.inputs(sources: commented).fingerprint == base)
        var upgraded = Self.configuredSources
        upgraded.manifests[0].text = upgraded.manifests[0].text.replacingOccurrences(of: "go 1.22", with: "go 1.23")
        #expect(Self.inputs(sources: upgraded).fingerprint != base)
        var moved = Self.configuredSources
        moved.manifests[0].path = "services/rink/go.mod"
        #expect(
            Self.inputs(sources: moved).fingerprint != base,
            "where a fact comes from is part of it: the plan's notes cite it")
    }
}
