import Foundation
import Testing

@testable import Generator

/// The profile of each project of the shared corpus, read from its files as the Watcher will,
/// must name the project's real stack and kind. ``FixtureProfileTests`` checks the same on the
/// fixture projects, one for each ecosystem here.
@Suite(.needsCorpus) struct CorpusProfileTests {
    static let expectations: [ProfileExpectation] = [
        ProfileExpectation(
            project: "aphiria-com", languages: ["PHP", "TypeScript", "Bash"],
            technologies: ["Pulumi", "Kubernetes", "DigitalOcean", "PHPUnit", "GitHub Actions"],
            kind: .infrastructure, alsoKinds: [.apiService]),
        ProfileExpectation(
            project: "bogenampel", languages: ["C++"], technologies: ["Arduino", "PlatformIO"], kind: .embedded),
        ProfileExpectation(
            project: "bruno-to-postman", languages: ["TypeScript"], technologies: ["Node.js", "Commander.js", "Jest"],
            kind: .commandLineTool),
        ProfileExpectation(
            project: "deep-causality", languages: ["Rust"], technologies: ["cargo test"], kind: .library),
        ProfileExpectation(
            project: "django-literature", languages: ["Python"], technologies: ["Django", "PostgreSQL", "pytest"],
            kind: .library),
        ProfileExpectation(
            project: "excalidraw", languages: ["TypeScript"], technologies: ["React", "Vite", "Vitest"],
            kind: .webApplication),
        ProfileExpectation(
            project: "ksail-go", languages: ["Go"], technologies: ["Cobra", "go test", "Kubernetes"],
            kind: .commandLineTool),
        ProfileExpectation(
            project: "minimalist-launcher", languages: ["Kotlin", "Java"],
            technologies: ["Jetpack Compose", "Android", "JUnit"], kind: .mobileApp),
        ProfileExpectation(
            project: "modular", languages: ["Go"], technologies: ["go test"], kind: .library,
            mayNameTheDefaultStack: true),
        ProfileExpectation(
            project: "molkky-score", languages: ["TypeScript"], technologies: ["React", "Vite", "Vitest", "Workbox"],
            kind: .webApplication),
        ProfileExpectation(
            project: "openleague", languages: ["TypeScript"],
            technologies: ["Next.js", "PostgreSQL", "Prisma", "Stripe", "Vitest"], kind: .webApplication),
        ProfileExpectation(
            project: "releasesync", languages: ["C#"],
            technologies: [".NET", "System.CommandLine", "xUnit", "GitLab", "Bitbucket", "Azure DevOps"],
            kind: .commandLineTool),
        ProfileExpectation(
            project: "retroforge-engine", languages: ["Go", "Lua"], technologies: ["SDL2", "gopher-lua"], kind: .game),
        ProfileExpectation(
            project: "vitafolio", languages: ["TypeScript"], technologies: ["Express", "Node.js", "Vitest"],
            kind: .apiService),
    ]

    @Test(arguments: expectations)
    func eachCorpusProjectGetsItsRealStackAndKind(_ expected: ProfileExpectation) {
        expected.check(in: TestData.corpus)
    }

    @Test func noCorpusSpecOrPlanTrapsTheReaders() throws {
        #expect(try ProfileExpectation.readEveryMarkdownFile(under: TestData.corpus) > 50)
    }
}
