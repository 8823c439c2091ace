import Foundation
import Testing

/// Where the tests' inputs live, for both test targets. This one file is compiled into each:
/// `Tests/GeneratorTests/Support/TestData.swift` and `Tests/WatcherTests/Support/TestData.swift`
/// are links to `Tests/Shared/TestData.swift`, so the package root, the fixtures and the corpus
/// are found in one place without a library target of test code.
enum TestData {
    /// The package's root: the nearest folder above this file (or the link to it) that holds
    /// Package.swift, wherever the clone is.
    static let packageRoot: URL = {
        var folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while folder.path != "/" {
            if FileManager.default.fileExists(atPath: folder.appendingPathComponent("Package.swift").path) {
                return folder
            }
            folder = folder.deletingLastPathComponent()
        }
        fatalError("no Package.swift above \(#filePath)")
    }()

    /// The project's own fixtures, written for these tests: spec folders (`NNN-name/spec.md`) and
    /// whole projects (`Projects/NAME`, each a Spec Kit root with its own specs and manifests).
    static let fixtures = packageRoot.appendingPathComponent("Tests/GeneratorTests/Fixtures")
    static let fixtureProjects = fixtures.appendingPathComponent("Projects")
    static let golden = packageRoot.appendingPathComponent("Tests/GeneratorTests/Golden")
    /// Where tests write: under `.build`, not /tmp, where some editors write in place and where a
    /// crashed run's leftovers would outlive the clone.
    static let scratch = packageRoot.appendingPathComponent(".build/plansync-tests")

    /// The shared real-world corpus, `../shared/corpus` beside the clone: Spec Kit projects of
    /// other people, which stay out of the repository. A fresh clone has none; the tests that
    /// read it are skipped then, and the fixtures check the same behaviours.
    static let corpus = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/corpus")
    static let corpusIsPresent = isFolder(corpus)
    static let corpusAbsence =
        "the shared corpus is absent (\(corpus.path)): this clone has no ../shared beside it; "
        + "the fixtures in Tests/GeneratorTests/Fixtures check the same behaviours"

    /// A Spec Kit project root and what a plan is made from: its constitution and spec folders.
    struct Project: CustomStringConvertible, Sendable {
        var name: String
        var root: URL
        /// `.specify/memory/constitution.md`, else `memory/constitution.md`.
        var constitution: String?
        /// The folders under `specs/` that hold a spec.md, sorted.
        var specFolders: [String]

        var description: String { name }

        func spec(_ folder: String) throws -> String {
            try String(contentsOf: root.appendingPathComponent("specs/\(folder)/spec.md"), encoding: .utf8)
        }
    }

    /// Every project (a folder with a `specs/` folder) directly under `folder`, sorted by name.
    static func projects(in folder: URL) -> [Project] {
        subfolders(of: folder).compactMap { name in
            let root = folder.appendingPathComponent(name)
            guard isFolder(root.appendingPathComponent("specs")) else { return nil }
            let constitution = [".specify/memory/constitution.md", "memory/constitution.md"]
                .lazy.compactMap { try? String(contentsOf: root.appendingPathComponent($0), encoding: .utf8) }.first
            let specs = subfolders(of: root.appendingPathComponent("specs"))
                .filter {
                    FileManager.default.fileExists(atPath: root.appendingPathComponent("specs/\($0)/spec.md").path)
                }
            return Project(name: name, root: root, constitution: constitution, specFolders: specs)
        }
    }

    static func corpusProjects() -> [Project] { projects(in: corpus) }
    static func fixtureProjectList() -> [Project] { projects(in: fixtureProjects) }

    /// The fixture project `name`, or an error that says where it was looked for.
    static func fixtureProject(_ name: String) throws -> Project {
        guard let project = fixtureProjectList().first(where: { $0.name == name }) else {
            throw Missing(path: fixtureProjects.appendingPathComponent(name))
        }
        return project
    }

    struct Missing: Error, CustomStringConvertible {
        var path: URL
        var description: String { "no test data at \(path.path)" }
    }

    static func subfolders(of folder: URL) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { isFolder(folder.appendingPathComponent($0)) }.sorted()
    }

    static func isFolder(_ url: URL) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) && isDirectory.boolValue
    }
}

extension Trait where Self == ConditionTrait {
    /// For a test that reads the shared corpus: skipped, saying why, in a clone without it.
    static var needsCorpus: Self { .enabled(if: TestData.corpusIsPresent, Comment(rawValue: TestData.corpusAbsence)) }
}
