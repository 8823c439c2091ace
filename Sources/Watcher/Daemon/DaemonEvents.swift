extension Daemon {
    /// Does what an inotify event means (see `WatchRouting`).
    func apply(_ action: WatchAction, event: InotifyEvent) {
        let now = MonotonicClock.now()
        switch action {
        case .schedule(let root, let folder, let trigger):
            deadlines.note(.plan(SpecKey(root: root, folder: folder)), trigger, at: now)
            logger.log(
                .debug, "change", "specs/\(folder)/\(event.name) changed",
                [
                    ("root", .string(root)), ("path", .string("specs/\(folder)/\(event.name)")),
                    ("trigger", .string(trigger.rawValue)),
                ])
        case .constitutionChanged(let root):
            deadlines.note(.constitution(root: root), .constitution, at: now)
        case .profileChanged(let root):
            deadlines.note(.profile(root: root), .profile, at: now)
        case .watch(let folder):
            startWatching(folder, at: now)
        case .movedAway(let root, let folder, let cookie):
            let key = SpecKey(root: root, folder: folder)
            deadlines.moves.movedAway(key, cookie: cookie, at: now)
            deadlines.forgetPending { $0 == .plan(key) }
        case .arrived(let root, let folder, let cookie):
            arrived(SpecKey(root: root, folder: folder), cookie: cookie, at: now)
        case .deleted(let root, let folder):
            forgetSpec(SpecKey(root: root, folder: folder))
        case .specsGone(let root):
            specsGone(of: root)
        case .forget(let wd):
            table.remove(wd: wd)
        case .rescan(_, let reason):
            deadlines.rescan.request(reason: reason, at: now)
        case .checkFolders(let root):
            checkFolders(of: root, at: now)
        case .rootGone(let root, let loss):
            rootGone(root, loss)
        case .unmounted(let root, let path):
            folderUnmounted(path, in: root)
        }
    }

    /// A folder appeared: watched, and what it holds is due (files written before the watch count).
    private func startWatching(_ folder: WatchedFolder, at now: Milliseconds) {
        guard watch(folder) else { return }
        switch folder {
        case .specs(let root):
            for name in SpecProject(root: root).specFolders() where watch(.spec(root, name)) {
                deadlines.note(.plan(SpecKey(root: root, folder: name)), .spec, at: now)
            }
        case .spec(let root, let name):
            deadlines.note(.plan(SpecKey(root: root, folder: name)), .spec, at: now)
        case .specify(let root), .memory(let root, _):
            watchConstitutionFolders(of: root)
            deadlines.note(.constitution(root: root), .constitution, at: now)
        case .root, .sources: break
        }
    }

    /// A spec folder arrived in specs/: renamed from another spec folder (its watch follows the
    /// inode, only the name changes), or moved in from outside (watched afresh).
    private func arrived(_ key: SpecKey, cookie: UInt32, at now: Milliseconds) {
        if let from = deadlines.moves.arrived(cookie: cookie), let wd = table[.spec(from.root, from.folder)] {
            table.insert(.spec(key.root, key.folder), wd: wd)
            forgetSpec(from)
        } else {
            watch(.spec(key.root, key.folder))
        }
        deadlines.note(.plan(key), .spec, at: now)
    }

    /// `specs/` went away: a specs/ moved away keeps its watches (they follow the inodes) and
    /// they are removed; a deleted one's are gone already. The constitution is still served.
    private func specsGone(of root: String) {
        unwatch { folder in
            switch folder {
            case .spec(root, _), .specs(root): true
            default: false
            }
        }
        deadlines.forgetPending { $0.root == root && $0 != .constitution(root: root) }
        deadlines.retries.forget { $0.root == root }
        projects[root]?.context.siblings = []
    }

    /// Drops what is pending and known about a spec folder that is gone.
    func forgetSpec(_ key: SpecKey) {
        deadlines.forgetPending { $0 == .plan(key) }
        deadlines.retries.forget { $0 == key }
        ownership.forget { $0 == key }
        projects[key.root]?.forget(key.folder)
    }
}
