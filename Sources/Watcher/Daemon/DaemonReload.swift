extension Daemon {
    /// SIGHUP: read the config again; an invalid one is logged and the old one kept, and the
    /// STATUS line says so until a reload succeeds. Plans the reload makes due (a root added,
    /// options changed) say `reload`.
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
            reloadRejection = error.message
            notifier?.ready(status: statusLine)
            return
        }
        reloadRejection = nil
        let oldRoots = Set(roots)
        let optionsChanged =
            fresh.options != config.options || fresh.stack != config.stack || fresh.maxSpecBytes != config.maxSpecBytes
        let watchChanged = fresh.watch != config.watch
        config = fresh
        logger = Logger(config: fresh, journal: logger.journal)
        deadlines.debouncer.quiet = Milliseconds(fresh.debounceMs)
        deadlines.debouncer.maxDelay = Milliseconds(fresh.maxDelayMs)
        deadlines.poll.interval = Milliseconds(fresh.pollIntervalMs)
        let newRoots = Set(roots)
        serve(added: newRoots.subtracting(oldRoots), removed: oldRoots.subtracting(newRoots))
        if watchChanged {
            rewatchRoots()
        } else if optionsChanged {
            for root in oldRoots.intersection(newRoots).sorted() where projects[root] != nil {
                projects[root]?.context.updateProfile(config: fresh)
                regenerate(
                    table.specFolders(of: root).map { (item: .plan(SpecKey(root: root, folder: $0)), trigger: .reload) }
                )
            }
        }
        logReady(event: "reload")
        notifier?.ready(status: statusLine)
    }

    /// Stops serving the roots the config no longer names and attaches those it names anew
    /// (waited for when absent); looks for the missing roots.
    private func serve(added: Set<String>, removed: Set<String>) {
        for root in removed.sorted() {
            detach(root)
            deadlines.missingRoots.remove(root)
        }
        for root in added.sorted() {
            if FileSystem.isDirectory(root) {
                attach(root, trigger: .reload)
            } else {
                logger.log(
                    .error, "error",
                    "root \(root) does not exist or is not a folder; it is looked for every few seconds",
                    [("root", .string(root))])
                deadlines.missingRoots.add(root, .notFound)
            }
        }
        lookForMissingRoots()
    }
}
