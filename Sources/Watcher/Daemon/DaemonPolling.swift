extension Daemon {
    /// Decides, as a root is attached, whether it is polled: `"watch": "poll"`, or with `auto` a
    /// file system inotify cannot see into (see `FileSystemType`). Said once per root.
    func choosePolling(for root: String) {
        var reason: String?
        var level = Logger.Level.info
        var fileSystem = "config"
        switch config.watch {
        case .inotify: break
        case .poll: reason = "\"watch\": \"poll\" in \(config.path ?? "the config")"
        case .auto:
            if let type = try? FileSystemType.of(root), let name = type.withoutInotify {
                fileSystem = name
                level = .warning
                reason =
                    "it is on \(name), where inotify does not see changes made by other machines (set \"watch\": \"inotify\" in config.json to use inotify anyway)"
            }
        }
        guard let reason else {
            poller.remove(root)
            return
        }
        if poller.add(root, reason: reason) {
            logger.log(
                level, "root.polled",
                "root \(root) is polled every \(config.pollIntervalMs) ms (the size, time and inode of each spec.md and plan.md): \(reason)",
                [
                    ("root", .string(root)), ("filesystem", .string(fileSystem)),
                    ("interval", .int(config.pollIntervalMs)),
                ])
        }
        deadlines.poll.start(at: MonotonicClock.now())
    }

    /// One round: every folder of every polled root looked at, each change handled as the
    /// inotify event that would have told it.
    func pollRoots() {
        guard !poller.roots.isEmpty else {
            deadlines.poll.stop()
            return
        }
        // Folders whose entries matter first: a spec folder deleted is forgotten before the
        // changes of the files it held are looked at.
        let folders = table.folders { poller.polls($0.root) }.sorted { Poller.order($0) < Poller.order($1) }
        for change in poller.poll(folders, stat: FileStamp.of) { handle(change) }
    }

    private func handle(_ change: Poller.Change) {
        switch change {
        case .root(let root):
            guard projects[root] != nil, poller.polls(root) else { return }
            guard let identity = FileIdentity.ofFolder(root), identity == projects[root]?.identity else {
                rootGone(root, FileSystem.isDirectory(root) ? .renamed : .removed)
                return
            }
            reconcile(.specs(root), gone: .specsGone(root: root))
            reconcile(.specify(root), gone: .constitutionChanged(root: root))
            reconcile(.memory(root, Path.join(root, "memory")), gone: .constitutionChanged(root: root))
            // A manifest or .plansync.json in the root, replaced, created or deleted.
            apply(.profileChanged(root: root), event: Self.polledEvent(Path.name(of: root)))
        case .sources(let root):
            guard projects[root] != nil else { return }
            apply(.profileChanged(root: root), event: Self.polledEvent("profile"))
        case .specs(let root):
            specFoldersChanged(in: root)
        case .specify(let root):
            reconcile(.memory(root, Path.join(root, ".specify/memory")), gone: .constitutionChanged(root: root))
        case .file(.spec(let root, let folder), let name):
            guard table[.spec(root, folder)] != nil else { return }
            let trigger: Trigger = name == "spec.md" ? .spec : .plan
            apply(.schedule(root: root, folder: folder, trigger: trigger), event: Self.polledEvent(name))
        case .file(let folder, _):
            guard table[folder] != nil else { return }
            apply(.constitutionChanged(root: folder.root), event: Self.polledEvent("constitution.md"))
        }
    }

    /// A folder whose parent changed: polled from now on if it appeared, forgotten (and `gone`
    /// done) if it went.
    private func reconcile(_ folder: WatchedFolder, gone: WatchAction) {
        let there = FileSystem.isDirectory(folder.path)
        let known = table[folder] != nil
        if there, !known {
            apply(.watch(folder), event: Self.polledEvent(Path.name(of: folder.path)))
        } else if !there, known {
            unwatch { $0 == folder || folder == .specify(folder.root) && $0.path.hasPrefix(folder.path + "/") }
            apply(gone, event: Self.polledEvent(Path.name(of: folder.path)))
        }
    }

    /// specs/ changed: the spec folders that went are forgotten, those that came are served.
    private func specFoldersChanged(in root: String) {
        guard let context = projects[root]?.context else { return }
        let scan = SpecProject(root: root).scanSpecFolders(context.files)
        let present = Set(scan.folders)
        for name in table.specFolders(of: root) where !present.contains(name) {
            unwatch { $0 == .spec(root, name) }
            apply(.deleted(root: root, folder: name), event: Self.polledEvent(name))
        }
        checkFolders(of: root, at: MonotonicClock.now(), scan: scan)
    }

    /// A plan plansync wrote in a polled root: its own write is no change at the next round.
    func restampPlan(of result: PlanWriter.Result) {
        guard case .written = result.kind, poller.polls(result.project.root) else { return }
        poller.restamp(result.planPath, stat: FileStamp.of)
    }

    /// A SIGHUP that changed `"watch"`: the roots served are attached again, each watched or
    /// polled as the new config says.
    func rewatchRoots() {
        for root in projects.keys.sorted() {
            detach(root)
            attach(root, trigger: .reload)
        }
    }

    /// What stands for an inotify event when polling found the change: its name, for the log.
    private static func polledEvent(_ name: String) -> InotifyEvent {
        InotifyEvent(wd: 0, mask: 0, cookie: 0, name: name)
    }
}
