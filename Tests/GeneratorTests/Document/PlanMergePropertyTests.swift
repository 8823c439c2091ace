import Testing

@testable import Generator

/// For random sequences of spec edits and plan edits: no line a person wrote is ever lost, and
/// regenerating twice in a row writes nothing the second time.
@Suite struct PlanMergePropertyTests {
    /// SplitMix64: a seeded generator, so that a failure can be replayed from its seed.
    struct SeededRandom: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    /// Edits a user makes to a spec, as text transformations that may or may not apply.
    static let specEdits: [@Sendable (String) -> String] = [
        { $0.replacing("- **FR-002**:", with: "- **FR-009**: System MUST export the calendar\n- **FR-002**:") },
        {
            $0.replacing(
                "### User Story 2 - Add an event (Priority: P2)\n\nA member adds an event with a title and a time.\n",
                with: "")
        },
        { $0.replacing("one calendar.", with: "one calendar [NEEDS CLARIFICATION: shared across clubs?].") },
        { $0.replacing(" [NEEDS CLARIFICATION: shared across clubs?]", with: "") },
        { $0.replacing("under 5 seconds", with: "under 4 seconds") },
        {
            $0.replacing(
                "- Two events at the same time.",
                with: "- Two events at the same time.\n- An event in another time zone.")
        },
        { $0.replacing("Team Calendar", with: "Shared Calendar") },
        { $0 + "\n## Assumptions\n\n- Members already have accounts.\n" },
    ]

    struct PlanState {
        var text: String
        var userLines: [String] = []
        var counter = 0
    }

    /// One edit a person makes to plan.md: change a line of a section, write a paragraph between
    /// sections, add a section of their own, or delete a section they never edited.
    static func editPlan(_ state: inout PlanState, using random: inout SeededRandom) {
        var lines = state.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let markers = lines.indices.filter { lines[$0].hasPrefix("<!-- plansync:section") }
        guard let end = lines.firstIndex(of: "<!-- plansync:end -->"), !markers.isEmpty else { return }
        state.counter += 1
        let tag = "#\(state.counter)"
        let pick = markers.randomElement(using: &random)!
        let next = markers.first { $0 > pick } ?? end
        let content = (pick + 1..<next).filter { !lines[$0].trimmed.isEmpty && !lines[$0].hasPrefix("<!--") }
        switch Int.random(in: 0..<4, using: &random) {
        case 0:
            guard let index = content.randomElement(using: &random) else { return }
            lines[index] += " (edited by hand \(tag))"
            state.userLines.append(lines[index])
        case 1:
            let note = "A note written by hand \(tag)."
            lines.insert(contentsOf: [note, ""], at: next)
            state.userLines.append(note)
        case 2:
            let heading = "## Our Section \(tag)"
            lines.insert(contentsOf: ["", heading, "Our own words \(tag)."], at: lines.count - 1)
            state.userLines += [heading, "Our own words \(tag)."]
        default:
            let block = lines[pick..<next]
            guard !block.contains(where: { line in state.userLines.contains(line) }) else { return }
            lines.removeSubrange(pick..<next)
        }
        state.text = lines.joined(separator: "\n")
    }

    @Test(arguments: 0..<40)
    func noUserLineIsEverLost(seed: Int) throws {
        var random = SeededRandom(state: UInt64(seed) &* 7919)
        var spec = PlanMergeTests.base
        var state = PlanState(text: PlanMergeTests.generate(PlanMergeTests.inputs(spec)))
        for step in 0..<10 {
            if Bool.random(using: &random) {
                spec = Self.specEdits.randomElement(using: &random)!(spec)
            } else {
                Self.editPlan(&state, using: &random)
            }
            let inputs = PlanMergeTests.inputs(spec)
            let update = PlanSync.update(existing: state.text, inputs: inputs)
            if let text = update.text { state.text = text }
            for line in state.userLines {
                #expect(state.text.contains(line), "seed \(seed), step \(step): lost the user's line \"\(line)\"")
            }
            let again = PlanSync.update(existing: state.text, inputs: inputs)
            #expect(again.text == nil, "seed \(seed), step \(step): regenerating twice wrote the second time")
            #expect(state.text.hasSuffix("\n") && state.text.contains("<!-- plansync:end -->"))
        }
    }
}
