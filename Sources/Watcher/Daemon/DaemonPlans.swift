import Generator

extension Daemon {
    /// Brings a batch of plans up to date: generated on two threads (plans are independent and
    /// the generator is pure), then logged and followed up in order on this one.
    func regenerate(_ due: [(item: DueItem, trigger: Trigger)]) {
        let (ready, gitLocks) = holdingBackForGit(due)
        let work = admitted(plans(for: ready))
        refreshTitles(changedIn: work)
        write(work, holdingBackFor: gitLocks)
        if work.count > 1 { BatchThreads.returnFreedMemory() }
        // One STATUS per batch: a fan-out to thousands of plans is one update for systemd.
        if lastUpdate != nil, !work.isEmpty { notifier?.status(statusLine) }
    }

    /// The plans a batch stands for, each once (a plan is written by one thread only): a
    /// constitution stands for every plan of its root, and is read again first; so does a
    /// profile whose sources say something new.
    private func plans(for due: [(item: DueItem, trigger: Trigger)]) -> [(key: SpecKey, trigger: Trigger)] {
        var work: [(key: SpecKey, trigger: Trigger)] = []
        var seen = Set<SpecKey>()
        func add(_ key: SpecKey, _ trigger: Trigger) {
            if seen.insert(key).inserted { work.append((key, trigger)) }
        }
        for (item, trigger) in due {
            guard let project = projects[item.root]?.project else { continue }
            switch item {
            case .plan(let key):
                add(key, trigger)
            case .constitution(let root):
                projects[root]?.context.readConstitution(of: project, config: config)
                for folder in table.specFolders(of: root) { add(SpecKey(root: root, folder: folder), .constitution) }
            case .profile(let root):
                guard readProfileAgain(of: root) else { continue }
                for folder in table.specFolders(of: root) { add(SpecKey(root: root, folder: folder), .profile) }
            }
        }
        return work
    }

    /// Generates and writes `work` in chunks, so that a fan-out to thousands of plans never holds
    /// them all in memory at once; a plan about to be written waits if git took its lock meanwhile.
    private func write(_ work: [(key: SpecKey, trigger: Trigger)], holdingBackFor gitLocks: [String: GitIndexLock]) {
        let writer = PlanWriter(config: config, holdBack: { gitLocks[$0.root]?.isHeldOrWasSinceLookup == true })
        for chunkStart in stride(from: 0, to: work.count, by: 64) {
            // A root found gone during the batch (see followUpWrite) is not served any further.
            let chunk = work[chunkStart..<min(chunkStart + 64, work.count)].compactMap { entry in
                projects[entry.key.root].map { (entry: entry, project: $0.project, context: $0.context) }
            }
            let results = BatchThreads.map(chunk.count) { index in
                let job = chunk[index]
                let started = MonotonicClock.now()
                var result = writer.sync(
                    job.project, folder: job.entry.key.folder, context: job.context, skipEmptySpec: true,
                    trustFingerprint: true)
                // Only `diff` needs the texts, and a plan not plansync's to name its author.
                if result.kind != .skippedUserWritten { result.oldText = nil }
                result.newText = nil
                return (result, Int(MonotonicClock.now() - started))
            }
            for (index, (result, ms)) in results.enumerated() {
                report(result, trigger: chunk[index].entry.trigger, ms: ms)
                followUpWrite(of: result, trigger: chunk[index].entry.trigger)
                followTitleChange(of: result)
                restampPlan(of: result)
            }
            answerWatchdog()
        }
    }

    /// Splits a due batch: the plans of roots where git holds its lock are held back and looked
    /// at again after a quiet window; the others go ahead, with what was held back for their
    /// roots. Returns them, and each root's lock for the writes.
    private func holdingBackForGit(_ batch: [(item: DueItem, trigger: Trigger)]) -> (
        ready: [(item: DueItem, trigger: Trigger)], locks: [String: GitIndexLock]
    ) {
        var locks: [String: GitIndexLock] = [:]
        var held: [String: GitIndexLock] = [:]
        for root in Set(batch.map(\.item.root)) {
            guard let lock = GitIndexLock.find(above: root) else { continue }
            locks[root] = lock
            if lock.isHeld { held[root] = lock }
        }
        var ready = batch.filter { held[$0.item.root] == nil }
        for root in Set(ready.map(\.item.root)).sorted() { ready += deadlines.gitHoldBack.release(root) }
        let now = MonotonicClock.now()
        for (root, lock) in held.sorted(by: { $0.key < $1.key }) {
            let waiting = batch.filter { $0.item.root == root }
            deadlines.holdBack(waiting, at: now)
            logger.log(
                .debug, "plan.postponed",
                "git is changing the tree (\(lock.path)): \(waiting.count) plan(s) wait for it",
                [("root", .string(root)), ("count", .int(waiting.count))])
        }
        return (ready, locks)
    }

    /// When a spec's title changes, the plans that name it as a feature dependency change too.
    private func followTitleChange(of result: PlanWriter.Result) {
        let root = result.project.root
        // Mutated in place: a copy of the project's state per plan would cost O(specs) each time.
        projects[root]?.references[result.folder] = result.referencedFeatures
        if let title = result.specTitle { retitle(SpecKey(root: root, folder: result.folder), title) }
    }

    /// Reads again the titles of the specs that changed since they were last read: those about
    /// to be regenerated and those still waiting. A plan's fingerprint covers every sibling's
    /// title, so a burst that changed many specs (a `git checkout`) is judged against the titles
    /// it left on disk, and a committed plan that is current for them is left as it is, instead
    /// of being rewritten with a title from before the burst.
    private func refreshTitles(changedIn work: [(key: SpecKey, trigger: Trigger)]) {
        let batch = Set(work.map(\.key))
        let roots = Set(batch.map(\.root))
        let waiting = deadlines.pendingPlans.filter { roots.contains($0.key.root) }
        var changed = (work + waiting).filter { $0.trigger.mayChangeTitle }.map(\.key)
        // A plan.md written by someone else is most often a checkout, which changed specs whose
        // events may not have come yet: every title of that root is read again, so that a committed
        // plan is judged against the titles it was committed with (its fingerprint covers them all).
        for root in Set(work.filter { $0.trigger == .plan }.map(\.key.root)).sorted() {
            changed += table.specFolders(of: root).map { SpecKey(root: root, folder: $0) }
        }
        var seen = Set<SpecKey>()
        for key in changed where seen.insert(key).inserted {
            guard let project = projects[key.root]?.project else { continue }
            let path = Path.join(project.folderPath(key.folder), "spec.md")
            guard let text = try? FileSystem.readTextIfPresent(path, limit: config.maxSpecBytes) else { continue }
            // Plans of this batch are generated with the new title already: only the others follow.
            retitle(key, SpecTitle.of(spec: text, folder: key.folder), except: batch)
        }
    }

    /// Records a spec's title; when it changed, the plans that name the spec are regenerated.
    private func retitle(_ key: SpecKey, _ title: String, except batch: Set<SpecKey> = []) {
        guard let change = projects[key.root]?.setTitle(title, of: key.folder), change.changed, change.old != nil else {
            return
        }
        let number = String(key.folder.prefix(while: \.isNumber))
        guard !number.isEmpty, let dependents = projects[key.root]?.dependents(onFeature: number, except: key.folder)
        else { return }
        let now = MonotonicClock.now()
        for folder in dependents where !batch.contains(SpecKey(root: key.root, folder: folder)) {
            deadlines.note(.plan(SpecKey(root: key.root, folder: folder)), .dependency, at: now)
        }
    }
}
