/// The kind-shaped tasks of the Testing and Documentation phases: the project's own test tools
/// named, acceptance tests in the form the product takes (a browser, a built command, a device),
/// and documentation of what the feature has (API, CLI help, screens, configuration), nothing else.
struct VerificationTasks {
    var spec: Spec
    var shape: ProjectShape

    // MARK: - Testing

    /// "Unit and integration tests (go test, Testify) for each of the 5 functional requirements".
    func requirementTests(count: Int) -> String {
        "Unit and integration tests\(toolList(of: [.unit, .assertions, .doubles, .properties])) for each of the \(count) functional requirements"
    }

    func acceptanceTests(count: Int) -> String {
        let scenarios = count == 1 ? "the acceptance scenario" : "the \(count) acceptance scenarios"
        switch shape.kind {
        case .webApplication? where shape.hasUserInterface:
            if let tool = tools(.endToEnd).first { return "End-to-end tests (\(tool)) for \(scenarios)" }
        case .commandLineTool?:
            return "Acceptance tests that run the built command for \(scenarios)\(toolList(of: [.snapshots]))"
        case .library?:
            return "Tests through the public API for \(scenarios)"
        case .mobileApp?, .desktopApp?:
            return "UI tests on a device or emulator\(toolList(of: [.device, .endToEnd])) for \(scenarios)"
        case .embedded?:
            return "On-device checks of \(scenarios) on the real hardware, with the logic unit-tested off the device"
        case .infrastructure?:
            return "Checks of \(scenarios) against a preview environment before production"
        default:
            break
        }
        return count == 1 ? "Acceptance test for the acceptance scenario" : "Acceptance tests for \(scenarios)"
    }

    /// "Performance checks against SC-001 (Criterion benchmarks)".
    func performanceChecks(_ ids: [String]) -> String {
        let benchmark = tools(.benchmarks).first.map { " (\($0) benchmarks)" } ?? ""
        return "Performance checks against \(Prose.list(ids))\(benchmark)"
    }

    /// The default when the constitution says nothing about tests.
    var testFirst: String {
        "Write each test before the code it covers and keep the suite green in CI"
            + (shape.continuousIntegration.map { " (\($0))" } ?? "")
    }

    private func tools(_ purpose: TestToolPurpose) -> [String] {
        shape.profile.testTools.filter { TestToolPurpose.of($0.technology) == purpose }.map(\.technology.name)
    }

    /// " (go test, Testify)": the project's tools for these purposes, or nothing.
    private func toolList(of purposes: [TestToolPurpose]) -> String {
        let names = shape.profile.testTools.filter { choice in
            purposes.contains(TestToolPurpose.of(choice.technology))
                && (choice.technology.ecosystem == .any || shape.ecosystems.isEmpty
                    || shape.ecosystems.contains(choice.technology.ecosystem))
        }.prefix(3).map(\.technology.name)
        return names.isEmpty ? "" : " (\(names.joined(separator: ", ")))"
    }

    // MARK: - Documentation

    /// What the feature's users read: the public API, the command's help, the README.
    var userDocumentation: String {
        let title = spec.title
        switch shape.kind {
        case .library?:
            return "Document the public API for \(title) (\(shape.conventions.apiDocs)) with a usage example"
        case .commandLineTool?: return "Update the command's help text and the README's usage for \(title)"
        case .embedded?: return "Document the wiring, settings and how to flash the firmware for \(title)"
        case .infrastructure?:
            return
                "Document the runbook for \(title): what is provisioned, where its secrets live, how to deploy and roll back"
        case .dataPipeline?: return "Document how to run \(title): its inputs, outputs and schedule"
        default: return "Update the README and user documentation for \(title)"
        }
    }

    /// API endpoints, for a product that serves an API and a feature that changes it.
    var apiDocumentation: String? {
        let serves =
            shape.kind == .apiService || shape.kind == .webApplication && !shape.isClientSideWebApplication
            || shape.kind == .infrastructure && shape.secondaryKinds.contains(.apiService)
        guard serves, shape.kind == .apiService || mentions(["api", "endpoint", "route", "webhook", "rest", "graphql"])
        else { return nil }
        let openAPI = shape.profile.has(where: ["OpenAPI"]) ? " in the OpenAPI description" : ""
        return "Document the new API endpoints\(openAPI)"
    }

    /// Settings, flags and environment variables, when the spec has some.
    var configurationDocumentation: String? {
        guard mentions(["config", "setting", "environment variable", "flag", " --"]) else { return nil }
        return "Document the new configuration: settings, flags and environment variables, with their defaults"
    }

    /// Whether the spec's input, stories or requirements use any of these words (ASCII, lower case).
    private func mentions(_ words: [String]) -> Bool {
        let text = ByteString(
            lowercasing: ([spec.input ?? ""] + spec.stories.map { $0.title + " " + $0.description }
                + spec.requirements.map(\.text)).joined(separator: "\n"))
        return words.contains { text.contains(ByteString($0)) }
    }
}
