/// A spec's sections with what each means where it stands, told by `SectionClassifier` from
/// headings in any language ("Requisitos funcionales", "功能需求", "受け入れシナリオ"), nested
/// as the author nested them. The reader decides what to read from a section by its meaning.
struct SpecOutline {
    struct Section {
        /// Nil for the lines before the first heading.
        var heading: Heading?
        var meaning: SectionMeaning
        /// The index of the section this one is nested in.
        var parent: Int?
        /// For a requirements group whose heading names a story ("User Story 2 - Export" under
        /// Requirements), the story's number: its requirements cite that story.
        var citedStory: Int?
        var lines: ArraySlice<MarkdownLine>
    }

    private(set) var sections: [Section] = []

    init(_ lines: [MarkdownLine]) {
        var stack: [(level: Int, index: Int)] = []
        var start = 0
        var current = Section(heading: nil, meaning: .other, parent: nil, lines: lines[0..<0])
        for (index, line) in lines.enumerated() {
            guard line.isProse, line.text.utf8.first == 35, let heading = Heading(line: line.text) else { continue }
            current.lines = lines[start..<index]
            sections.append(current)
            while let last = stack.last, last.level >= heading.level { stack.removeLast() }
            let parent = stack.last?.index
            current = Self.section(heading, parent: parent.map { sections[$0] }, parentIndex: parent)
            stack.append((heading.level, sections.count))
            start = index + 1
        }
        current.lines = lines[start..<lines.count]
        sections.append(current)
    }

    /// A heading's section: its meaning under its parent's, and a story it names when it stands
    /// under Requirements.
    private static func section(_ heading: Heading, parent: Section?, parentIndex: Int?) -> Section {
        let classifier = SectionClassifier.standard
        let parentMeaning = parent?.meaning
        var meaning = classifier.meaning(of: heading.title, under: parentMeaning)
        var citedStory = parent?.citedStory
        if let parentMeaning, case .requirements = parentMeaning, meaning == .userStory {
            // "### User Story 2 - Export" under Requirements groups that story's requirements.
            citedStory = StoryHeading(title: heading.title).number
            meaning = parentMeaning
        }
        return Section(heading: heading, meaning: meaning, parent: parentIndex, citedStory: citedStory, lines: [][...])
    }

    /// The nearest section at or above `index` whose meaning satisfies `test`.
    func ancestor(of index: Int, where test: (SectionMeaning) -> Bool) -> Int? {
        var current: Int? = index
        while let at = current {
            if test(sections[at].meaning) { return at }
            current = sections[at].parent
        }
        return nil
    }
}
