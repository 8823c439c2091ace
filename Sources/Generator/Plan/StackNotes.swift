/// The Notes lines about the stack: where each fact came from, where sources disagreed, what
/// could not be read, and, when nothing was known, that the default stack is an assumption.
enum StackNotes {
    /// - Parameter words: how the plan's language names aspects and sources.
    static func notes(_ profile: ProjectProfile, words: ProvenanceWords) -> [PlanNote] {
        var notes: [PlanNote] =
            profile.isAssumedDefault
            ? [.stackAssumed] : [.stack(provenance: ProfileProvenance.summary(profile, words: words))]
        notes += profile.conflicts.map { .sourcesDisagree($0.description) }
        notes += profile.problems.map { .unreadable(path: $0.path, reason: $0.reason) }
        return notes
    }
}
