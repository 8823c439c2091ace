extension Daemon {
    /// The plans of a batch that are to be brought up to date: a plan.md the user deleted is
    /// left deleted until its spec changes (see `PlanOwnership`), and said so once.
    func admitted(_ work: [(key: SpecKey, trigger: Trigger)]) -> [(key: SpecKey, trigger: Trigger)] {
        work.filter { entry in
            guard let project = projects[entry.key.root]?.project else { return true }
            let planPath = Path.join(project.folderPath(entry.key.folder), "plan.md")
            let admission = ownership.admit(entry.key, trigger: entry.trigger) {
                (try? FileSystem.status(of: planPath, followingLinks: false)) != nil
            }
            guard admission != .write else { return true }
            let plan = "specs/\(entry.key.folder)/plan.md"
            logger.log(
                admission == .deletedNow ? .info : .debug, "plan.deleted",
                "\(plan) was deleted; left deleted: it comes back at the next change of spec.md or on 'plansync generate'",
                [
                    ("root", .string(entry.key.root)), ("plan", .string(plan)),
                    ("trigger", .string(entry.trigger.rawValue)),
                ])
            return false
        }
    }

    /// Records who writes a plan after a sync; a plan plansync managed that another tool rewrote
    /// is a warning, and shows in the STATUS line until plansync manages it again. Returns
    /// whether it was such a takeover (its log line is then written here).
    func followOwnership(of result: PlanWriter.Result, trigger: Trigger) -> Bool {
        let key = SpecKey(root: result.project.root, folder: result.folder)
        let change = ownership.observe(key, result.kind, author: PlanAuthor.of(foreignPlan: result.oldText ?? ""))
        guard case .takenOver(let author) = change else { return false }
        let plan = Path.relative(result.planPath, to: result.project.root)
        let folder = Path.folder(of: result.planPath)
        logger.log(
            .warning, "plan.taken_over",
            "\(plan) was plansync's and is now written by \(author.description) (its plansync header is gone): plansync no longer syncs it. To keep the new plan, leave it; to have plansync's back, run 'plansync generate --force \(folder)' (the new one is kept as plan.md.orig)",
            [
                ("root", .string(result.project.root)), ("plan", .string(plan)), ("trigger", .string(trigger.rawValue)),
                ("author", .string(author.rawValue)),
            ])
        notifier?.status(statusLine)
        return true
    }

    /// The notes the STATUS line leads with: a rejected reload, a plan taken over.
    var statusNotes: [String] {
        var notes: [String] = []
        if let reason = reloadRejection {
            notes.append("config reload rejected: \(reason); running with the previous config")
        }
        if let note = ownership.statusNote { notes.append(note) }
        return notes
    }
}
