extension Daemon {
    /// Watches a root and everything plansync reads in it, then brings every plan up to date.
    /// Watches come first, so that a save during the scan is not missed.
    func attach(_ root: String, trigger: String) {
        guard claim(root) else { return }
        let project = SpecProject(root: root)
        watch(.root(root))
        if FileSystem.isDirectory(project.specsFolder) {
            watch(.specs(root))
            for folder in project.specFolders() { watch(.spec(root, folder)) }
        }
        watchConstitutionFolders(of: root)
        projects[root] = Project(project: project, context: ProjectContext.read(project, config: config))
        projects[root]?.identity = FileIdentity.ofFolder(root)
        if trigger == "startup" { reportAtStartup(root) }
        regenerate(table.specFolders(of: root).map { (key: SpecKey(root: root, folder: $0), trigger: trigger) })
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
        for (_, wd) in table.watches(of: root) { unwatch(wd) }
        debouncer.forget { $0.root == root }
        retries.forget { $0.root == root }
        projects[root] = nil
        locks.removeValue(forKey: root)?.release()
    }

    /// Removes a watch; events already queued for it are stale and skipped until its IN_IGNORED.
    func unwatch(_ wd: Int32) {
        inotify.removeWatch(wd)
        table.remove(wd: wd)
        droppedWatches.insert(wd)
    }

    /// Adds a watch; a failure is logged with what to do, and the daemon serves what it could watch.
    @discardableResult
    func watch(_ folder: WatchedFolder) -> Bool {
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

    func apply(_ action: WatchAction, event: InotifyEvent) {
        let now = MonotonicClock.now()
        switch action {
        case .schedule(let root, let folder, let trigger):
            debouncer.note(SpecKey(root: root, folder: folder), trigger: trigger, at: now)
            logger.log(
                .debug, "change", "specs/\(folder)/\(event.name) changed",
                [
                    ("root", .string(root)), ("path", .string("specs/\(folder)/\(event.name)")),
                    ("trigger", .string(trigger)),
                ])
        case .constitutionChanged(let root):
            debouncer.note(SpecKey(root: root, folder: ""), trigger: "constitution.md", at: now)
        case .watch(let folder):
            guard watch(folder) else { return }
            switch folder {
            case .specs(let root):
                for name in SpecProject(root: root).specFolders() where watch(.spec(root, name)) {
                    debouncer.note(SpecKey(root: root, folder: name), trigger: "spec.md", at: now)
                }
            case .spec(let root, let name):
                // Files written before the watch existed count: scan the folder right away.
                debouncer.note(SpecKey(root: root, folder: name), trigger: "spec.md", at: now)
            case .specify(let root), .memory(let root, _):
                watchConstitutionFolders(of: root)
                debouncer.note(SpecKey(root: root, folder: ""), trigger: "constitution.md", at: now)
            case .root: break
            }
        case .movedAway(let root, let folder, let cookie):
            pendingMoves[cookie] = PendingMove(root: root, folder: folder, at: now)
            debouncer.forget { $0 == SpecKey(root: root, folder: folder) }
        case .arrived(let root, let folder, let cookie):
            if let from = pendingMoves.removeValue(forKey: cookie), let wd = table[.spec(from.root, from.folder)] {
                // A rename inside the watched tree: the watch follows the inode, only its name changes.
                table.insert(.spec(root, folder), wd: wd)
                forgetSpec(root: from.root, folder: from.folder)
            } else {
                watch(.spec(root, folder))
            }
            debouncer.note(SpecKey(root: root, folder: folder), trigger: "spec.md", at: now)
        case .deleted(let root, let folder):
            forgetSpec(root: root, folder: folder)
        case .specsGone(let root):
            // A specs/ moved away keeps its watches (they follow the inodes); a deleted one's are gone already.
            for (folder, wd) in table.watches(of: root) {
                switch folder {
                case .spec, .specs: unwatch(wd)
                default: break
                }
            }
            debouncer.forget { $0.root == root && !$0.folder.isEmpty }
            retries.forget { $0.root == root }
            projects[root]?.context.siblings = []
        case .forget(let wd):
            table.remove(wd: wd)
        case .rescan(_, let reason):
            requestRescan(reason: reason, at: now)
        case .checkFolders(let root):
            checkFolders(of: root, at: now)
        case .rootGone(let root, let loss):
            rootGone(root, loss)
        case .unmounted(let root, let path):
            folderUnmounted(path, in: root)
        }
    }

    /// Drops what is pending and known about a spec folder that is gone.
    func forgetSpec(root: String, folder: String) {
        debouncer.forget { $0 == SpecKey(root: root, folder: folder) }
        retries.forget { $0 == SpecKey(root: root, folder: folder) }
        projects[root]?.context.siblings.removeAll { $0.folder == folder }
        projects[root]?.references[folder] = nil
    }

    /// A renamed folder whose other half never came was moved out of the watched tree.
    func expireMoves(at now: Milliseconds) {
        for (cookie, move) in pendingMoves where move.at + Daemon.movePairingWindow <= now {
            pendingMoves[cookie] = nil
            if let wd = table[.spec(move.root, move.folder)] { unwatch(wd) }
            forgetSpec(root: move.root, folder: move.folder)
        }
    }

    /// At most one rescan a second, however many overflows come.
    func requestRescan(reason: String, at now: Milliseconds) {
        guard rescanRequest == nil else { return }
        let due = lastRescan.map { max(now, $0 + Daemon.rescanInterval) } ?? now
        rescanRequest = (reason, due)
    }

    /// Rebuilds every root's watches from the disk and brings every plan up to date.
    func rescan(reason: String) {
        rescanRequest = nil
        lastRescan = MonotonicClock.now()
        logger.log(.warning, "rescan", "rescanning every root: \(reason)", [("reason", .string(reason))])
        for root in Array(projects.keys).sorted() {
            // A root whose going was among the lost events.
            guard FileSystem.isDirectory(root) else {
                rootGone(root, .notFound)
                continue
            }
            let project = SpecProject(root: root)
            let present = Set(project.specFolders())
            for folder in table.specFolders(of: root) where !present.contains(folder) {
                if let wd = table[.spec(root, folder)] { unwatch(wd) }
            }
            debouncer.forget { $0.root == root }
            attach(root, trigger: "rescan")
        }
        lookForMissingRoots()
    }

    /// SIGHUP: read the config again; an invalid one is logged and the old one kept.
    func reload() {
        guard let path = config.path else {
            logger.log(.warning, "reload", "no config file to reload (started without one)")
            return
        }
        notifier?.reloading()
        let fresh: Config
        do { fresh = try Config.load(from: path) } catch {
            logger.log(
                .error, "error", "reload failed, keeping the running config: \(error)", [("config", .string(path))])
            notifier?.ready(status: statusLine)
            return
        }
        let oldRoots = Set(roots)
        let optionsChanged = fresh.options != config.options || fresh.maxSpecBytes != config.maxSpecBytes
        config = fresh
        logger = Logger(config: fresh, journal: logger.journal)
        debouncer.quiet = Milliseconds(fresh.debounceMs)
        debouncer.maxDelay = Milliseconds(fresh.maxDelayMs)
        let newRoots = Set(roots)
        for root in oldRoots.subtracting(newRoots).sorted() {
            detach(root)
            missingRoots.remove(root)
        }
        for root in newRoots.subtracting(oldRoots).sorted() {
            if FileSystem.isDirectory(root) {
                attach(root, trigger: "startup")
            } else {
                logger.log(
                    .error, "error",
                    "root \(root) does not exist or is not a folder; it is looked for every few seconds",
                    [("root", .string(root))])
                missingRoots.add(root, .notFound)
            }
        }
        lookForMissingRoots()
        if optionsChanged {
            for root in oldRoots.intersection(newRoots).sorted() where projects[root] != nil {
                regenerate(
                    table.specFolders(of: root).map { (key: SpecKey(root: root, folder: $0), trigger: "rescan") })
            }
        }
        logReady(event: "reload")
        notifier?.ready(status: statusLine)
    }
}
