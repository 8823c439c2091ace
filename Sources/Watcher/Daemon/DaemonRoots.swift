extension Daemon {
    /// A root went away: its watches are dropped (a renamed tree must not be served under the
    /// old name, nor plans written at the old path) and it is waited for at its path.
    func rootGone(_ root: String, _ loss: RootLoss) {
        guard projects[root] != nil else { return }
        detach(root)
        // An unmount leaves the mount point at the path: the root is back when something else is there.
        deadlines.missingRoots.add(root, loss, leftBehind: loss == .unmounted ? FileIdentity.ofFolder(root) : nil)
        logger.log(
            .warning, "root.missing", "root \(root) \(loss.description); waiting for it to come back",
            [("root", .string(root)), ("reason", .string(loss.name))])
        lookForMissingRoots()
        notifier?.status(statusLine)
    }

    /// A file system under the root was unmounted: the root's own (its IN_UNMOUNT may come later
    /// in the queue, so the root is judged by what is at its path now), or one mounted inside it.
    func folderUnmounted(_ path: String, in root: String) {
        if let identity = projects[root]?.identity, FileIdentity.ofFolder(root) != identity {
            rootGone(root, .unmounted)
        } else {
            deadlines.rescan.request(reason: "\(path) was unmounted", at: MonotonicClock.now())
        }
    }

    /// Attaches the missing roots that are back at their paths, every plan of them brought up to date.
    func lookForMissingRoots() {
        guard !deadlines.missingRoots.isEmpty else { return }
        let back = deadlines.missingRoots.takeReturned(at: MonotonicClock.now(), folderAt: FileIdentity.ofFolder)
        for root in back {
            logger.log(.info, "root.back", "root \(root) is back; watching it again", [("root", .string(root))])
            attach(root, trigger: .rescan)
        }
        if !back.isEmpty { notifier?.status(statusLine) }
    }

    /// Rebuilds every root's watches from the disk and brings every plan up to date; looks for
    /// the missing roots too.
    func rescan(reason: String) {
        logger.log(.warning, "rescan", "rescanning every root: \(reason)", [("reason", .string(reason))])
        for root in Array(projects.keys).sorted() {
            // A root whose going was among the lost events.
            guard FileSystem.isDirectory(root) else {
                rootGone(root, .notFound)
                continue
            }
            let present = Set(SpecProject(root: root).specFolders())
            unwatch { folder in
                if case .spec(root, let name) = folder { !present.contains(name) } else { false }
            }
            deadlines.forgetPending { $0.root == root }
            attach(root, trigger: .rescan)
        }
        lookForMissingRoots()
    }
}
