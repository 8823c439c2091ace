import Glibc

/// The files of one project root that plansync may read: regular files whose real path lies
/// inside the root. A cloned repository can hold a `spec.md` that links to `~/.ssh/id_ed25519`
/// or a FIFO that blocks every `open`: each is refused with a message that names it, and nothing
/// outside the root is ever opened for reading (nor, through a spec folder, written).
///
/// A folder is opened and its real path checked once; the files in it are opened relative to it,
/// without following a last link. Only a file that is a link costs more: its target is resolved
/// without being opened (O_PATH), checked, and only then opened.
struct ProjectFiles: Sendable {
    /// The root as configured (absolute, maybe through links), for messages.
    let root: String
    /// The root's real path, resolved once: what every real path must lie inside.
    let realRoot: Result<String, Errno>

    init(root: String) {
        self.root = root
        realRoot = FileSystem.realPath(root)
    }

    /// Read from a project file, with the real path it was read from.
    struct File {
        var text: String
        /// Where the bytes live, links resolved: inside the root.
        var realPath: String
        /// The file's permission bits, so that a plan made from it is no more readable than it.
        var mode: mode_t
    }

    /// A project file's bytes as they are, with its status and real path.
    struct RawFile {
        var bytes: [UInt8]
        var info: stat
        var realPath: String
    }

    /// Why a project file was not read; the path in it is relative to the root.
    enum Refusal: Error, CustomStringConvertible {
        case outsideRoot(link: String, target: String)
        case symlinkLoop(String)
        case notRegular(String, mode: mode_t)
        case replaced(String)
        case rootUnavailable(String, Errno)
        case failed(any Error)

        var description: String {
            switch self {
            case .outsideRoot(let link, let target):
                "\(link) is a symlink to \(target), outside the project root; plansync reads only files inside the project"
            case .symlinkLoop(let path): "\(path) is a symlink loop; fix or remove the link"
            case .notRegular(let path, let mode): "\(path) is \(FileSystem.kindName(of: mode)), not a regular file"
            case .replaced(let path):
                "\(path) was replaced while it was being read; it is read again at its next change"
            case .rootUnavailable(let root, let error): "project root \(root): \(error)"
            case .failed(let error): "\(error)"
            }
        }
    }

    /// `path` relative to the root, as messages name it.
    func display(_ path: String) -> String { Path.relative(path, to: root) }

    /// The text of a project file; nil when there is none (a dangling link counts as none).
    func readText(_ path: String, limit: Int = Int.max) throws(Refusal) -> File? {
        try folder(Path.folder(of: path))?.readText(Path.name(of: path), limit: limit)
    }

    /// The bytes of a project file; nil when there is none.
    func readBytes(_ path: String, limit: Int = Int.max) throws(Refusal) -> RawFile? {
        try folder(Path.folder(of: path))?.readBytes(Path.name(of: path), limit: limit)
    }

    /// A folder of the project, open and checked to lie inside the root; nil when it is not there
    /// or not a folder. O_DIRECTORY refuses anything else before it is opened: no FIFO, no device.
    func folder(_ path: String) throws(Refusal) -> ProjectFolder? {
        let fd: FileDescriptor
        do { fd = try FileDescriptor.open(path, O_RDONLY | O_DIRECTORY | O_NONBLOCK) } catch {
            if error == .noEntry || error == .notDirectory { return nil }
            if error == .tooManySymbolicLinks { throw .symlinkLoop(display(path)) }
            throw .failed(FileSystem.Failure(path: display(path), code: error))
        }
        return ProjectFolder(files: self, fd: fd, path: path, realPath: try confined(fd, path))
    }

    /// The real path of what `fd` has open, when it lies inside the root.
    func confined(_ fd: FileDescriptor, _ path: String) throws(Refusal) -> String {
        let realRoot: String
        switch self.realRoot {
        case .success(let real): realRoot = real
        case .failure(let error): throw .rootUnavailable(root, error)
        }
        let real: String
        switch FileSystem.realPath(of: fd, openedAs: path) {
        case .success(let resolved): real = resolved
        case .failure(let error): throw .failed(FileSystem.Failure(path: display(path), code: error))
        }
        guard ProjectFiles.isInside(real, realRoot) else {
            let link = escapingLink(in: path, realRoot: realRoot)
            throw .outsideRoot(link: display(link?.link ?? path), target: link?.target ?? real)
        }
        return real
    }

    static func isInside(_ path: String, _ root: String) -> Bool {
        path == root || path.hasPrefix(root == "/" ? root : root + "/")
    }

    /// The first component of `path`, from the root down, whose real path leaves the root: the link
    /// to name in the message (a spec folder that links out, or spec.md itself). Only on errors.
    private func escapingLink(in path: String, realRoot: String) -> (link: String, target: String)? {
        let relative = display(path)
        guard relative != path else { return nil }
        var prefix = root
        for component in relative.split(separator: "/") {
            prefix = Path.join(prefix, String(component))
            if case .success(let real) = FileSystem.realPath(prefix), !ProjectFiles.isInside(real, realRoot) {
                return (prefix, real)
            }
        }
        return nil
    }
}
