/// User stories and acceptance scenarios: story headings (and stories written as bold lines),
/// their description, Given/When/Then scenarios in any language, plain acceptance criteria,
/// and other labelled lists and tables.
extension SpecReader {
    /// Which labelled part of a story a block belongs to.
    enum StoryPart: Equatable {
        /// Before the first label: the story in a sentence or two.
        case description
        /// Under "Acceptance Scenarios", "Acceptance Criteria" or their translations.
        case acceptance
        /// Under "Why this priority" or "Independent Test": not planned.
        case skipped
        /// Under any other label ("Proposals"): kept as a labelled list.
        case list(String)

        init(label: String) {
            switch SectionClassifier.standard.meaning(of: label) {
            case .acceptance?: self = .acceptance
            case .priorityRationale?, .independentTest?: self = .skipped
            default: self = .list(QuotedText.of(label))
            }
        }
    }

    /// A scenario made of one line or paragraph, nil when it has no Given/When/Then.
    static func scenario(_ text: String, id: String? = nil) -> AcceptanceScenario? {
        ScenarioLine(parsing: text).map { AcceptanceScenario(id: id, line: $0) }
    }

    /// A story heading (or bold line) starts a story; its number defaults to its place.
    @discardableResult
    mutating func startStory(_ title: String, section: Int) -> Int {
        let heading = StoryHeading(title: title)
        let story = UserStory(
            number: heading.number ?? spec.stories.count + 1, id: heading.id, title: heading.title,
            priority: heading.priority, description: "", scenarios: [])
        spec.stories.append(story)
        storySections.append(section)
        storyOfSection[section] = spec.stories.count - 1
        return spec.stories.count - 1
    }

    /// "User Scenarios & Testing" and the old "Primary User Story": the primary story's
    /// paragraph, stories written as bold lines, and scenarios that stand on their own.
    mutating func readScenarioSection(_ index: Int, _ meaning: SectionMeaning, _ found: [SpecBlock]) {
        var story: Int?
        var part = StoryPart.description
        for block in found {
            if case .emphasised(let text) = block, SectionClassifier.standard.meaning(of: text) == .userStory {
                story = startStory(text, section: index)
                part = .description
                continue
            }
            if let story {
                addToStory(story, block, part: &part)
            } else if case .paragraph(let text) = block, meaning == .primaryStory, spec.primaryStory == nil {
                spec.primaryStory = QuotedText.of(text)
            } else {
                addLooseAcceptance(block, index)
            }
        }
    }

    /// A story section, or a section nested in one (it continues that story).
    mutating func readStory(_ index: Int, _ found: [SpecBlock]) {
        let story: Int
        if let parent = outline.sections[index].parent,
            let owner = outline.ancestor(of: parent, where: { $0 == .userStory }),
            let known = storyOfSection[owner]
        {
            story = known
            storyOfSection[index] = known
        } else {
            story = startStory(outline.sections[index].heading?.title ?? "", section: index)
        }
        var part = StoryPart.description
        for block in found {
            if case .emphasised(let text) = block, SectionClassifier.standard.meaning(of: text) == .userStory {
                let next = startStory(text, section: index)
                part = .description
                storyOfSection[index] = next
                continue
            }
            addToStory(storyOfSection[index] ?? story, block, part: &part)
        }
    }

    /// One block of a story, by the part it stands in.
    mutating func addToStory(_ story: Int, _ block: SpecBlock, part: inout StoryPart) {
        switch block {
        case .label(let name, let value):
            if ItemIDScanner.leading(in: name) != nil {
                addStoryItem(story, "**\(name)**: \(value)", part: part)
                return
            }
            part = StoryPart(label: name)
            if !value.isEmpty { addStoryText(story, value, part: part) }
        case .emphasised(let text):
            part = StoryPart(label: text)
        case .paragraph(let text):
            addStoryText(story, text, part: part)
        case .item(let item):
            addStoryItem(story, item.fullText, part: part)
        case .table(let table):
            for scenario in scenarios(in: table) { spec.stories[story].scenarios.append(scenario) }
            guard !Self.isScenarioTable(table) else { return }
            for row in table.rows { addStoryItem(story, row.joined(separator: " | "), part: part, isRow: true) }
        }
    }

    private mutating func addStoryText(_ story: Int, _ text: String, part: StoryPart) {
        if let scenario = Self.scenario(text) {
            spec.stories[story].scenarios.append(scenario)
        } else if part == .description {
            if spec.stories[story].description.isEmpty { spec.stories[story].description = QuotedText.of(text) }
        } else if part == .acceptance {
            spec.stories[story].acceptanceCriteria.append(QuotedText.of(text))
        } else if case .list(let label) = part {
            appendList(story, label, QuotedText.of(text))
        }
    }

    private mutating func addStoryItem(_ story: Int, _ text: String, part: StoryPart, isRow: Bool = false) {
        if !isRow, let scenario = Self.scenario(text, id: ItemIDScanner.leading(in: text)?.id.text) {
            if part != .skipped { spec.stories[story].scenarios.append(scenario) }
            return
        }
        if collectStray(text, storySections[story]) { return }
        let quoted = QuotedText.of(isRow ? Self.rowText(text) : text)
        switch part {
        case .description, .acceptance: spec.stories[story].acceptanceCriteria.append(quoted)
        case .skipped: break
        case .list(let label): appendList(story, label, quoted)
        }
    }

    private mutating func appendList(_ story: Int, _ label: String, _ item: String) {
        if let last = spec.stories[story].lists.indices.last, spec.stories[story].lists[last].label == label {
            spec.stories[story].lists[last].items.append(item)
        } else {
            spec.stories[story].lists.append(LabelledList(label: label, items: [item]))
        }
    }

    /// An acceptance section: a story's when it stands in one, else scenarios of their own. A
    /// heading that is an id (`### AC1: Basic conversion`) makes one scenario of its text.
    mutating func readAcceptance(_ index: Int, _ found: [SpecBlock]) {
        let owner = outline.ancestor(of: index, where: { $0 == .userStory }).flatMap { storyOfSection[$0] }
        if let heading = outline.sections[index].heading, let id = ItemIDScanner.headingID(in: heading.title) {
            let text = found.compactMap { block -> String? in
                switch block {
                case .paragraph(let text): return text
                case .item(let item): return item.fullText
                case .label(let name, let value): return "**\(name)** \(value)"
                default: return nil
                }
            }.joined(separator: " ")
            let scenario =
                Self.scenario(text, id: id.text) ?? AcceptanceScenario(id: id.text, text: QuotedText.of(heading.title))
            if let owner {
                spec.stories[owner].scenarios.append(scenario)
            } else {
                spec.looseScenarios.append(scenario)
            }
            return
        }
        var part = StoryPart.acceptance
        for block in found {
            if let owner { addToStory(owner, block, part: &part) } else { addLooseAcceptance(block, index) }
        }
    }

    /// A block of scenarios that belong to no story: Given/When/Then lines, numbered items, rows.
    private mutating func addLooseAcceptance(_ block: SpecBlock, _ index: Int) {
        switch block {
        case .item(let item):
            if let scenario = Self.scenario(item.fullText, id: ItemIDScanner.leading(in: item.text)?.id.text) {
                spec.looseScenarios.append(scenario)
            } else if !collectStray(item.fullText, index), outline.sections[index].meaning == .acceptance,
                item.isNumbered
            {
                spec.looseScenarios.append(AcceptanceScenario(text: QuotedText.of(item.fullText)))
            }
        case .paragraph(let text):
            if let scenario = Self.scenario(text) { spec.looseScenarios.append(scenario) }
        case .table(let table):
            spec.looseScenarios += scenarios(in: table)
        case .label(let name, let value):
            collectStray("**\(name)**: \(value)", index)
        case .emphasised:
            break
        }
    }

    /// A table whose columns are Given, When and Then.
    static func isScenarioTable(_ table: SpecTable) -> Bool {
        let roles = TableColumn.roles(table.header)
        return roles.contains(.given) && (roles.contains(.when) || roles.contains(.then))
    }

    /// Scenarios of a table with Given/When/Then columns (each row a scenario), or of a table
    /// whose rows are scenario lines.
    func scenarios(in table: SpecTable) -> [AcceptanceScenario] {
        let roles = TableColumn.roles(table.header)
        guard Self.isScenarioTable(table) else {
            return table.rows.compactMap { row in row.lazy.compactMap { Self.scenario($0) }.first }
        }
        let id = roles.firstIndex(of: .id)
        return table.rows.compactMap { row in
            func cell(_ role: TableColumn) -> String? {
                roles.firstIndex(of: role).flatMap { $0 < row.count ? QuotedText.of(row[$0]) : nil }
            }
            var clauses: [ScenarioClause] = []
            for (step, role) in [(ScenarioStep.given, TableColumn.given), (.when, .when), (.then, .then)] {
                guard let text = cell(role), !text.isEmpty, let column = roles.firstIndex(of: role) else { continue }
                let keyword = QuotedText.of(table.header[column])
                clauses.append(ScenarioClause(step: step, keyword: Self.keyword(keyword, step), text: text))
            }
            guard clauses.count >= 2 else { return nil }
            let line = ScenarioLine(clauses: clauses)
            return AcceptanceScenario(id: id.flatMap { $0 < row.count ? QuotedText.of(row[$0]) : nil }, line: line)
        }
    }

    /// The keyword a header gives a clause: the header when it is that keyword ("Dado"), else
    /// the English one (an "Expected Result" column gives "Then").
    private static func keyword(_ header: String, _ step: ScenarioStep) -> String {
        let folded = FoldedScalars(header)
        if let phrase = ScenarioKeywords.phrases.longestMatch(in: folded, at: 0), phrase.length == folded.count,
            phrase.value.step == step
        {
            return header
        }
        return step.rawValue.prefix(1).uppercased() + step.rawValue.dropFirst()
    }
}
