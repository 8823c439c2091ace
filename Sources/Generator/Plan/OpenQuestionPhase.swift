/// The phase an open question blocks, from where it stands: the requirement that asks it (its
/// phase), the story it stands in (that story's phase), a requirements, data or security section
/// (the phase named for it, else Foundation); otherwise the first phase after Foundation.
struct OpenQuestionPhase {
    var spec: Spec
    var locator: PhaseLocator

    func phase(of question: OpenQuestion) -> PhaseLocator.Located? {
        if let id = question.itemID, let phase = phase(ofID: id) { return phase }
        for match in ItemIDScanner.all(in: question.question) {
            if let phase = phase(ofID: match.id.text) { return phase }
        }
        if let section = question.section, let phase = phase(ofSection: section) { return phase }
        if let story = storyHolding(question.question), let phase = locator.phase(of: story) { return phase }
        return locator.firstFeature
    }

    /// A requirement's phase, or a story's by its id (`US-03`).
    private func phase(ofID id: String) -> PhaseLocator.Located? {
        if let phase = locator.phase(ofItem: id) { return phase }
        let story = spec.stories.first { $0.id == id }
        return story.flatMap(locator.phase(of:))
    }

    private func phase(ofSection section: String) -> PhaseLocator.Located? {
        if let story = spec.stories.first(where: { section.contains($0.title) }) { return locator.phase(of: story) }
        switch SectionClassifier.standard.meaning(of: section) {
        case .userStory?:
            let number = StoryReference.numbers(in: section).first
            return spec.stories.first { $0.number == number }.flatMap(locator.phase(of:))
        case .requirements(let kind)?: return locator.phase(forKind: kind)
        case .entities?: return locator.foundation
        default: return nil
        }
    }

    /// The story whose description, scenarios or criteria hold the question's words.
    private func storyHolding(_ question: String) -> UserStory? {
        let needle = ByteString(question)
        guard needle.bytes.count >= 8 else { return nil }
        return spec.stories.first { story in
            ([story.description] + story.scenarios.map(\.text) + story.acceptanceCriteria).contains {
                ByteString($0).contains(needle)
            }
        }
    }
}
