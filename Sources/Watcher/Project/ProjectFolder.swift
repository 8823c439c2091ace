import Glibc

/// An open folder of a project, checked to lie inside its root. Files are opened relative to it,
/// so a folder swapped for a link after the check changes nothing, and a name that is a link is
/// followed only after its target has been checked.
final class ProjectFolder {
    let files: ProjectFiles
    let fd: FileDescriptor
    /// As configured, for messages; and its real path, links resolved.
    let path: String
    let realPath: String

    init(files: ProjectFiles, fd: FileDescriptor, path: String, realPath: String) {
        self.files = files
        self.fd = fd
        self.path = path
        self.realPath = realPath
    }

    /// O_PATH: resolves a name without opening the file, so neither a FIFO nor a device a link
    /// points to is ever opened; not exported by Swift's Glibc module.
    static let pathOnly: Int32 = 0o10000000
    static let readFlags = O_RDONLY | O_NONBLOCK | O_NOCTTY

    private func display(_ name: String) -> String { files.display(Path.join(path, name)) }

    /// The text of `name`; nil when there is none (a dangling link counts as none).
    func readText(_ name: String, limit: Int = Int.max) throws(ProjectFiles.Refusal) -> ProjectFiles.File? {
        guard let raw = try readBytes(name, limit: limit) else { return nil }
        do {
            return ProjectFiles.File(
                text: try TextFile.decode(raw.bytes, path: display(name)), realPath: raw.realPath,
                mode: raw.info.st_mode & 0o7777)
        } catch {
            throw .failed(error)
        }
    }

    /// The bytes of `name`, a regular file inside the root; nil when there is none.
    func readBytes(_ name: String, limit: Int = Int.max) throws(ProjectFiles.Refusal) -> ProjectFiles.RawFile? {
        let opened: (fd: FileDescriptor, realPath: String)
        do {
            // O_NOFOLLOW: a name that is a link fails with ELOOP and is resolved the careful way.
            opened = (try fd.open(name, ProjectFolder.readFlags | O_NOFOLLOW), Path.join(realPath, name))
        } catch {
            switch error {
            case .noEntry: return nil
            case .tooManySymbolicLinks:
                guard let link = try openLink(name) else { return nil }
                opened = link
            case .noDeviceOrAddress: throw .notRegular(display(name), mode: mode(of: name) ?? S_IFSOCK)
            default: throw .failed(FileSystem.Failure(path: display(name), code: error))
            }
        }
        let info = try status(of: opened.fd, name)
        guard info.st_mode & S_IFMT == S_IFREG else { throw .notRegular(display(name), mode: info.st_mode) }
        do {
            return ProjectFiles.RawFile(
                bytes: try FileSystem.read(opened.fd, size: Int(info.st_size), limit: limit, path: display(name)),
                info: info, realPath: opened.realPath)
        } catch {
            throw .failed(error)
        }
    }

    private func mode(of name: String) -> mode_t? {
        (try? fd.status(of: name, followingLinks: false))?.st_mode
    }

    /// What `opened` (the file `name`) is; a failure names the file.
    private func status(of opened: FileDescriptor, _ name: String) throws(ProjectFiles.Refusal) -> stat {
        do { return try opened.status() } catch { throw .failed(FileSystem.Failure(path: display(name), code: error)) }
    }

    /// A link: its target resolved without opening it, checked to be a regular file inside the
    /// root, then that very file opened (through /proc; by its name again where /proc is missing,
    /// checked to be the same file). nil when the link dangles.
    private func openLink(_ name: String) throws(ProjectFiles.Refusal) -> (fd: FileDescriptor, realPath: String)? {
        let handle: FileDescriptor
        do { handle = try fd.open(name, ProjectFolder.pathOnly) } catch {
            if error == .noEntry || error == .notDirectory { return nil }
            if error == .tooManySymbolicLinks { throw .symlinkLoop(display(name)) }
            throw .failed(FileSystem.Failure(path: display(name), code: error))
        }
        let real = try files.confined(handle, Path.join(path, name))
        let expected = try status(of: handle, name)
        guard expected.st_mode & S_IFMT == S_IFREG else { throw .notRegular(display(name), mode: expected.st_mode) }
        if let fd = try? handle.reopen(ProjectFolder.readFlags) { return (fd, real) }
        let fd: FileDescriptor
        do { fd = try self.fd.open(name, ProjectFolder.readFlags) } catch {
            if error == .noEntry { return nil }
            throw .failed(FileSystem.Failure(path: display(name), code: error))
        }
        guard let info = try? fd.status(), info.st_dev == expected.st_dev, info.st_ino == expected.st_ino else {
            throw .replaced(display(name))
        }
        return (fd, real)
    }
}
