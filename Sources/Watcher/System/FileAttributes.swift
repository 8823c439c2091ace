import Glibc

/// The permissions and owner a file written by plansync takes from the file it replaces or copies,
/// so that a plan or a backup is never readable by anyone who could not read the original.
struct FileAttributes {
    /// Permission bits, without setuid and setgid: a plan is text, never a program to run as someone else.
    var mode: mode_t
    /// The original's owner and group; nil for a new file (the writer's own).
    var owner: (user: uid_t, group: gid_t)?

    static let setIDBits: mode_t = mode_t(S_ISUID) | mode_t(S_ISGID)

    /// Those of the file at `path`, followed through links; for a new file, 0666 less the umask
    /// and no group or other permission that `newFileLimit` lacks.
    init(replacing path: String, newFileLimit: mode_t? = nil) {
        if let info = try? FileSystem.status(of: path) {
            self.init(copying: info)
        } else {
            self.init(mode: 0o666 & ~AtomicFile.processUmask & (newFileLimit.map { 0o600 | $0 } ?? 0o7777), owner: nil)
        }
    }

    init(copying info: stat) {
        self.init(mode: info.st_mode & 0o7777 & ~FileAttributes.setIDBits, owner: (info.st_uid, info.st_gid))
    }

    init(mode: mode_t, owner: (user: uid_t, group: gid_t)?) {
        self.mode = mode
        self.owner = owner
    }

    /// Applies them to a freshly created file. Root keeps the owner and group; anyone else keeps
    /// the group when a member of it. A group that cannot be kept loses its permission bits, since
    /// the file's group is then another one, whose members were never meant to read it.
    func apply(to fd: FileDescriptor) throws(Errno) {
        var mode = self.mode
        if let owner {
            // A failed chown is seen below, in the group the file has.
            let user = CurrentProcess.effectiveUserID == 0 ? owner.user : uid_t.max
            _ = try? SystemCall.retrying { fchown(fd.rawValue, user, owner.group) }
            if (try? fd.status())?.st_gid != owner.group { mode &= ~0o070 }
        }
        try SystemCall.retrying { fchmod(fd.rawValue, mode) }
    }
}
