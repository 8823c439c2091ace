/// The Notes lines about the stack: where each fact came from, where sources disagreed, what
/// could not be read, and, when nothing was known, that the default stack is an assumption.
enum StackNotes {
    static func lines(_ profile: ProjectProfile) -> [String] {
        var lines: [String] = []
        if profile.isAssumedDefault {
            lines.append(
                "Stack assumed, not read from the project: NestJS, Next.js, PostgreSQL and Redis (the plan prompt's default), "
                    + "because no `.plansync.json`, config `stack`, constitution, spec, Spec Kit plan or manifest names one; "
                    + "confirm it before Phase 1, or state the real one with `stack` in `.plansync.json` at the project root."
            )
        } else {
            lines.append("Stack: " + Prose.asSentence(profile.provenanceNote))
        }
        lines += profile.conflicts.map {
            "Sources disagree on the \($0); correct it with `stack` in `.plansync.json` if the wrong one won."
        }
        lines += profile.problems.map {
            "Could not fully read \($0.path): \(Prose.asSentence($0.reason)) The plan is written from the other sources."
        }
        return lines
    }
}
