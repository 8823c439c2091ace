import Foundation
import Testing
@testable import Generator

/// The profile of each project of the shared corpus, read from its files as the Watcher will,
/// must name the project's real stack and kind, and nothing of another ecosystem.
struct CorpusProfileTests {
    struct Expectation: CustomStringConvertible, Sendable {
        let project: String
        /// Exactly the languages the profile may name.
        let languages: Set<String>
        /// Technologies it must name, in any role.
        let technologies: [String]
        let kind: ProjectKind
        /// Other kinds it must also see.
        var alsoKinds: [ProjectKind] = []
        var description: String { project }
    }

    static let expectations: [Expectation] = [
        Expectation(project: "aphiria-com", languages: ["PHP", "TypeScript", "Bash"], technologies: ["Pulumi", "Kubernetes", "DigitalOcean", "PHPUnit", "GitHub Actions"],
                    kind: .infrastructure, alsoKinds: [.apiService]),
        Expectation(project: "bogenampel", languages: ["C++"], technologies: ["Arduino", "PlatformIO"], kind: .embedded),
        Expectation(project: "bruno-to-postman", languages: ["TypeScript"], technologies: ["Node.js", "Commander.js", "Jest"], kind: .commandLineTool),
        Expectation(project: "deep-causality", languages: ["Rust"], technologies: ["cargo test"], kind: .library),
        Expectation(project: "django-literature", languages: ["Python"], technologies: ["Django", "PostgreSQL", "pytest"], kind: .library),
        Expectation(project: "excalidraw", languages: ["TypeScript"], technologies: ["React", "Vite", "Vitest"], kind: .webApplication),
        Expectation(project: "ksail-go", languages: ["Go"], technologies: ["Cobra", "go test", "Kubernetes"], kind: .commandLineTool),
        Expectation(project: "minimalist-launcher", languages: ["Kotlin", "Java"], technologies: ["Jetpack Compose", "Android", "JUnit"], kind: .mobileApp),
        Expectation(project: "modular", languages: ["Go"], technologies: ["go test"], kind: .library),
        Expectation(project: "molkky-score", languages: ["TypeScript"], technologies: ["React", "Vite", "Vitest", "Workbox"], kind: .webApplication),
        Expectation(project: "openleague", languages: ["TypeScript"], technologies: ["Next.js", "PostgreSQL", "Prisma", "Stripe", "Vitest"], kind: .webApplication),
        Expectation(project: "releasesync", languages: ["C#"], technologies: [".NET", "System.CommandLine", "xUnit", "GitLab", "Bitbucket", "Azure DevOps"],
                    kind: .commandLineTool),
        Expectation(project: "retroforge-engine", languages: ["Go", "Lua"], technologies: ["SDL2", "gopher-lua"], kind: .game),
        Expectation(project: "vitafolio", languages: ["TypeScript"], technologies: ["Express", "Node.js", "Vitest"], kind: .apiService),
    ]

    static let corpusIsPresent = FileManager.default.fileExists(atPath: TestFiles.corpus.path)

    @Test(.enabled(if: corpusIsPresent, "../shared/corpus is absent: the corpus profiles cannot be checked"), arguments: expectations)
    func eachCorpusProjectGetsItsRealStackAndKind(_ expected: Expectation) {
        let sources = ProfileSourcesLoader.load(TestFiles.corpus.appendingPathComponent(expected.project))
        let profile = ProjectProfile.read(sources)
        let languages = Set(profile.languages.map(\.technology.name))
        let named = Set(profile.choices.values.flatMap { $0.map(\.technology.name) })
        #expect(!profile.isAssumedDefault, "\(expected.project) fell back to the default stack")
        #expect(languages == expected.languages, "\(expected.project): \(profile.provenanceNote)")
        #expect(Set(expected.technologies).isSubset(of: named), "\(expected.project) lacks \(Set(expected.technologies).subtracting(named)): \(profile.provenanceNote)")
        #expect(profile.kind == expected.kind, "\(expected.project): \(profile.kindScores)")
        #expect(Set(expected.alsoKinds).isSubset(of: Set(profile.secondaryKinds)), "\(expected.project): \(profile.kindScores)")
        #expect(!named.contains("NestJS") && !named.contains("Redis") || expected.project == "modular", "\(expected.project) got the default stack's parts")
    }

    @Test(.enabled(if: corpusIsPresent, "../shared/corpus is absent: the corpus specs cannot be read"))
    func noCorpusSpecOrPlanTrapsTheReaders() throws {
        let files = FileManager.default.enumerator(atPath: TestFiles.corpus.path)?.allObjects.compactMap { $0 as? String } ?? []
        var read = 0
        for path in files where path.hasSuffix(".md") {
            let text = try String(contentsOf: TestFiles.corpus.appendingPathComponent(path), encoding: .utf8)
            _ = SpecStack(spec: text)
            _ = StackStatementReader.read(text, source: .specKitPlan(path))
            read += 1
        }
        #expect(read > 50)
    }
}
