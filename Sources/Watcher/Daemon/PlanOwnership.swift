/// What the daemon remembers of each plan between batches, so that it can tell a user what
/// happened to a plan rather than quietly changing its course:
/// - a plan plansync managed that another tool rewrote (Spec Kit's `/speckit.plan`, an agent)
///   is said loudly, once, and shown in systemd's STATUS line until plansync manages it again;
/// - a plan.md the user deleted stays deleted (a user's decision) until its spec changes.
///
/// Only what was seen while the daemon runs: at startup a spec folder without plan.md gets one,
/// since a deleted plan and a plan never written look the same. Pure: the caller says what it
/// found on disk.
struct PlanOwnership {
    /// Plans last seen with plansync's header (whole or cut short).
    private(set) var managed = Set<SpecKey>()
    /// Plans plansync managed that another tool rewrote while the daemon ran, and who wrote
    /// each, the latest last.
    private(set) var takenOver: [(key: SpecKey, author: PlanAuthor)] = []
    /// Plans whose plan.md was deleted while the daemon ran, left deleted until their spec changes.
    private(set) var deleted = Set<SpecKey>()

    /// What to do with a plan that fell due.
    enum Admission: Equatable {
        case write
        /// plan.md was deleted just now (the change that made it due): left deleted, said once.
        case deletedNow
        /// plan.md was deleted earlier and the spec has not changed since: left deleted.
        case stillDeleted
    }

    /// Whether a due plan is to be brought up to date. A spec change always is; so is a plan
    /// whose plan.md is there. A plan.md found missing after a change of plan.md itself was
    /// deleted by someone (a replace by rename, an editor's or git's, leaves one in place).
    /// - Parameter planExists: whether anything is at plan.md now (asked only when it matters).
    mutating func admit(_ key: SpecKey, trigger: Trigger, planExists: () -> Bool) -> Admission {
        if trigger == .spec {
            deleted.remove(key)
            return .write
        }
        guard trigger == .plan || deleted.contains(key) else { return .write }
        if planExists() {
            deleted.remove(key)
            return .write
        }
        if deleted.contains(key) { return .stillDeleted }
        deleted.insert(key)
        managed.remove(key)
        takenOver.removeAll { $0.key == key }
        return .deletedNow
    }

    /// What a plan's result says about who writes it.
    enum Change: Equatable {
        /// plansync managed the plan and someone else rewrote it: warn.
        case takenOver(PlanAuthor)
        /// Nothing worth a louder line than usual.
        case none
    }

    /// Records what a sync found: plansync's plan (managed), or another's.
    mutating func observe(_ key: SpecKey, _ kind: PlanWriter.Result.Kind, author: @autoclosure () -> PlanAuthor)
        -> Change
    {
        switch kind {
        case .written, .wouldWrite, .unchanged, .skippedTruncated:
            managed.insert(key)
            takenOver.removeAll { $0.key == key }
            return .none
        case .skippedUserWritten:
            guard managed.remove(key) != nil else { return .none }
            let author = author()
            takenOver.removeAll { $0.key == key }
            takenOver.append((key, author))
            return .takenOver(author)
        case .noSpec, .postponed, .failed, .skippedTemplate:
            return .none
        }
    }

    /// Forgets the spec folders that match (gone, or their root no longer served).
    mutating func forget(where matches: (SpecKey) -> Bool) {
        managed = managed.filter { !matches($0) }
        deleted = deleted.filter { !matches($0) }
        takenOver.removeAll { matches($0.key) }
    }

    /// The STATUS line's note of plans taken over, nil when there is none:
    /// "specs/001-a/plan.md rewritten by Spec Kit's /speckit.plan, no longer synced (and 2 more)".
    var statusNote: String? {
        guard let last = takenOver.last else { return nil }
        let more = takenOver.count > 1 ? " (and \(takenOver.count - 1) more)" : ""
        return "specs/\(last.key.folder)/plan.md rewritten by \(last.author.description), no longer synced\(more)"
    }
}
