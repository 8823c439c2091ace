import Generator

extension Daemon {
    /// Brings a batch of plans up to date: generated on two threads (plans are independent and
    /// the generator is pure), then logged and followed up in order on this one.
    func regenerate(_ due: [(key: SpecKey, trigger: String)]) {
        let (batch, gitLocks) = holdingBackForGit(due)
        var work: [(key: SpecKey, trigger: String)] = []
        var seen = Set<SpecKey>()
        func add(_ key: SpecKey, _ trigger: String) {
            // A plan is written by one thread only: each folder once per batch.
            if seen.insert(key).inserted { work.append((key, trigger)) }
        }
        for (key, trigger) in batch where projects[key.root] != nil {
            guard key.folder.isEmpty else {
                add(key, trigger)
                continue
            }
            let project = projects[key.root]!.project
            projects[key.root]!.context.readConstitution(of: project, config: config)
            for folder in table.specFolders(of: key.root) {
                add(SpecKey(root: key.root, folder: folder), "constitution.md")
            }
        }
        refreshTitles(changedIn: work)
        let writer = PlanWriter(config: config, holdBack: { gitLocks[$0.root]?.isHeld == true })
        // In chunks, so that a fan-out to thousands of plans never holds them all in memory at once.
        for chunkStart in stride(from: 0, to: work.count, by: 64) {
            // A root found gone during the batch (see followUpWrite) is not served any further.
            let chunk = work[chunkStart..<min(chunkStart + 64, work.count)].filter { projects[$0.key.root] != nil }
            let jobs = chunk.map { (projects[$0.key.root]!.project, $0.key.folder, projects[$0.key.root]!.context) }
            let results = BatchThreads.map(jobs.count) { index in
                let (project, folder, context) = jobs[index]
                let started = MonotonicClock.now()
                var result = writer.sync(
                    project, folder: folder, context: context, skipEmptySpec: true, trustFingerprint: true)
                // Only `diff` needs the texts.
                result.oldText = nil
                result.newText = nil
                return (result, Int(MonotonicClock.now() - started))
            }
            for (index, (result, ms)) in results.enumerated() {
                report(result, trigger: chunk[index].trigger, ms: ms)
                followUpWrite(of: result, trigger: chunk[index].trigger)
                followTitleChange(of: result)
            }
            answerWatchdog()
        }
        if work.count > 1 { BatchThreads.returnFreedMemory() }
        // One STATUS per batch: a fan-out to thousands of plans is one update for systemd.
        if lastUpdate != nil, !work.isEmpty { notifier?.status(statusLine) }
    }

    /// When a spec's title changes, the plans that name it as a feature dependency change too.
    private func followTitleChange(of result: PlanWriter.Result) {
        let root = result.project.root
        guard projects[root] != nil else { return }
        // Mutated in place: a copy of the project's state per plan would cost O(specs) each time.
        projects[root]!.references[result.folder] = result.referencedFeatures
        if let title = result.specTitle { retitle(SpecKey(root: root, folder: result.folder), title) }
    }

    /// Reads again the titles of the specs that changed since they were last read: those about
    /// to be regenerated and those still waiting. A plan's fingerprint covers every sibling's
    /// title, so a burst that changed many specs (a `git checkout`) is judged against the titles
    /// it left on disk, and a committed plan that is current for them is left as it is, instead
    /// of being rewritten with a title from before the burst.
    private func refreshTitles(changedIn work: [(key: SpecKey, trigger: String)]) {
        let changes: Set<String> = ["spec.md", "plan.md", "dependency"]
        let batch = Set(work.map(\.key))
        let roots = Set(batch.map(\.root))
        let waiting = debouncer.pending.filter { roots.contains($0.key.root) && changes.contains($0.value.trigger) }
            .map(\.key)
        for key in work.filter({ changes.contains($0.trigger) }).map(\.key) + waiting
        where projects[key.root] != nil && !key.folder.isEmpty {
            let path = Path.join(projects[key.root]!.project.folderPath(key.folder), "spec.md")
            guard let text = try? FileSystem.readTextIfPresent(path, limit: config.maxSpecBytes) else { continue }
            // Plans of this batch are generated with the new title already: only the others follow.
            retitle(key, SpecTitle.of(spec: text, folder: key.folder), except: batch)
        }
    }

    /// Records a spec's title; when it changed, the plans that name the spec are regenerated.
    private func retitle(_ key: SpecKey, _ title: String, except batch: Set<SpecKey> = []) {
        let root = key.root
        let old = projects[root]!.context.siblings.first(where: { $0.folder == key.folder })?.title
        guard old != title else { return }
        projects[root]!.context.siblings.removeAll { $0.folder == key.folder }
        projects[root]!.context.siblings.append(SiblingSpec(folder: key.folder, title: title))
        projects[root]!.context.siblings.sort { $0.folder < $1.folder }
        let number = String(key.folder.prefix(while: \.isNumber))
        guard old != nil, !number.isEmpty else { return }
        let now = MonotonicClock.now()
        for (folder, numbers) in projects[root]!.references where folder != key.folder && numbers.contains(number) {
            let dependent = SpecKey(root: root, folder: folder)
            if !batch.contains(dependent) { debouncer.note(dependent, trigger: "dependency", at: now) }
        }
    }

    private func report(_ result: PlanWriter.Result, trigger: String, ms: Int) {
        let plan = Path.relative(result.planPath, to: result.project.root)
        var fields: [(String, Logger.Value)] = [
            ("root", .string(result.project.root)), ("plan", .string(plan)), ("trigger", .string(trigger)),
        ]
        let summary = result.summary
        switch result.kind {
        case .written(let created), .wouldWrite(let created):
            fields += [
                ("added", .int(summary.added)), ("removed", .int(summary.removed)),
                ("sections", .strings(summary.sections)),
                ("kept", .strings(summary.kept)), ("ms", .int(ms)),
            ]
            let change = created ? "new plan, +\(summary.added) lines" : summary.description
            lastUpdate = (result.folder, Timestamp.localClock())
            logger.log(.info, "plan.updated", "\(plan) (\(trigger)): \(change) [\(ms) ms]", fields)
            if !summary.kept.isEmpty {
                logger.log(
                    .info, "plan.kept", "\(plan): \(ChangeSummary.keptDescription(summary.kept))",
                    [("root", .string(result.project.root)), ("plan", .string(plan)), ("kept", .strings(summary.kept))])
            }
        case .unchanged:
            logger.log(.debug, "plan.unchanged", "\(plan) (\(trigger)) [\(ms) ms]", fields + [("ms", .int(ms))])
        case .skippedUserWritten:
            // Said once at startup; not again each time you save your own plan.
            logger.log(
                trigger == "plan.md" ? .debug : .info, "plan.skipped",
                "\(plan): written by hand, not by plansync; left as it is ('plansync generate --force \(Path.folder(of: result.planPath))' hands it over, keeping plan.md.orig)",
                fields)
        case .skippedTruncated:
            logger.log(
                .warning, "plan.skipped",
                "\(plan): has plansync's header but no end marker (cut short?); left as it is", fields)
        case .skippedTemplate:
            logger.log(
                .info, "plan.skipped", "\(plan) (\(trigger)): \(PlanUpdate.templateReason)",
                fields + [("reason", .string(PlanUpdate.templateReason))])
        case .noSpec:
            logger.log(
                .debug, "plan.unchanged",
                "\(plan) (\(trigger)): spec.md is missing or empty, waiting for the next save", fields)
        case .postponed:
            debouncer.note(
                SpecKey(root: result.project.root, folder: result.folder), trigger: trigger, at: MonotonicClock.now())
            logger.log(
                .debug, "plan.postponed",
                "\(plan) (\(trigger)): git started changing the tree; written once it is done", fields)
        case .failed(let message):
            guard let error = result.writeError, WriteRetries<SpecKey>.isRetryable(error) else {
                logger.log(.error, "error", "\(plan) (\(trigger)): \(message)", fields + [("error", .string(message))])
                return
            }
            // Logged once per streak of failures (followUpWrite counts them), not once per try.
            if retries.streaks[SpecKey(root: result.project.root, folder: result.folder)] == nil {
                logger.log(
                    .error, "error",
                    "\(plan) (\(trigger)): \(message); the write is tried again after 1 s, 2 s, 4 s… and every minute until it goes through",
                    fields + [("error", .string(message)), Logger.systemErrorField(error)])
            } else {
                logger.log(
                    .debug, "plan.retry", "\(plan): still failing: \(message)", fields + [("error", .string(message))])
            }
        }
    }

    /// A write that failed for a reason time can clear is tried again later; the end of a streak
    /// of failures is logged once. A spec or plan not found because the root is gone (a folder
    /// above it was renamed, which no watch sees) makes the root missing.
    private func followUpWrite(of result: PlanWriter.Result, trigger: String) {
        let root = result.project.root
        if result.isError || result.kind == .noSpec, projects[root] != nil, !FileSystem.isDirectory(root) {
            rootGone(root, .notFound)
            return
        }
        let key = SpecKey(root: root, folder: result.folder)
        if let error = result.writeError, WriteRetries<SpecKey>.isRetryable(error) {
            _ = retries.failed(key, at: MonotonicClock.now())
            return
        }
        guard let failures = retries.ended(key) else { return }
        switch result.kind {
        case .written, .unchanged:
            let plan = Path.relative(result.planPath, to: result.project.root)
            logger.log(
                .info, "plan.recovered",
                "\(plan) (\(trigger)): written after \(failures) failed tr\(failures == 1 ? "y" : "ies")",
                [
                    ("root", .string(result.project.root)), ("plan", .string(plan)), ("trigger", .string(trigger)),
                    ("failures", .int(failures)),
                ])
        default: break
        }
    }
}
