import Glibc

/// Temporary files of plansync's own pattern left in spec folders by a plansync that was
/// interrupted mid-write (kill -9, a power cut). Removed by `generate` and at the daemon's startup.
enum LeftoverFiles {
    /// Removes from each folder the regular files named like plansync's temporary files for
    /// plan.md and its backups (`.plansync-tmp.plan.md.Ab12Cd`) and last changed before this
    /// process started, so that no write in progress is touched. Nothing else is ever removed.
    /// Returns the paths removed.
    static func remove(in folders: [String]) -> [String] {
        var removed: [String] = []
        for folder in folders {
            for name in FileSystem.names(in: folder, startingWith: AtomicFile.temporaryPrefix) {
                guard AtomicFile.isTemporaryName(name, for: "plan.md") else { continue }
                let path = Path.join(folder, name)
                if isLeftover(path), (try? FileSystem.remove(path)) != nil { removed.append(path) }
            }
        }
        return removed
    }

    private static func isLeftover(_ path: String) -> Bool {
        guard let info = try? FileSystem.status(of: path, followingLinks: false), info.st_mode & S_IFMT == S_IFREG
        else { return false }
        let start = AtomicFile.processStart
        return (info.st_mtim.tv_sec, info.st_mtim.tv_nsec) < (start.tv_sec, start.tv_nsec)
    }
}
