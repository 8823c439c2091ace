import Generator

/// A Spec Kit project root: `specs/NNN-name/spec.md` folders and a constitution.
struct SpecProject: Equatable, Hashable, Sendable {
    /// Absolute path of the root.
    var root: String

    var specsFolder: String { Path.join(root, "specs") }

    /// `.specify/memory/constitution.md` (current layout), else `memory/constitution.md` (before Spec Kit 0.0.22):
    /// the first that is there at all, so that a directory or a FIFO in its place is an error, not "no constitution".
    var constitutionPath: String? {
        [".specify/memory/constitution.md", "memory/constitution.md"].map { Path.join(root, $0) }.first(
            where: FileSystem.exists)
    }

    /// Names of the folders under specs/ that plansync serves, sorted.
    func specFolders() -> [String] { scanSpecFolders(ProjectFiles(root: root)).folders }

    /// The folders under specs/ that plansync serves, and those it will not, each with its reason:
    /// a name that is not UTF-8, a link that leaves the root or loops.
    func scanSpecFolders(_ files: ProjectFiles) -> SpecFolderScan {
        var scan = SpecFolderScan()
        guard let entries = try? FileSystem.entries(of: specsFolder) else { return scan }
        do { guard try files.folder(specsFolder) != nil else { return scan } } catch {
            scan.problems.append(SpecFolderProblem(path: "specs", message: error.description))
            return scan
        }
        for entry in entries where !entry.isHidden {
            let shown = "specs/" + FileSystem.escaped(entry.bytes)
            if case .failure(let error)? = entry.target, error == .tooManySymbolicLinks {
                scan.problems.append(
                    SpecFolderProblem(path: shown, message: "\(shown) is a symlink loop; fix or remove the link"))
                continue
            }
            guard entry.isDirectory else { continue }
            guard let name = entry.name else {
                scan.problems.append(
                    SpecFolderProblem(
                        path: shown,
                        message:
                            "\(shown) is a folder whose name is not valid UTF-8; rename it (plansync serves spec folders with UTF-8 names only)"
                    ))
                continue
            }
            if entry.mayBeLink {
                do { _ = try files.folder(folderPath(name)) } catch {
                    scan.problems.append(SpecFolderProblem(path: shown, message: error.description))
                    continue
                }
                scan.linked.insert(name)
            }
            scan.folders.append(name)
        }
        scan.folders.sort()
        return scan
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
        let path = Path.expanded(argument)
        if FileSystem.isFile(Path.join(path, "spec.md"))
            || Path.name(of: Path.folder(of: path)) == "specs" && FileSystem.isDirectory(path)
        {
            let parent = Path.folder(of: path)
            let root = Path.name(of: parent) == "specs" ? Path.folder(of: parent) : parent
            return .specFolder(SpecProject(root: root), Path.name(of: path))
        }
        if FileSystem.isDirectory(Path.join(path, "specs")) { return .project(SpecProject(root: path)) }
        if Path.name(of: path) == "specs", FileSystem.isDirectory(path) {
            return .project(SpecProject(root: Path.folder(of: path)))
        }
        throw NotAProject(path: argument)
    }
}

/// What a look at specs/ found: the spec folders to serve, and the ones refused, each to be
/// reported once (an error line of `generate`, an error in the daemon's log) rather than ignored.
struct SpecFolderScan: Sendable {
    var folders: [String] = []
    var problems: [SpecFolderProblem] = []
    /// Folders that are links (inside the root): their files are read by their own real path.
    var linked: Set<String> = []
}

struct SpecFolderProblem: Sendable, Equatable, CustomStringConvertible {
    /// Relative to the root, bytes that are not UTF-8 escaped as `\xNN`.
    var path: String
    var message: String
    var description: String { message }
}
