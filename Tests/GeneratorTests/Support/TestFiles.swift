import Foundation
import Generator

/// Where the test inputs live: the shared corpus beside the repository, and this target's fixtures.
enum TestFiles {
    /// `Tests/GeneratorTests`: this file is in its `Support/` folder.
    static let testsFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    static let packageRoot = testsFolder.deletingLastPathComponent().deletingLastPathComponent()
    static let corpus = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/corpus")
    static let fixtures = testsFolder.appendingPathComponent("Fixtures")
    static let golden = testsFolder.appendingPathComponent("Golden")

    /// One spec to generate a plan for: where it is and what the plan is made from.
    struct Case: CustomStringConvertible {
        var name: String
        var folder: String
        var spec: String
        var constitution: String?

        var description: String { name }
        var inputs: PlanInputs { PlanInputs(spec: spec, folder: folder, constitution: constitution, siblings: []) }
    }

    /// Every spec of the corpus, with its project's constitution in either layout.
    static func corpusCases() -> [Case] {
        let fm = FileManager.default
        let projects = ((try? fm.contentsOfDirectory(atPath: corpus.path)) ?? []).sorted()
        return projects.flatMap { project -> [Case] in
            let root = corpus.appendingPathComponent(project)
            let constitution = [".specify/memory/constitution.md", "memory/constitution.md"]
                .lazy.compactMap { try? String(contentsOf: root.appendingPathComponent($0), encoding: .utf8) }.first
            let specs = ((try? fm.contentsOfDirectory(atPath: root.appendingPathComponent("specs").path)) ?? []).sorted()
            return specs.compactMap { folder in
                guard let spec = try? String(contentsOf: root.appendingPathComponent("specs/\(folder)/spec.md"), encoding: .utf8) else { return nil }
                return Case(name: "\(project)-\(folder)", folder: folder, spec: spec, constitution: constitution)
            }
        }
    }

    static func fixtureCases() -> [Case] {
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: fixtures.path)) ?? []).sorted()
        return names.compactMap { name in
            guard let spec = try? String(contentsOf: fixtures.appendingPathComponent("\(name)/spec.md"), encoding: .utf8) else { return nil }
            let constitution = try? String(contentsOf: fixtures.appendingPathComponent("\(name)/constitution.md"), encoding: .utf8)
            return Case(name: "fixture-\(name)", folder: name, spec: spec, constitution: constitution)
        }
    }

    static func fixture(_ name: String) -> Case {
        fixtureCases().first { $0.folder == name }!
    }
}
