import Testing

@testable import Generator

/// Generation stays linear in the spec's size. A 2.2 MB spec (3,000 stories, 12,000
/// requirements) took 32 s, past the service's 30 s watchdog, because steps compared every
/// requirement with every story, every block with every block, every line with every line.
/// No timings here: each of those steps counts its work, and the count for an input four times
/// larger must be about four times larger, not sixteen.
@Suite struct LinearGenerationTests {
    typealias SeededRandom = PlanMergePropertyTests.SeededRandom

    /// Growth from `small` to `large` (inputs 4× larger) within linear, with some slack.
    static func isLinear(_ small: Int, _ large: Int) -> Bool { large <= small * 9 / 2 }

    /// Requirements matched to `stories` stories whose titles all say "ledger" (so that one word
    /// is shared by every story), four requirements per story.
    static func matchStories(_ stories: Int) -> (visits: Int, rightStory: Bool) {
        var matcher = WordMatcher(
            groups: (0..<stories).map { story in
                WordMatcher.weights(
                    title: ["review", "ledger", "alpha\(story)"], body: ["entries", "totals", "beta\(story)"])
            })
        var rightStory = true
        for requirement in 0..<(4 * stories) {
            let story = requirement % stories
            let best = matcher.bestGroup(for: ["record", "ledger", "entries", "alpha\(story)", "beta\(story)"])
            rightStory = rightStory && best?.group == story
        }
        return (matcher.visits, rightStory)
    }

    @Test func matchingRequirementsToStoriesGrowsLinearly() {
        let small = Self.matchStories(500)
        let large = Self.matchStories(2000)
        #expect(
            small.rightStory && large.rightStory, "each requirement belongs to the story it shares its own words with")
        #expect(
            Self.isLinear(small.visits, large.visits),
            "matching 8,000 requirements to 2,000 stories took \(large.visits) steps, 2,000 to 500 took \(small.visits): quadratic"
        )
    }

    /// Below the common-word limit the index finds exactly what comparing every requirement with
    /// every story found (the golden plans depend on it): the best score, the first story on a tie.
    @Test(arguments: 0..<20)
    func matcherAgreesWithComparingEveryPair(seed: Int) {
        var random = SeededRandom(state: UInt64(seed))
        let vocabulary = (0..<30).map { "word\($0)" }
        func words(_ count: Int) -> [String] { (0..<count).map { _ in vocabulary.randomElement(using: &random)! } }
        let stories = (0..<Int.random(in: 1...WordMatcher<String>.commonWordLimit, using: &random)).map { _ in
            (title: words(3), body: words(8))
        }
        var matcher = WordMatcher<String>(groups: stories.map { WordMatcher.weights(title: $0.title, body: $0.body) })
        for _ in 0..<50 {
            let requirement = Set(words(Int.random(in: 0...6, using: &random)))
            var expected: (group: Int, score: Int)? = nil
            for (index, story) in stories.enumerated() {
                let score = 2 * requirement.intersection(story.title).count + requirement.intersection(story.body).count
                if score > (expected?.score ?? 0) { expected = (index, score) }
            }
            let found = matcher.bestGroup(for: requirement)
            #expect(found?.group == expected?.group && found?.score == expected?.score, "seed \(seed): \(requirement)")
        }
    }

    /// A plan of `sections` sections, and the same plan with every other task reworded: the diff
    /// of every save after a big spec change.
    static func plans(sections: Int) -> (old: [String], new: [String]) {
        var old: [String] = []
        var new: [String] = []
        for section in 0..<sections {
            old += [
                "### Phase \(section): Ledger \(section)", "- Record entries of ledger \(section)",
                "- Export totals \(section)", "",
            ]
            new += [
                "### Phase \(section): Ledger \(section)", "- Record entries of ledger \(section)",
                "- Export all totals \(section)", "",
            ]
        }
        return (old, new)
    }

    @Test func diffOfTwoLargePlansGrowsLinearly() {
        let (smallOld, smallNew) = Self.plans(sections: 1000)
        let (largeOld, largeNew) = Self.plans(sections: 4000)
        let small = LineDiff(old: smallOld, new: smallNew)
        let large = LineDiff(old: largeOld, new: largeNew)
        #expect(
            large.removedCount == 4000 && large.insertedCount == 4000,
            "the shortest script: one line out, one in, per section")
        #expect(
            Self.isLinear(small.steps, large.steps),
            "diffing 16,000 lines took \(large.steps) steps, 4,000 lines took \(small.steps): quadratic")
    }

    @Test func diffOfTwoUnrelatedPlansGrowsLinearly() {
        let small = LineDiff(old: (0..<3000).map { "old \($0)" }, new: (0..<3000).map { "new \($0)" })
        let large = LineDiff(old: (0..<12000).map { "old \($0)" }, new: (0..<12000).map { "new \($0)" })
        #expect(large.removedCount == 12000 && large.insertedCount == 12000)
        #expect(
            Self.isLinear(small.steps, large.steps), "\(small.steps) steps for 6,000 lines, \(large.steps) for 24,000")
    }

    /// Whatever the texts, the diff is a correct script: the old lines it keeps are the new lines
    /// it keeps; and for texts that differ little it is as short as the standard library's.
    @Test(arguments: 0..<30)
    func diffIsACorrectScriptAndShortestWhenSmall(seed: Int) {
        var random = SeededRandom(state: UInt64(seed))
        let alphabet = seed % 2 == 0 ? 4 : 40
        let size = seed < 20 ? 40 : 3000
        let old = (0..<Int.random(in: 0...size, using: &random)).map { _ in
            "line \(Int.random(in: 0..<alphabet, using: &random))"
        }
        var new = old
        for _ in 0..<Int.random(in: 0...(size / 4), using: &random) where !new.isEmpty {
            let at = Int.random(in: 0..<new.count, using: &random)
            if Bool.random(using: &random) {
                new.remove(at: at)
            } else {
                new.insert("line \(Int.random(in: 0..<alphabet, using: &random))", at: at)
            }
        }
        let diff = LineDiff(old: old, new: new)
        let keptOld = old.indices.filter { !diff.removed[$0] }.map { old[$0] }
        let keptNew = new.indices.filter { !diff.inserted[$0] }.map { new[$0] }
        #expect(keptOld == keptNew, "seed \(seed): the script does not turn the old text into the new one")
        if size <= 40 {
            let standard = new.difference(from: old)
            #expect(
                diff.removedCount == standard.removals.count && diff.insertedCount == standard.insertions.count,
                "seed \(seed)")
        }
    }

    @Test func manyBlocksWithTheSameKeyGetNumberedInLinearWork() {
        var keys = PlanRenderer.UniqueKeys()
        let ids = (0..<5000).map { _ in keys.claim("story-ledger") }
        #expect(ids.prefix(3) == ["story-ledger", "story-ledger-2", "story-ledger-3"])
        #expect(Set(ids).count == 5000)
        #expect(keys.probes <= 2 * 5000, "\(keys.probes) candidates tried for 5,000 ids")
        // A numbered key already taken by a key of its own is skipped, as before.
        var mixed = PlanRenderer.UniqueKeys()
        #expect(["a", "a-2", "a", "a"].map { mixed.claim($0) } == ["a", "a-2", "a-3", "a-4"])
    }

    /// A spec with more stories than the common-word limit, every title saying "ledger".
    static func largeSpec(stories: Int, requirementsPerStory: Int) -> String {
        var text = "# Feature Specification: Ledgers\n\n## User Scenarios & Testing\n\n"
        for story in 0..<stories {
            text += "### User Story \(story + 1) - Review ledger kind\(story) (Priority: P\(story % 3 + 1))\n\n"
            text += "A member reviews the ledger entries of kind\(story) on the dashboard.\n\n"
        }
        text += "## Requirements\n\n### Functional Requirements\n\n"
        for index in 0..<(stories * requirementsPerStory) {
            text += "- **FR-\(index + 1)**: System MUST record ledger entries of kind\(index % stories) with details\n"
        }
        return text
    }

    @Test func largeSpecGivesEachRequirementToItsOwnStory() {
        let inputs = PlanInputs(
            spec: Self.largeSpec(stories: 150, requirementsPerStory: 3), folder: "001-ledgers", constitution: nil,
            siblings: [])
        let blocks = PlanSync.blocks(for: inputs)
        for story in [0, 70, 149] {
            let phase = blocks.first { $0.lines[0].contains("Review ledger kind\(story) (") }
            let ids = phase?.lines.dropFirst().compactMap {
                $0.split(separator: ":").first.map { String($0.dropFirst(2)) }
            }
            #expect(ids == (0..<3).map { "FR-\(story + 1 + 150 * $0)" }, "story \(story + 1): \(phase?.lines ?? [])")
        }
        #expect(!blocks.contains { $0.id == .phase("cross-cutting") })
    }

    /// Deleting every other phase of a plan with hundreds of phases: each comes back in its place.
    @Test func mergeRestoresHundredsOfDeletedBlocksInPlace() {
        let inputs = PlanInputs(
            spec: Self.largeSpec(stories: 300, requirementsPerStory: 1), folder: "001-ledgers", constitution: nil,
            siblings: [])
        let fresh = PlanSync.render(inputs)
        var lines = fresh.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var deleting = false
        var phase = 0
        lines = lines.filter { line in
            if line.hasPrefix("<!-- plansync:section ") {
                let isStory = line.contains("id=phase/story-")
                if isStory { phase += 1 }
                deleting = isStory && phase % 2 == 0
            }
            return !deleting
        }
        let damaged = lines.joined(separator: "\n")
        #expect(damaged.count < fresh.count - 1000)
        let update = PlanSync.update(existing: damaged, inputs: inputs)
        #expect(update.text == fresh, "the restored plan differs from a fresh one")
        #expect(update.summary.sections == ["Implementation Phases"] && update.summary.added == 150 * 3)
    }
}
