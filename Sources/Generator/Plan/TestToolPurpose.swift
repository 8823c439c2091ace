/// What a test tool is for, so that a plan names the right one for each kind of test: a runner
/// for the requirements, an end-to-end tool for the user flows, a benchmark for measured targets.
enum TestToolPurpose: CustomStringConvertible {
    case unit, endToEnd, component, assertions, doubles, properties, snapshots, benchmarks, device

    private static let byName: [String: TestToolPurpose] = [
        "Playwright": .endToEnd, "Cypress": .endToEnd, "Puppeteer": .endToEnd, "Selenium": .endToEnd,
        "WebdriverIO": .endToEnd,
        "Capybara": .endToEnd, "Espresso": .device, "AndroidX Test": .device, "Robolectric": .device,
        "Testing Library": .component, "Testify": .assertions, "Gomega": .assertions, "AssertJ": .assertions,
        "FluentAssertions": .assertions,
        "Mockito": .doubles, "MockK": .doubles, "Moq": .doubles, "NSubstitute": .doubles,
        "proptest": .properties, "Hypothesis": .properties, "go-snaps": .snapshots, "insta": .snapshots,
        "Criterion": .benchmarks, "BenchmarkDotNet": .benchmarks,
    ]

    static func of(_ technology: Technology) -> TestToolPurpose { byName[technology.name] ?? .unit }

    var description: String {
        switch self {
        case .unit: "unit and integration tests"
        case .endToEnd: "end-to-end tests of the user flows"
        case .component: "component tests"
        case .assertions: "test assertions"
        case .doubles: "test doubles"
        case .properties: "property-based tests"
        case .snapshots: "snapshot tests of the output"
        case .benchmarks: "benchmarks for the measured targets"
        case .device: "tests on a device or emulator"
        }
    }
}
