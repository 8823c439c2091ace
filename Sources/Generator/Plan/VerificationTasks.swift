/// The kind-shaped tasks of the Testing and Documentation phases: the project's own test tools
/// named, acceptance tests in the form the product takes (a browser, a built command, a device),
/// and documentation of what the feature has (API, CLI help, screens, configuration), nothing else.
struct VerificationTasks {
    var spec: Spec
    var shape: ProjectShape
    var phrases: PlanPhrases

    // MARK: - Testing

    /// "Unit and integration tests (go test, Testify) for each of the 5 functional requirements".
    func requirementTests(count: Int) -> String {
        phrases.requirementTests(count, toolList(of: [.unit, .assertions, .doubles, .properties]))
    }

    func acceptanceTests(count: Int) -> String {
        phrases.acceptanceTests(acceptanceForm, count, toolList(of: acceptanceForm.tools))
    }

    private var acceptanceForm: AcceptanceForm {
        switch shape.kind {
        case .webApplication? where shape.hasUserInterface:
            if let tool = tools(.endToEnd).first { return .browser(tool: tool) }
        case .commandLineTool?: return .builtCommand
        case .library?: return .publicAPI
        case .mobileApp?, .desktopApp?: return .device
        case .embedded?: return .hardware
        case .infrastructure?: return .preview
        default: break
        }
        return .plain
    }

    /// "Performance checks against SC-001 (Criterion benchmarks)".
    func performanceChecks(_ ids: [String]) -> String {
        phrases.performanceChecks(ids, tools(.benchmarks).first)
    }

    /// The default when the constitution says nothing about tests.
    var testFirst: String { phrases.testFirst(shape.continuousIntegration) }

    private func tools(_ purpose: TestToolPurpose) -> [String] {
        shape.profile.testTools.filter { TestToolPurpose.of($0.technology) == purpose }.map(\.technology.name)
    }

    /// "go test, Testify": the project's tools for these purposes, or nil.
    private func toolList(of purposes: [TestToolPurpose]) -> String? {
        let names = shape.profile.testTools.filter { choice in
            purposes.contains(TestToolPurpose.of(choice.technology))
                && (choice.technology.ecosystem == .any || shape.ecosystems.isEmpty
                    || shape.ecosystems.contains(choice.technology.ecosystem))
        }.prefix(3).map(\.technology.name)
        return names.isEmpty ? nil : names.joined(separator: ", ")
    }

    // MARK: - Documentation

    /// What the feature's users read: the public API, the command's help, the README.
    var userDocumentation: String {
        phrases.userDocumentation(shape.kind, spec.title, shape.conventions.apiDocs)
    }

    /// API endpoints, for a product that serves an API and a feature that changes it.
    func apiDocumentation(_ text: SpecItemText) -> String? {
        let serves =
            shape.kind == .apiService || shape.kind == .webApplication && !shape.isClientSideWebApplication
            || shape.kind == .infrastructure && shape.secondaryKinds.contains(.apiService)
        guard serves,
            shape.kind == .apiService || text.mentions(Self.apiWords)
        else { return nil }
        return phrases.apiDocumentation(shape.profile.has(where: ["OpenAPI"]))
    }

    /// Settings, flags and environment variables, when the spec has some.
    func configurationDocumentation(_ text: SpecItemText) -> String? {
        guard text.mentions(Self.configurationWords) else { return nil }
        return phrases.configurationDocumentation
    }

    /// The spec's input, stories and requirements as one text, lower-cased, with its byte pairs
    /// (most keywords are ruled out by them, not searched for): made once for the documentation
    /// tasks that ask it.
    var searchText: SpecItemText {
        let text =
            ([spec.input ?? ""] + spec.stories.map { $0.title + " " + $0.description }
            + spec.requirements.map(\.text)).joined(separator: "\n")
        return SpecItemText(id: nil, text: text, folded: ByteString(lowercasing: text), phase: nil)
    }

    private static let apiWords = Keywords(["api", "endpoint", "route", "webhook", "rest", "graphql"])
    private static let configurationWords = Keywords(["config", "setting", "environment variable", "flag", " --"])
}

extension AcceptanceForm {
    /// The test tools an acceptance test of this form names.
    var tools: [TestToolPurpose] {
        switch self {
        case .builtCommand: [.snapshots]
        case .device: [.device, .endToEnd]
        default: []
        }
    }
}
