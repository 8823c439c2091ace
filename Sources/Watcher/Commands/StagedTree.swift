import Glibc

/// The git index of the projects that `check --staged` and `diff --staged` look at, written out to
/// a temporary folder with `git checkout-index`: the walk then reads the specs, plans,
/// constitution and manifests exactly as the commit will hold them, through the same code as
/// the working tree. Removed when the value goes.
final class StagedTree {
    /// Why the index could not be written out; the message says what to do.
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// The temporary folder, one subfolder per repository.
    let folder: String
    /// Each staged project root and the root it stands for, for output.
    private(set) var shownAs: [(folder: String, shown: String)] = []
    /// Repository tops already given a subfolder.
    private var repositories: [String] = []

    init() throws(Failure) {
        var template = Array(Path.join(Environment.value("TMPDIR") ?? "/tmp", "plansync-staged.XXXXXX").utf8CString)
        guard let made = mkdtemp(&template) else {
            throw Failure(description: "cannot make a temporary folder for the staged files: \(Errno.current)")
        }
        folder = String(cString: made)
        Self.anchorGitPaths()
    }

    deinit { _ = try? ChildProcess.run(["rm", "-rf", "--", folder]) }

    /// `target` as it is in the index: its files written out, and the same target in the copy.
    func stage(_ target: SpecProject.Target) throws(Failure) -> SpecProject.Target {
        switch target {
        case .project(let project): .project(try stage(project))
        case .specFolder(let project, let name): .specFolder(try stage(project), name)
        }
    }

    private func stage(_ project: SpecProject) throws(Failure) -> SpecProject {
        let top = try git(["rev-parse", "--show-toplevel"], in: project.root).trimmingNewline
        let prefix = try git(["rev-parse", "--show-prefix"], in: project.root).trimmingNewline
        if !repositories.contains(top) { repositories.append(top) }
        let base = Path.join(folder, String(repositories.firstIndex(of: top) ?? 0))
        // From inside the root, -a writes only the entries under it, at their full path under the prefix.
        _ = try git(["checkout-index", "-a", "-f", "--prefix=\(base)/"], in: project.root)
        let staged = prefix.isEmpty ? base : Path.join(base, String(prefix.dropLast()))
        if !shownAs.contains(where: { $0.folder == staged }) { shownAs.append((staged, project.root)) }
        // Nothing of the project staged yet: an empty project, so that every plan reads as missing.
        if !FileSystem.isDirectory(staged) { try? FileSystem.makeFolders(staged, mode: 0o700) }
        return SpecProject(root: staged)
    }

    /// git's output; a failure names the project and quotes git.
    private func git(_ arguments: [String], in root: String) throws(Failure) -> Substring {
        let result: ChildProcess.Result
        do { result = try ChildProcess.run(["git", "-C", root] + arguments) } catch {
            throw Failure(description: "--staged reads the git index, and \(error); install git")
        }
        guard result.status == 0 else {
            throw Failure(
                description:
                    "--staged reads the git index: \(ControlCharacters.escaped(root)) is not in a git work tree (git: \(result.errorText))"
            )
        }
        return Substring(result.output)
    }

    /// git runs with `-C ROOT`, where a relative GIT_DIR, GIT_WORK_TREE or GIT_INDEX_FILE (git
    /// sets GIT_INDEX_FILE for a hook of `git commit -a`) would name another file: made absolute.
    private static func anchorGitPaths() {
        for name in ["GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE"] {
            if let value = Environment.value(name), !value.hasPrefix("/") {
                Environment.set(name, Path.absolute(value))
            }
        }
    }
}
