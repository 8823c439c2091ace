import Generator

extension Daemon {
    /// Reads a root's profile sources again (a manifest, `.plansync.json` or a Spec Kit plan may
    /// have changed); returns whether what they say changed, so that its plans follow.
    func readProfileAgain(of root: String) -> Bool {
        guard let project = projects[root]?.project else { return false }
        let started = MonotonicClock.now()
        let changed = projects[root]?.context.readProfileSources(of: project, config: config) ?? false
        watchSourceFolders(of: root)
        reportProfile(of: root, changed: changed, ms: Int(MonotonicClock.now() - started))
        return changed
    }

    /// Watches the folders below the root that hold its profile's manifests and markers (the root
    /// itself is watched already), and drops the watches of those that no longer do.
    func watchSourceFolders(of root: String) {
        let folders = Set(projects[root]?.context.found.folders ?? [])
        unwatch { folder in
            if case .sources(root, let path) = folder { !folders.contains(path) } else { false }
        }
        for path in folders.sorted() where table[.sources(root, path)] == nil {
            watch(.sources(root, path))
        }
    }

    /// The profile read (debug at startup, info when it changed), and each of its sources that
    /// could not be read as a warning, once while the problem lasts.
    func reportProfile(of root: String, changed: Bool, ms: Int) {
        guard let context = projects[root]?.context else { return }
        let note = context.profile.provenanceNote
        logger.log(
            changed ? .info : .debug, "profile.read", "\(root): \(note.isEmpty ? "no stack named" : note) [\(ms) ms]",
            [("root", .string(root)), ("changed", .string(changed ? "yes" : "no")), ("ms", .int(ms))])
        let problems = context.profileProblems
        let current = Set(problems.map(\.description))
        for problem in problems where projects[root]?.reportedSourceProblems.contains(problem.description) == false {
            logger.log(
                .warning, "profile.problem",
                "\(problem.path): \(problem.reason); plans are written from the other sources",
                [("root", .string(root)), ("path", .string(problem.path)), ("reason", .string(problem.reason))])
        }
        projects[root]?.reportedSourceProblems = current
    }
}
