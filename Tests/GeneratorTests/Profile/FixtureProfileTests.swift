import Foundation
import Testing

@testable import Generator

/// The profile of each fixture project (`Fixtures/Projects`), read from its files as the Watcher
/// will: one project per ecosystem of the shared corpus, with its manifests where that ecosystem
/// keeps them (in subfolders, none at all, several), its constitution in either layout or in an
/// odd place, and stacks stated in prose, in Spec Kit's own plans, or in another language.
@Suite struct FixtureProfileTests {
    static let expectations: [ProfileExpectation] = [
        ProfileExpectation(
            project: "ampel-board", languages: ["C++"], technologies: ["Arduino", "PlatformIO"], kind: .embedded),
        ProfileExpectation(
            project: "citation-store", languages: ["Python"], technologies: ["Django", "PostgreSQL", "pytest"],
            kind: .library),
        ProfileExpectation(
            project: "docs-portal", languages: ["PHP", "TypeScript"],
            technologies: ["Pulumi", "Kubernetes", "DigitalOcean", "PHPUnit", "GitHub Actions"],
            kind: .infrastructure, alsoKinds: [.apiService]),
        ProfileExpectation(project: "graph-weave", languages: ["Rust"], technologies: ["cargo test"], kind: .library),
        ProfileExpectation(
            project: "harbour-tides", languages: ["TypeScript"],
            technologies: ["React", "Vite", "Vitest", "Stripe", "PostgreSQL"], kind: .webApplication),
        ProfileExpectation(
            project: "huerta-share", languages: ["TypeScript"], technologies: ["Express", "Node.js", "PostgreSQL"],
            kind: .apiService),
        ProfileExpectation(
            project: "kube-tool", languages: ["Go"], technologies: ["Cobra", "go test", "Kubernetes"],
            kind: .commandLineTool),
        ProfileExpectation(
            project: "lantern-cli", languages: ["TypeScript"], technologies: ["Node.js", "Commander.js", "Jest"],
            kind: .commandLineTool),
        ProfileExpectation(
            project: "ledger-api", languages: ["Python"],
            technologies: ["FastAPI", "PostgreSQL", "SQLAlchemy", "Alembic", "pytest"],
            kind: .apiService),
        ProfileExpectation(
            project: "merge-digest", languages: ["C#"],
            technologies: [".NET", "System.CommandLine", "xUnit", "GitLab", "Bitbucket", "Azure DevOps"],
            kind: .commandLineTool),
        ProfileExpectation(
            project: "pantry-log", languages: ["TypeScript"], technologies: ["Express", "Node.js", "Vitest"],
            kind: .apiService),
        ProfileExpectation(
            project: "pixel-forge", languages: ["Go", "Lua"], technologies: ["SDL2", "gopher-lua"], kind: .game),
        ProfileExpectation(
            project: "pocket-home", languages: ["Kotlin"], technologies: ["Jetpack Compose", "Android", "JUnit"],
            kind: .mobileApp),
        ProfileExpectation(
            project: "quill-cli", languages: ["Rust"], technologies: ["clap", "cargo test", "insta", "GitHub Actions"],
            kind: .commandLineTool),
        ProfileExpectation(project: "relay-kit", languages: ["Go"], technologies: ["go test"], kind: .library),
        ProfileExpectation(
            project: "score-pad", languages: ["TypeScript"], technologies: ["React", "Vite", "Vitest", "Workbox"],
            kind: .webApplication),
    ]

    @Test(arguments: expectations)
    func eachFixtureProjectGetsItsRealStackAndKind(_ expected: ProfileExpectation) {
        expected.check(in: TestData.fixtureProjects)
    }

    /// A fixture project without an expectation here would be read by nobody.
    @Test func everyFixtureProjectHasAnExpectation() {
        #expect(Self.expectations.map(\.project) == TestData.fixtureProjectList().map(\.name))
    }

    @Test func noFixtureSpecOrPlanTrapsTheReaders() throws {
        #expect(try ProfileExpectation.readEveryMarkdownFile(under: TestData.fixtures) > 25)
    }
}
