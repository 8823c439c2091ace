/// What is decided once the whole spec has been read: bullets without ids as requirements when
/// the spec numbers none, ids met elsewhere, scenarios of a single story, each edge case and
/// question once, the timeline, and a free-form spec's overview and requirements.
extension SpecReader {
    mutating func finish(header: SpecHeader) -> Spec {
        if spec.requirements.isEmpty { spec.requirements = unnumbered }
        // An id is one item: a traceability table or a scope matrix naming it again adds nothing.
        var knownRequirements = Set<String>()
        spec.requirements = (spec.requirements + strayRequirements).filter {
            $0.id.map { knownRequirements.insert($0).inserted } ?? true
        }
        var knownCriteria = Set<String>()
        spec.successCriteria = (spec.successCriteria + strayCriteria).filter {
            $0.id.map { knownCriteria.insert($0).inserted } ?? true
        }
        if spec.stories.count == 1, spec.stories[0].scenarios.isEmpty, !spec.looseScenarios.isEmpty {
            // "## User Story" and "## Acceptance Criteria" side by side: the one story's scenarios.
            spec.stories[0].scenarios = spec.looseScenarios
            spec.looseScenarios = []
        }
        spec.edgeCases = spec.edgeCases.filter { !$0.isEmpty }.uniqued()
        spec.openQuestions = blocks.questions.questions
        spec.placeholders = (header.placeholders + blocks.placeholders).uniqued()
        spec.placeholderItems = header.placeholderLines + blocks.placeholderLines
        applyTimeline()
        if spec.input == nil, spec.overview == nil, spec.stories.isEmpty, spec.primaryStory == nil {
            let paragraphs = looseParagraphs.filter { $0.count > 40 }.prefix(2)
            if !paragraphs.isEmpty { spec.overview = SentenceRules.joined(Array(paragraphs)) }
        }
        if spec.requirements.isEmpty, spec.stories.isEmpty, spec.phases.isEmpty {
            spec.requirements = looseItems
        }
        spec.unreadParts = spec.unreadParts.uniqued()
        return spec
    }

    /// The spec's own total: stated, else the sum of its entries' or its phases' durations.
    /// Entries give their days to phases that have none when they are as many.
    private mutating func applyTimeline() {
        let undated = spec.phases.indices.filter { spec.phases[$0].days == nil }
        if !timelineEntries.isEmpty, undated.count == spec.phases.count, timelineEntries.count == spec.phases.count {
            for (index, entry) in zip(undated, timelineEntries) { spec.phases[index].days = entry.days }
        }
        let phaseDays = spec.phases.compactMap(\.days)
        if let timelineTotal {
            spec.timelineDays = timelineTotal
        } else if !timelineEntries.isEmpty {
            spec.timelineDays = timelineEntries.reduce(0) { $0 + $1.days }
        } else if !phaseDays.isEmpty, phaseDays.count == spec.phases.count {
            spec.timelineDays = phaseDays.reduce(0, +)
        }
    }
}
