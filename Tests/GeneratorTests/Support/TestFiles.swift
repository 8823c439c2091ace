import Foundation
import Generator

/// The specs plans are generated for in these tests: the fixtures', always, and the shared
/// corpus's when it is beside the clone (see ``TestData``).
enum TestFiles {
    /// One spec to generate a plan for: where it is and what the plan is made from.
    struct Case: CustomStringConvertible, Sendable {
        var name: String
        var folder: String
        var spec: String
        var constitution: String?
        /// The project's profile sources as the Watcher reads them (its manifests, markers, other
        /// plans); nil for a spec folder that is no project.
        var sources: ProfileSources?

        var description: String { name }
        var inputs: PlanInputs {
            PlanInputs(spec: spec, folder: folder, constitution: constitution, siblings: [], sources: sources)
        }
        /// Still Spec Kit's template: plansync writes no plan for it.
        var isUnfilledTemplate: Bool { SpecParser.parse(spec, folder: folder).isUnfilledTemplate }
    }

    /// Every spec of the corpus, with its project's constitution; none without the corpus.
    static func corpusCases() -> [Case] {
        TestData.corpusProjects().flatMap { cases(of: $0, prefix: "") }
    }

    /// The fixture spec folders (`Fixtures/NNN-name`, named `fixture-NNN-name`), then every spec
    /// of the fixture projects (`fixture-PROJECT-NNN-name`), with the project's constitution.
    static func fixtureCases() -> [Case] {
        let folders = TestData.subfolders(of: TestData.fixtures).compactMap { name -> Case? in
            let folder = TestData.fixtures.appendingPathComponent(name)
            guard let spec = try? String(contentsOf: folder.appendingPathComponent("spec.md"), encoding: .utf8) else {
                return nil
            }
            let constitution = try? String(
                contentsOf: folder.appendingPathComponent("constitution.md"), encoding: .utf8)
            return Case(name: "fixture-\(name)", folder: name, spec: spec, constitution: constitution)
        }
        return folders + TestData.fixtureProjectList().flatMap { cases(of: $0, prefix: "fixture-") }
    }

    private static func cases(of project: TestData.Project, prefix: String) -> [Case] {
        let sources = ProfileSourcesLoader.load(project.root)
        return project.specFolders.compactMap { folder in
            guard let spec = try? project.spec(folder) else { return nil }
            return Case(
                name: "\(prefix)\(project.name)-\(folder)", folder: folder, spec: spec,
                constitution: project.constitution, sources: sources)
        }
    }

    /// The fixture spec folder `name` (`007-export-reports`).
    static func fixture(_ name: String) throws -> Case {
        guard let found = fixtureCases().first(where: { $0.folder == name && $0.name == "fixture-\(name)" }) else {
            throw TestData.Missing(path: TestData.fixtures.appendingPathComponent(name))
        }
        return found
    }

    /// The spec `folder` of the fixture project `project`, with the project's constitution.
    static func fixture(_ project: String, _ folder: String) throws -> Case {
        let found = try TestData.fixtureProject(project)
        guard found.specFolders.contains(folder) else {
            throw TestData.Missing(path: found.root.appendingPathComponent("specs/\(folder)"))
        }
        return Case(
            name: "fixture-\(project)-\(folder)", folder: folder, spec: try found.spec(folder),
            constitution: found.constitution,
            sources: ProfileSourcesLoader.load(found.root))
    }

    /// The first corpus spec of `project` (the corpus suites run only when it is present).
    static func corpus(_ project: String) throws -> Case {
        guard let found = corpusCases().first(where: { $0.name.hasPrefix(project + "-") }) else {
            throw TestData.Missing(path: TestData.corpus.appendingPathComponent(project))
        }
        return found
    }
}
