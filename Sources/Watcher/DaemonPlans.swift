import Generator

extension Daemon {
    /// Brings one plan up to date (or, for the constitution's key, every plan of the root) and logs it.
    func regenerate(_ key: SpecKey, trigger: String) {
        guard let state = projects[key.root] else { return }
        if key.folder.isEmpty {
            let fresh = ProjectContext.read(state.project, config: config)
            projects[key.root]!.context.constitution = fresh.constitution
            projects[key.root]!.context.constitutionError = fresh.constitutionError
            for folder in table.specFolders(of: key.root) { regenerate(SpecKey(root: key.root, folder: folder), trigger: "constitution.md") }
            return
        }
        let started = MonotonicClock.now()
        let result = PlanWriter(config: config).sync(state.project, folder: key.folder, context: state.context, skipEmptySpec: true,
                                                     trustFingerprint: true)
        let ms = Int(MonotonicClock.now() - started)
        report(result, trigger: trigger, ms: ms)
        followTitleChange(of: result)
    }

    /// When a spec's title changes, the plans that name it as a feature dependency change too.
    private func followTitleChange(of result: PlanWriter.Result) {
        let root = result.project.root
        guard projects[root] != nil else { return }
        // Mutated in place: a copy of the project's state per plan would cost O(specs) each time.
        projects[root]!.references[result.folder] = result.referencedFeatures
        guard let title = result.specTitle,
              let old = projects[root]!.context.siblings.first(where: { $0.folder == result.folder }).map(\.title) ?? Optional(""),
              old != title else { return }
        projects[root]!.context.siblings.removeAll { $0.folder == result.folder }
        projects[root]!.context.siblings.append(SiblingSpec(folder: result.folder, title: title))
        projects[root]!.context.siblings.sort { $0.folder < $1.folder }
        let number = String(result.folder.prefix(while: \.isNumber))
        guard !old.isEmpty, !number.isEmpty else { return }
        let now = MonotonicClock.now()
        for (folder, numbers) in projects[root]!.references where folder != result.folder && numbers.contains(number) {
            debouncer.note(SpecKey(root: root, folder: folder), trigger: "dependency", at: now)
        }
    }

    private func report(_ result: PlanWriter.Result, trigger: String, ms: Int) {
        let plan = Path.relative(result.planPath, to: result.project.root)
        var fields: [(String, Logger.Value)] = [("root", .string(result.project.root)), ("plan", .string(plan)), ("trigger", .string(trigger))]
        let summary = result.summary
        switch result.kind {
        case .written(let created), .wouldWrite(let created):
            fields += [("added", .int(summary.added)), ("removed", .int(summary.removed)), ("sections", .strings(summary.sections)),
                       ("kept", .strings(summary.kept)), ("ms", .int(ms))]
            let change = created ? "new plan, +\(summary.added) lines" : summary.description
            lastUpdate = (result.folder, Timestamp.localClock())
            notifier?.status(statusLine)
            logger.log(.info, "plan.updated", "\(plan) (\(trigger)): \(change) [\(ms) ms]", fields)
            if !summary.kept.isEmpty {
                logger.log(.info, "plan.kept", "\(plan): \(ChangeSummary.keptDescription(summary.kept))",
                           [("root", .string(result.project.root)), ("plan", .string(plan)), ("kept", .strings(summary.kept))])
            }
        case .unchanged:
            logger.log(.debug, "plan.unchanged", "\(plan) (\(trigger)) [\(ms) ms]", fields + [("ms", .int(ms))])
        case .skippedUserWritten:
            logger.log(.info, "plan.skipped", "\(plan): written by hand, not by plansync; left as it is ('plansync generate --force \(Path.folder(of: result.planPath))' hands it over, keeping plan.md.orig)", fields)
        case .skippedTruncated:
            logger.log(.warning, "plan.skipped", "\(plan): has plansync's header but no end marker (cut short?); left as it is", fields)
        case .noSpec:
            logger.log(.debug, "plan.unchanged", "\(plan) (\(trigger)): spec.md is missing or empty, waiting for the next save", fields)
        case .failed(let message):
            logger.log(.error, "error", "\(plan) (\(trigger)): \(message)", fields + [("error", .string(message))])
        }
    }
}
