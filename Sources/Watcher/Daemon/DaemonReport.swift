import Generator

extension Daemon {
    /// The log line of a plan brought up to date, or not.
    func report(_ result: PlanWriter.Result, trigger: Trigger, ms: Int) {
        let plan = Path.relative(result.planPath, to: result.project.root)
        var fields: [(String, Logger.Value)] = [
            ("root", .string(result.project.root)), ("plan", .string(plan)), ("trigger", .string(trigger.rawValue)),
        ]
        let summary = result.summary
        if followOwnership(of: result, trigger: trigger) { return }
        switch result.kind {
        case .written(let created), .wouldWrite(let created):
            fields += [
                ("added", .int(summary.added)), ("removed", .int(summary.removed)),
                ("sections", .strings(summary.sections)),
                ("kept", .strings(summary.kept)),
            ]
            fields += Self.shapeFields(result.shape) + [("ms", .int(ms))]
            let counts = result.shape?.counts ?? ""
            let change =
                (created ? "new plan, +\(summary.added) lines" : summary.description)
                + (counts.isEmpty ? "" : "; \(counts)")
            lastUpdate = (result.folder, Timestamp.localClock())
            logger.log(.info, "plan.updated", "\(plan) (\(trigger.rawValue)): \(change) [\(ms) ms]", fields)
            if !summary.kept.isEmpty {
                logger.log(
                    .info, "plan.kept", "\(plan): \(ChangeSummary.keptDescription(summary.kept))",
                    [("root", .string(result.project.root)), ("plan", .string(plan)), ("kept", .strings(summary.kept))])
            }
        case .unchanged:
            logger.log(
                .debug, "plan.unchanged", "\(plan) (\(trigger.rawValue)) [\(ms) ms]", fields + [("ms", .int(ms))])
        case .skippedUserWritten:
            // Said once at startup; not again each time you save your own plan.
            let author = PlanAuthor.of(foreignPlan: result.oldText ?? "")
            logger.log(
                trigger == .plan ? .debug : .info, "plan.skipped",
                "\(plan): written by \(author.description), not by plansync; left as it is ('plansync generate --force \(Path.folder(of: result.planPath))' hands it over, keeping plan.md.orig)",
                fields + [("author", .string(author.rawValue))])
        case .skippedTruncated:
            logger.log(
                .warning, "plan.skipped",
                "\(plan): has plansync's header but no end marker (cut short?); left as it is", fields)
        case .skippedTemplate:
            logger.log(
                .info, "plan.skipped", "\(plan) (\(trigger.rawValue)): \(PlanUpdate.templateReason)",
                fields + [("reason", .string(PlanUpdate.templateReason))])
        case .noSpec:
            logger.log(
                .debug, "plan.unchanged",
                "\(plan) (\(trigger.rawValue)): spec.md is missing or empty, waiting for the next save", fields)
        case .postponed:
            deadlines.holdBack(
                [(item: .plan(SpecKey(root: result.project.root, folder: result.folder)), trigger: trigger)],
                at: MonotonicClock.now())
            logger.log(
                .debug, "plan.postponed",
                "\(plan) (\(trigger.rawValue)): git changed the tree since the batch began; written once it is done",
                fields)
        case .failed(let message):
            reportFailure(result, message, plan: plan, trigger: trigger, fields: fields)
        }
    }

    /// `phases`, `days`, `risks` (the first `loggedRisks` titles, whole) and `riskCount` of a
    /// written plan: `null` for what its hand edits leave unknown.
    static func shapeFields(_ shape: PlanShape?) -> [(String, Logger.Value)] {
        [
            ("phases", shape?.phases.map { .int($0.count) } ?? .null),
            ("days", shape?.days.map { .int($0) } ?? .null),
            ("risks", shape?.risks.map { .strings(Array($0.prefix(loggedRisks))) } ?? .null),
            ("riskCount", shape?.risks.map { .int($0.count) } ?? .null),
        ]
    }

    /// How many risk titles a `plan.updated` line carries: enough for the top ones, bounded
    /// however many open questions a spec has.
    static let loggedRisks = 3

    /// A failed write: one error, except that a streak of retried failures is an error at its
    /// start and debug lines after it (followUpWrite counts the streak).
    private func reportFailure(
        _ result: PlanWriter.Result, _ message: String, plan: String, trigger: Trigger, fields: [(String, Logger.Value)]
    ) {
        guard let error = result.writeError, WriteRetries<SpecKey>.isRetryable(error) else {
            logger.log(
                .error, "error", "\(plan) (\(trigger.rawValue)): \(message)", fields + [("error", .string(message))])
            return
        }
        if deadlines.retries.streaks[SpecKey(root: result.project.root, folder: result.folder)] == nil {
            logger.log(
                .error, "error",
                "\(plan) (\(trigger.rawValue)): \(message); the write is tried again after 1 s, 2 s, 4 s… and every minute until it goes through",
                fields + [("error", .string(message)), Logger.systemErrorField(error)])
        } else {
            logger.log(
                .debug, "plan.retry", "\(plan): still failing: \(message)", fields + [("error", .string(message))])
        }
    }

    /// A write that failed for a reason time can clear is tried again later; the end of a streak
    /// of failures is logged once. A spec or plan not found because the root is gone (a folder
    /// above it was renamed, which no watch sees) makes the root missing.
    func followUpWrite(of result: PlanWriter.Result, trigger: Trigger) {
        let root = result.project.root
        if result.isError || result.kind == .noSpec, projects[root] != nil, !FileSystem.isDirectory(root) {
            rootGone(root, .notFound)
            return
        }
        let key = SpecKey(root: root, folder: result.folder)
        if let error = result.writeError, WriteRetries<SpecKey>.isRetryable(error) {
            _ = deadlines.retries.failed(key, at: MonotonicClock.now())
            return
        }
        guard let failures = deadlines.retries.ended(key) else { return }
        switch result.kind {
        case .written, .unchanged:
            let plan = Path.relative(result.planPath, to: result.project.root)
            logger.log(
                .info, "plan.recovered",
                "\(plan) (\(trigger.rawValue)): written after \(failures) failed tr\(failures == 1 ? "y" : "ies")",
                [
                    ("root", .string(result.project.root)), ("plan", .string(plan)),
                    ("trigger", .string(trigger.rawValue)), ("failures", .int(failures)),
                ])
        default: break
        }
    }
}
