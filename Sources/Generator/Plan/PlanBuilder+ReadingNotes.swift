extension PlanBuilder {
    /// What the plan says about how the spec was read: its own phases and timeline used, the
    /// template placeholders left out, the sections it could not read.
    func readingNotes(phases: [Plan.Phase]) -> [String] {
        var notes: [String] = []
        let own = OwnPhases(spec: spec)
        if own.isPlan {
            let total = phases.last?.lastDay ?? 0
            var note =
                "Phases follow the spec's own plan (\(Prose.count(spec.phases.filter { $0.number != nil }.count, "numbered phase", "numbered phases")))"
            if let days = own.totalDays {
                note +=
                    days == total
                    ? "; its timeline of \(Prose.count(days, "day", "days")) is the estimate, Testing and Documentation included"
                    : "; its timeline says \(Prose.count(days, "day", "days")), and the Testing and Documentation phases every plan has make \(total)"
            }
            notes.append(note + ".")
        }
        if spec.placeholderItems > 0 {
            let shown = spec.placeholders.prefix(6).joined(separator: ", ") + (spec.placeholders.count > 6 ? ", …" : "")
            notes.append(
                "\(Prose.count(spec.placeholderItems, "line of spec.md still holds", "lines of spec.md still hold")) Spec Kit placeholders and \(spec.placeholderItems == 1 ? "is" : "are") left out of this plan: \(shown)."
            )
        }
        if !spec.unreadParts.isEmpty {
            let shown =
                spec.unreadParts.prefix(8).map { "\"\($0)\"" }.joined(separator: ", ")
                + (spec.unreadParts.count > 8 ? ", …" : "")
            notes.append("Sections of spec.md this plan does not read (their headings say nothing it knows): \(shown).")
        }
        return notes
    }
}
