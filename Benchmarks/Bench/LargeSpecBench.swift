import Generator

/// Generation of specs far larger than anyone writes by hand (thousands of stories and
/// requirements, megabytes of text): the daemon must answer systemd's watchdog (30 s) while it
/// generates, so generation has to stay linear in the spec's size whatever the spec holds.
enum LargeSpecBench {
    struct Case {
        var name: String
        var stories: Int
        var requirements: Int
    }

    /// The adversarial sweep's cases (issue 9): 2.2 MB with 3,000 stories and 12,000 requirements,
    /// then each dimension alone.
    static let cases = [
        Case(name: "3,000 stories, 12,000 requirements", stories: 3000, requirements: 12000),
        Case(name: "50,000 requirements, no stories", stories: 0, requirements: 50000),
        Case(name: "20,000 stories", stories: 20000, requirements: 60),
    ]

    struct Row {
        var name: String
        var bytes: Int
        /// `PlanSync.render`: parse, build, render a fresh plan.md.
        var render: Double
        /// `PlanSync.update` onto the plan of a spec with every tenth requirement reworded:
        /// everything the daemon does for a save (merge, change summary) but the file I/O.
        var update: Double
        var planLines: Int
    }

    static func run(_ item: Case, iterations: Int) -> Row {
        let text = spec(stories: item.stories, requirements: item.requirements)
        let old = spec(stories: item.stories, requirements: item.requirements, revision: 1)
        let folder = "001-large"
        let inputs = PlanInputs(
            spec: text, folder: folder, constitution: Files.constitution(version: "1.0.0"), siblings: [])
        let oldPlan = PlanSync.render(
            PlanInputs(spec: old, folder: folder, constitution: Files.constitution(version: "1.0.0"), siblings: []))
        var renders: [Double] = []
        var updates: [Double] = []
        var lines = 0
        for _ in 0..<iterations {
            var start = monotonicNanos()
            let plan = PlanSync.render(inputs)
            renders.append(Double(monotonicNanos() - start) / 1e6)
            lines = plan.utf8.reduce(0) { $0 + ($1 == 10 ? 1 : 0) }
            start = monotonicNanos()
            let update = PlanSync.update(existing: oldPlan, inputs: inputs)
            updates.append(Double(monotonicNanos() - start) / 1e6)
            precondition(update.outcome == .updated, "the reworded spec must change the plan")
        }
        return Row(
            name: item.name, bytes: text.utf8.count, render: Sample(values: renders).median,
            update: Sample(values: updates).median, planLines: lines)
    }

    /// A current-template spec with `stories` user stories and `requirements` FRs, each
    /// requirement sharing two words with one story (so that matching has work to do) and
    /// every word drawn from a large made-up vocabulary (so that no set stays small).
    /// With no stories, the old template's primary story and loose acceptance scenarios, one for
    /// every twenty requirements. `revision` rewords every tenth requirement.
    static func spec(stories: Int, requirements: Int, revision: Int = 0) -> String {
        var text = """
            # Feature Specification: Large Ledger

            **Feature Branch**: `001-large`
            **Status**: Draft
            **Input**: User description: "Members keep very large ledgers on the dashboard. Admins audit them."

            ## User Scenarios & Testing

            """
        if stories == 0 {
            // The old template: one primary story and acceptance scenarios of no story.
            text += "### Primary User Story\n\nA member keeps a very large ledger.\n\n### Acceptance Scenarios\n\n"
            for index in 1...Swift.max(1, requirements / 20) {
                text +=
                    "\(index). **Given** a ledger with \(word(index)) entries, **When** a member opens it, **Then** the \(word(index + 7919)) totals are shown\n"
            }
            text += "\n"
        }
        for story in stride(from: 1, through: stories, by: 1) {
            let (a, b) = (word(story), word(story + 7919))
            text += """
                ### User Story \(story) - Review \(a) \(b) ledgers (Priority: P\(story % 3 + 1))

                A member reviews the \(a) entries and the \(b) totals of a ledger on the dashboard page.

                **Acceptance Scenarios**:

                1. **Given** a member with \(a) entries, **When** they open the ledger, **Then** the \(b) totals are shown
                2. **Given** an admin, **When** they export the \(a) entries, **Then** a report is produced


                """
        }
        text +=
            "### Edge Cases\n\n- Two members edit the same entry.\n\n## Requirements\n\n### Functional Requirements\n\n"
        for index in 1...requirements {
            let story = stories == 0 ? index / 20 + 1 : index % stories + 1
            let verb = revision > 0 && index % 10 == 0 ? "archive" : "record"
            text +=
                "- **FR-\(padded(index, 5))**: System MUST \(verb) \(word(story)) \(word(story + 7919)) changes with \(word(index + 104_729)) details\n"
        }
        text +=
            "\n### Key Entities\n\n- **Entry**: a stored line of a ledger.\n\n## Success Criteria\n\n- **SC-001**: A member finds an entry in under 2 seconds.\n"
        return text
    }

    /// A pronounceable made-up word for each number: `kalomi`, `nerusa`.
    static func word(_ number: Int) -> String {
        let syllables = [
            "ka", "lo", "mi", "ne", "ru", "sa", "ti", "vo", "ze", "pu", "fe", "go", "hi", "ja", "bo", "du",
        ]
        var n = number
        var result = ""
        repeat {
            result += syllables[n % syllables.count]
            n /= syllables.count
        } while n > 0
        return result.count < 4 ? result + "ra" : result
    }

    static func padded(_ number: Int, _ width: Int) -> String {
        let digits = String(number)
        return String(repeating: "0", count: Swift.max(0, width - digits.count)) + digits
    }
}
