import Generator

/// A Spec Kit project root: `specs/NNN-name/spec.md` folders and a constitution.
struct SpecProject: Equatable, Hashable, Sendable {
    /// Absolute path of the root.
    var root: String

    var specsFolder: String { Path.join(root, "specs") }

    /// `.specify/memory/constitution.md` (current layout), else `memory/constitution.md` (before Spec Kit 0.0.22).
    var constitutionPath: String? {
        [".specify/memory/constitution.md", "memory/constitution.md"].map { Path.join(root, $0) }.first(where: FileSystem.isFile)
    }

    /// Names of the folders under specs/, sorted.
    func specFolders() -> [String] {
        ((try? FileSystem.list(specsFolder)) ?? []).filter { !$0.hasPrefix(".") && FileSystem.isDirectory(Path.join(specsFolder, $0)) }
    }

    func folderPath(_ name: String) -> String { Path.join(specsFolder, name) }

    /// What a command line PATH names: a project root, its specs/ folder, or one spec folder.
    enum Target: Equatable {
        case project(SpecProject)
        case specFolder(SpecProject, String)
    }

    struct NotAProject: Error, CustomStringConvertible {
        var path: String
        var description: String {
            "\(path): not a Spec Kit project (no specs/ folder) nor a spec folder (no spec.md); pass a project root or specs/NNN-name"
        }
    }

    static func target(for argument: String) throws(NotAProject) -> Target {
        let path = Path.absolute(Path.expandingTilde(argument))
        if FileSystem.isFile(Path.join(path, "spec.md")) || Path.name(of: Path.folder(of: path)) == "specs" && FileSystem.isDirectory(path) {
            let parent = Path.folder(of: path)
            let root = Path.name(of: parent) == "specs" ? Path.folder(of: parent) : parent
            return .specFolder(SpecProject(root: root), Path.name(of: path))
        }
        if FileSystem.isDirectory(Path.join(path, "specs")) { return .project(SpecProject(root: path)) }
        if Path.name(of: path) == "specs", FileSystem.isDirectory(path) { return .project(SpecProject(root: Path.folder(of: path))) }
        throw NotAProject(path: argument)
    }
}
