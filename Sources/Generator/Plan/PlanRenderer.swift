/// Renders the plan model in the fixed format of plan-format.md (the Spec Kit "Generate
/// Implementation Plan" format), block by block: each `##` section is a block, and each phase
/// and each risk a block of its own, so that one edited by hand is kept while the others follow.
public enum PlanRenderer {
    public static func blocks(_ plan: Plan) -> [PlanBlock] {
        var blocks = [
            PlanBlock(id: .title, lines: ["# Implementation Plan: \(plan.title)"]),
            PlanBlock(id: .summary, lines: ["## Feature Summary", plan.summary]),
            approach(plan),
            PlanBlock(id: .phases, lines: ["## Implementation Phases"]),
        ]
        blocks += phases(plan.phases)
        blocks.append(dependencies(plan))
        blocks.append(PlanBlock(id: .risks, lines: ["## Risks & Mitigations"] + [plan.risksNote].compactMap { $0 }))
        blocks += risks(plan.risks)
        blocks.append(
            PlanBlock(id: .criteria, lines: ["## Success Criteria"] + plan.successCriteria.map { "- [ ] \($0)" }))
        let weeks = Prose.count(plan.totalWeeks, "week", "weeks")
        let days = Prose.count(plan.totalDays, "day", "days")
        blocks.append(PlanBlock(id: .timeline, lines: ["## Estimated Timeline", "**Total: \(days) (\(weeks))**"]))
        blocks.append(PlanBlock(id: .notes, lines: ["## Notes"] + plan.notes.map { "- \($0)" }))
        for index in blocks.indices where blocks[index].lines.contains(where: hasLineBreak) {
            blocks[index].lines = blocks[index].lines.map(singleLine)
        }
        return blocks
    }

    private static func approach(_ plan: Plan) -> PlanBlock {
        var lines = ["## Technical Approach", "", "### Architecture"]
        lines += plan.architecture.map { "- **\($0.label)**: \($0.value)" }
        lines += ["", "### Key Components"]
        lines += plan.components.enumerated().map { "\($0.offset + 1). \($0.element.name) - \($0.element.purpose)" }
        return PlanBlock(id: .approach, lines: lines)
    }

    /// One block per phase; two phases with the same key (two stories of one title) get `-2`, `-3`….
    private static func phases(_ phases: [Plan.Phase]) -> [PlanBlock] {
        var keys = UniqueKeys()
        return phases.enumerated().map { index, phase in
            let days =
                phase.firstDay == phase.lastDay ? "Day \(phase.firstDay)" : "Days \(phase.firstDay)-\(phase.lastDay)"
            let heading = "### Phase \(index + 1): \(phase.name) (\(days))"
            return PlanBlock(id: .phase(keys.claim(phase.key)), lines: [heading] + phase.tasks.map { "- \($0)" })
        }
    }

    private static func dependencies(_ plan: Plan) -> PlanBlock {
        var lines = ["## Dependencies", "", "### External Dependencies"]
        lines += plan.externalDependencies.map { "- \($0.name) - \($0.purpose)" }
        lines += ["", "### Internal Dependencies"] + plan.internalDependencies.map { "- \($0)" }
        lines += ["", "### Feature Dependencies"] + plan.featureDependencies.map { "- \($0)" }
        return PlanBlock(id: .dependencies, lines: lines)
    }

    private static func risks(_ risks: [Plan.Risk]) -> [PlanBlock] {
        var keys = UniqueKeys()
        return risks.enumerated().map { index, risk in
            PlanBlock(
                id: .risk(keys.claim(risk.key)),
                lines: ["### Risk \(index + 1): \(risk.title)", "- **Mitigation**: \(risk.mitigation)"])
        }
    }

    /// Whether the line holds a CR or LF. Every line of every plan is asked, so this reads eight
    /// bytes at a time and looks closer only when one of them is a control character (< 14).
    static func hasLineBreak(_ line: String) -> Bool {
        var line = line
        return line.withUTF8 { bytes in
            let ones: UInt64 = 0x0101_0101_0101_0101
            var i = 0
            while i + 8 <= bytes.count {
                let word = UnsafeRawBufferPointer(bytes).loadUnaligned(fromByteOffset: i, as: UInt64.self)
                // Non-zero when some byte of `word` is below 14 (the classic "has less" bit trick).
                if (word &- ones &* 14) & ~word & (ones &* 0x80) != 0 { break }
                i += 8
            }
            return bytes[i...].contains { $0 == 10 || $0 == 13 }
        }
    }

    /// The line with each line break in it (and the spaces around it) made one space; one at
    /// either end is dropped.
    ///
    /// Values come from outside the spec's own lines too: config.json's `stack`, folder names,
    /// sibling titles. A line break inside one would split a rendered line in two, and the
    /// block would no longer have the line count and hash its marker records: plansync would
    /// take its own text for a hand edit and keep it for ever.
    static func singleLine(_ line: String) -> String {
        guard hasLineBreak(line) else { return line }
        var result = String.UnicodeScalarView()
        var pending = String.UnicodeScalarView()
        var breaks = false
        for scalar in line.unicodeScalars {
            switch scalar {
            case " ", "\t":
                pending.append(scalar)
            case "\n", "\r":
                breaks = true
            default:
                if !breaks { result.append(contentsOf: pending) } else if !result.isEmpty { result.append(" ") }
                pending = String.UnicodeScalarView()
                breaks = false
                result.append(scalar)
            }
        }
        if !breaks { result.append(contentsOf: pending) }
        return String(result)
    }

    /// Phase or risk keys handed out so far, and for each key the first numbered suffix that may be free:
    /// a thousand stories with the same title take a thousand steps, not half a million.
    struct UniqueKeys {
        private var seen = Set<String>()
        private var nextSuffix: [String: Int] = [:]
        /// Candidates looked at so far, for the tests: about one per claim, however many share a key.
        private(set) var probes = 0

        /// `key`, or `key-2`, `key-3`… when it is taken.
        mutating func claim(_ key: String) -> String {
            var candidate = key.isEmpty ? "item" : key
            probes += 1
            if seen.contains(candidate) {
                var n = nextSuffix[key] ?? 2
                repeat {
                    candidate = "\(key)-\(n)"
                    n += 1
                    probes += 1
                } while seen.contains(candidate)
                nextSuffix[key] = n
            }
            seen.insert(candidate)
            return candidate
        }
    }
}
