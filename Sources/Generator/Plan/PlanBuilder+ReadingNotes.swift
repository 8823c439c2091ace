extension PlanBuilder {
    /// What the plan says about how the spec was read: its own phases and timeline used, the
    /// template placeholders left out, the sections it could not read.
    func readingNotes(phases: [Plan.Phase]) -> [PlanNote] {
        var notes: [PlanNote] = []
        let own = OwnPhases(spec: spec)
        if own.isPlan {
            notes.append(
                .ownPlan(
                    phases: spec.phases.filter { $0.number != nil }.count, days: own.totalDays,
                    total: phases.last?.lastDay ?? 0))
        }
        if spec.placeholderItems > 0 {
            notes.append(
                .placeholders(
                    lines: spec.placeholderItems, shown: Array(spec.placeholders.prefix(6)),
                    more: spec.placeholders.count > 6))
        }
        if !spec.unreadParts.isEmpty {
            notes.append(.unreadParts(Array(spec.unreadParts.prefix(8)), more: spec.unreadParts.count > 8))
        }
        return notes
    }
}
