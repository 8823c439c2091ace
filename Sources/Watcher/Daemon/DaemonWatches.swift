extension Daemon {
    /// Watches a root and everything plansync reads in it, then brings every plan up to date.
    /// Watches come first, so that a save during the scan is not missed.
    func attach(_ root: String, trigger: Trigger) {
        guard claim(root) else { return }
        let project = SpecProject(root: root)
        choosePolling(for: root)
        watch(.root(root))
        if FileSystem.isDirectory(project.specsFolder) {
            watch(.specs(root))
            for folder in project.specFolders() { watch(.spec(root, folder)) }
        }
        watchConstitutionFolders(of: root)
        let started = MonotonicClock.now()
        projects[root] = ServedProject(
            project: project, context: ProjectContext.read(project, config: config),
            identity: FileIdentity.ofFolder(root))
        watchSourceFolders(of: root)
        reportProfile(of: root, changed: false, ms: Int(MonotonicClock.now() - started))
        // A root served for the first time, not one served again after a rescan or its return.
        if trigger == .startup || trigger == .reload { reportAtStartup(root) }
        regenerate(table.specFolders(of: root).map { (item: .plan(SpecKey(root: root, folder: $0)), trigger: trigger) })
    }

    func watchConstitutionFolders(of root: String) {
        if FileSystem.isDirectory(Path.join(root, ".specify")) {
            watch(.specify(root))
            let memory = Path.join(root, ".specify/memory")
            if FileSystem.isDirectory(memory) { watch(.memory(root, memory)) }
        }
        let oldMemory = Path.join(root, "memory")
        if FileSystem.isDirectory(oldMemory) { watch(.memory(root, oldMemory)) }
    }

    /// Stops watching a root (SIGHUP removed it from the config, or it went away).
    func detach(_ root: String) {
        unwatch { $0.root == root }
        deadlines.forgetPending { $0.root == root }
        deadlines.retries.forget { $0.root == root }
        ownership.forget { $0.root == root }
        poller.remove(root)
        projects[root] = nil
        locks.removeValue(forKey: root)?.release()
    }

    /// Removes the watches of the folders that match; events already queued for them are stale
    /// and skipped until their IN_IGNORED. (A watch the kernel dropped is only forgotten.)
    func unwatch(where matches: (WatchedFolder) -> Bool) {
        for wd in table.descriptors(where: matches) {
            // A polled folder (see `Poller`): no watch to remove, no event to wait for.
            if wd < 0 {
                if let folder = table.remove(wd: wd) { poller.stop(folder) }
                continue
            }
            inotify.removeWatch(wd)
            table.remove(wd: wd)
            droppedWatches.insert(wd)
        }
    }

    /// Adds a watch, or in a polled root the folder to what is polled; a failure is logged with
    /// what to do, and the daemon serves what it could watch.
    @discardableResult
    func watch(_ folder: WatchedFolder) -> Bool {
        if poller.polls(folder.root) {
            guard FileSystem.isDirectory(folder.path) else { return false }
            table.insert(folder, wd: table[folder] ?? poller.newDescriptor())
            poller.start(folder, stat: FileStamp.of)
            return true
        }
        do {
            let wd = try inotify.addWatch(folder.path)
            table.insert(folder, wd: wd)
            return true
        } catch {
            if error == .noSpace {
                if !watchLimitReported {
                    watchLimitReported = true
                    logger.log(
                        .error, "error",
                        "cannot watch \(folder.path): the inotify watch limit is reached; \(InotifyLimit.watches.advice); plans of unwatched folders are not kept in sync",
                        [("path", .string(folder.path)), Logger.systemErrorField(named: "ENOSPC")])
                }
            } else if error != .noEntry {
                logger.log(.error, "error", "cannot watch \(folder.path): \(error)", [("path", .string(folder.path))])
            }
            return false
        }
    }

}
