/// What one write of a plan changed: the line counts and the sections, for `generate`'s output
/// and the daemon's log line.
public struct ChangeSummary: Sendable, Equatable {
    public var added: Int
    public var removed: Int
    /// `##` section names whose generated text changed, in document order.
    public var sections: [String]
    /// `##` section names kept as the user edited them.
    public var kept: [String]

    public init(added: Int = 0, removed: Int = 0, sections: [String] = [], kept: [String] = []) {
        self.added = added
        self.removed = removed
        self.sections = sections
        self.kept = kept
    }

    /// Counts the lines added and removed between two texts (`LineDiff`: linear in their size).
    /// plansync's own marker comments are left out: a person never sees them, and every changed
    /// section changes its marker too.
    public static func lineCounts(from old: String, to new: String) -> (added: Int, removed: Int) {
        func visible(_ text: String) -> [String] {
            normalizedLines(text).filter { !$0.hasPrefix("<!-- plansync:") && !$0.hasPrefix(PlanDocument.headerPrefix) }
        }
        let diff = LineDiff(old: visible(old), new: visible(new))
        return (diff.insertedCount, diff.removedCount)
    }

    /// `+12 -3 in Feature Summary, Implementation Phases; kept hand-edited "Notes"`
    public var description: String {
        var text = "+\(added) -\(removed)"
        if !sections.isEmpty { text += " in " + sections.joined(separator: ", ") }
        if !kept.isEmpty { text += "; " + ChangeSummary.keptDescription(kept) }
        return text
    }

    /// `kept hand-edited section "Notes"`, `kept hand-edited sections "A", "B"`.
    public static func keptDescription(_ kept: [String]) -> String {
        "kept hand-edited section" + (kept.count == 1 ? " " : "s ") + kept.map { "\"\($0)\"" }.joined(separator: ", ")
    }
}
