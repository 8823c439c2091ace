import Foundation
import Testing

@testable import Generator

/// What the profile of a whole project folder must say, read from its files as the Watcher
/// will: its real languages, stack and kind, and nothing of another ecosystem.
struct ProfileExpectation: CustomStringConvertible, Sendable {
    let project: String
    /// Exactly the languages the profile may name.
    let languages: Set<String>
    /// Technologies it must name, in any role.
    let technologies: [String]
    let kind: ProjectKind
    /// Other kinds it must also see.
    var alsoKinds: [ProjectKind] = []
    /// The one project whose own stack is the default one (NestJS or Redis are then its own).
    var mayNameTheDefaultStack = false
    var description: String { project }

    /// Reads the project under `folder` and checks it against this expectation.
    func check(in folder: URL) {
        let sources = ProfileSourcesLoader.load(folder.appendingPathComponent(project))
        let profile = ProjectProfile.read(sources)
        let named = Set(profile.choices.values.flatMap { $0.map(\.technology.name) })
        #expect(!profile.isAssumedDefault, "\(project) fell back to the default stack")
        #expect(Set(profile.languages.map(\.technology.name)) == languages, "\(project): \(profile.provenanceNote)")
        #expect(
            Set(technologies).isSubset(of: named),
            "\(project) lacks \(Set(technologies).subtracting(named)): \(profile.provenanceNote)")
        #expect(profile.kind == kind, "\(project): \(profile.kindScores)")
        #expect(Set(alsoKinds).isSubset(of: Set(profile.secondaryKinds)), "\(project): \(profile.kindScores)")
        #expect(
            !named.contains("NestJS") && !named.contains("Redis") || mayNameTheDefaultStack,
            "\(project) got the default stack's parts")
    }

    /// Hands every Markdown file under `folder` (specs, plans, constitutions, templates) to the
    /// readers that scan prose for a stack, and returns how many there were: none may trap.
    static func readEveryMarkdownFile(under folder: URL) throws -> Int {
        let files = FileManager.default.enumerator(atPath: folder.path)?.allObjects.compactMap { $0 as? String } ?? []
        var read = 0
        for path in files where path.hasSuffix(".md") {
            let text = try String(contentsOf: folder.appendingPathComponent(path), encoding: .utf8)
            _ = SpecStack(spec: text)
            _ = StackStatementReader.read(text, source: .specKitPlan(path))
            read += 1
        }
        return read
    }
}
