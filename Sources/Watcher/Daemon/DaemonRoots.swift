extension Daemon {
    /// A root went away: its watches are dropped (a renamed tree must not be served under the
    /// old name, nor plans written at the old path) and it is waited for at its path.
    func rootGone(_ root: String, _ loss: RootLoss) {
        guard projects[root] != nil else { return }
        detach(root)
        // An unmount leaves the mount point at the path: the root is back when something else is there.
        missingRoots.add(root, loss, leftBehind: loss == .unmounted ? FileIdentity.ofFolder(root) : nil)
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
            requestRescan(reason: "\(path) was unmounted", at: MonotonicClock.now())
        }
    }

    /// Attaches the missing roots that are back at their paths, every plan of them brought up to date.
    func lookForMissingRoots() {
        guard !missingRoots.isEmpty else { return }
        let back = missingRoots.takeReturned(at: MonotonicClock.now(), folderAt: FileIdentity.ofFolder)
        for root in back {
            logger.log(.info, "root.back", "root \(root) is back; watching it again", [("root", .string(root))])
            attach(root, trigger: "rescan")
        }
        if !back.isEmpty { notifier?.status(statusLine) }
    }
}
