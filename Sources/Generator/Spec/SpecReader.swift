/// Reads each section of a spec by what it means (`SpecOutline`), block by block
/// (`SpecBlockReader`), into a `Spec`. The state here is what spans sections: which story or
/// phase a nested section belongs to, items kept aside until the whole spec is known (bullets
/// without ids, ids met outside their sections, timeline durations).
struct SpecReader {
    let outline: SpecOutline
    var spec: Spec
    var blocks = SpecBlockReader()
    /// The story a story section and the sections nested in it fill: index in `spec.stories`.
    var storyOfSection: [Int: Int] = [:]
    /// The section each story started in, by its index in `spec.stories`.
    var storySections: [Int] = []
    /// The phase a phase section and the sections nested in it fill: index in `spec.phases`.
    var phaseOfSection: [Int: Int] = [:]
    /// Requirements without an id: the spec's requirements only when it numbers none.
    var unnumbered: [Requirement] = []
    /// Requirements and criteria with ids met outside their own sections (a story's text, a
    /// scope table): added at the end unless their section gave the same id.
    var strayRequirements: [Requirement] = []
    var strayCriteria: [Criterion] = []
    /// Durations of a timeline section's entries, and its total when it states one.
    var timelineEntries: [(name: String, days: Int)] = []
    var timelineTotal: Int?
    /// Paragraphs and bullets of sections that say nothing the reader knows: a free-form spec's
    /// overview and requirements when it gives nothing better.
    var looseParagraphs: [String] = []
    var looseItems: [Requirement] = []

    init(outline: SpecOutline, spec: Spec) {
        self.outline = outline
        self.spec = spec
    }

    /// The author's lines and the spec's input, for the words the signals look for (not joined:
    /// the signals hash each line in turn).
    var authorLines: [String] { blocks.authorLines + [spec.input ?? ""] }

    mutating func readSections() {
        for index in outline.sections.indices { read(index) }
    }

    private mutating func read(_ index: Int) {
        let section = outline.sections[index]
        guard section.meaning != .templateGuidance else { return }
        let title = section.heading.map { QuotedText.of($0.title) }
        if let heading = section.heading, section.meaning != .title, !blocks.heading(heading.title),
            section.meaning == .userStory
        {
            // `### User Story 2 - [Brief Title] (Priority: P2)`: the template's story, not the author's.
            _ = blocks.blocks(section.lines, section: title)
            return
        }
        let found = blocks.blocks(section.lines, section: title)
        switch section.meaning {
        case .title, .other, .overview, .scope:
            readGeneral(index, section.meaning, found)
        case .userScenarios, .primaryStory:
            readScenarioSection(index, section.meaning, found)
        case .userStory:
            readStory(index, found)
        case .acceptance:
            readAcceptance(index, found)
        case .requirements(let kind):
            readRequirements(index, kind: kind, found)
        case .entities:
            readEntities(index, found)
        case .successCriteria:
            readCriteria(found)
        case .edgeCases:
            readEdgeCases(index, found)
        case .assumptions:
            spec.assumptions += listed(found)
        case .dependencies:
            spec.dependencies += listed(found)
        case .outOfScope:
            spec.outOfScope += listed(found)
        case .risks:
            readRisks(index, found)
        case .timeline:
            readTimeline(found)
        case .phases, .phase:
            readPhase(index, found)
        case .components:
            readComponents(index, found)
        case .clarifications:
            readClarifications(found)
        case .openQuestions:
            readOpenQuestions(found, section: title)
        case .techStack:
            spec.techStack += listed(found)
        case .constraints, .glossary, .testing, .notes, .changeLog, .priorityRationale, .independentTest,
            .templateGuidance:
            collectStrayIDs(found, index)
        }
    }

    /// Sections the reader has no particular use for: the title's, unknown ones, overviews and
    /// scope. Their first paragraph may be the overview; ids they hold are kept; an unknown
    /// section with text is named in Notes.
    private mutating func readGeneral(_ index: Int, _ meaning: SectionMeaning, _ found: [SpecBlock]) {
        var hasText = false
        for block in found {
            switch block {
            case .paragraph(let text):
                guard !SpecReader.isMetadata(text) else { continue }
                hasText = true
                if meaning == .overview, spec.overview == nil { spec.overview = QuotedText.of(text) }
                looseParagraphs.append(QuotedText.of(text))
            case .item(let item):
                hasText = true
                if let scenario = SpecReader.scenario(item.fullText) {
                    spec.looseScenarios.append(scenario)
                    continue
                }
                if !collectStray(item.fullText, index) {
                    looseItems.append(
                        Requirement(id: nil, text: QuotedText.of(item.fullText), group: groupTitle(index)))
                }
            case .table(let table):
                hasText = true
                for row in table.rows { _ = collectStray("| " + row.joined(separator: " | ") + " |", index) }
            case .label(let name, let value):
                if !collectStray("**\(name)**: \(value)", index), !SpecReader.isMetadataKey(name) { hasText = true }
            case .emphasised(let text):
                if SectionClassifier.standard.meaning(of: text) == .userStory {
                    startStory(text, section: index)
                } else {
                    hasText = true
                }
            }
        }
        if meaning == .other, hasText, let heading = outline.sections[index].heading, heading.level > 1 {
            spec.unreadParts.append(QuotedText.of(heading.title))
        }
    }

    /// Requirements and criteria with ids in a section that is not theirs.
    private mutating func collectStrayIDs(_ found: [SpecBlock], _ index: Int) {
        for block in found {
            switch block {
            case .item(let item): _ = collectStray(item.fullText, index)
            case .label(let name, let value): _ = collectStray("**\(name)**: \(value)", index)
            case .table(let table):
                for row in table.rows { _ = collectStray("| " + row.joined(separator: " | ") + " |", index) }
            default: break
            }
        }
    }

    /// Keeps a requirement or criterion whose line opens with an id of that kind; false when the
    /// line holds none.
    @discardableResult
    mutating func collectStray(_ line: String, _ index: Int) -> Bool {
        guard let leading = ItemIDScanner.leading(in: line), leading.position != .inline else { return false }
        let text = QuotedText.of(
            leading.position == .tableCell
                ? SpecReader.rowText(leading.rest) : SpecReader.unbracketingLabel(leading.rest))
        switch ItemKind.of(leading.id, in: nil) {
        case .requirement(let kind):
            strayRequirements.append(
                Requirement(
                    id: leading.id.text, text: text, group: groupTitle(index), kind: kind,
                    stories: storyCitations(text, index)))
        case .successCriterion:
            strayCriteria.append(Criterion(id: leading.id.text, text: text))
        default:
            return false
        }
        return true
    }

    /// The heading requirements of section `index` are grouped under: its own, or for a heading
    /// that is itself an id (`### FR-001: Export`) the one above it.
    func groupTitle(_ index: Int) -> String {
        var current: Int? = index
        while let at = current, let heading = outline.sections[at].heading {
            if ItemIDScanner.headingID(in: heading.title) == nil { return QuotedText.of(heading.title) }
            current = outline.sections[at].parent
        }
        return "Requirements"
    }

    /// The stories a requirement of section `index` cites: in its text, and the story its group
    /// heading or enclosing story section names.
    func storyCitations(_ text: String, _ index: Int) -> [Int] {
        var numbers = StoryReference.numbers(in: text)
        if let story = outline.sections[index].citedStory, !numbers.contains(story) { numbers.append(story) }
        if let at = outline.ancestor(of: index, where: { $0 == .userStory }), let story = storyOfSection[at],
            !numbers.contains(spec.stories[story].number)
        {
            numbers.append(spec.stories[story].number)
        }
        return numbers
    }

    /// `**Status**: Draft`: a metadata line, not prose.
    static func isMetadata(_ text: String) -> Bool {
        text.hasPrefix("**") && (text.contains("**:") || text.contains(":**"))
    }

    static func isMetadataKey(_ name: String) -> Bool {
        TemplateWording.metadataKeys.contains(FoldedScalars.folded(name))
    }

    /// A list, quoted: its items (with their nested items), its tables' rows, and its paragraphs
    /// when it has no list.
    func listed(_ found: [SpecBlock]) -> [String] {
        var items: [String] = []
        var paragraphs: [String] = []
        for block in found {
            switch block {
            case .item(let item): items.append(QuotedText.of(item.fullText))
            case .table(let table):
                items += table.rows.map { SpecReader.rowText($0.joined(separator: " | ")) }.map(QuotedText.of)
            case .label(let name, let value): items.append(QuotedText.of(value.isEmpty ? name : "\(name): \(value)"))
            case .paragraph(let text): paragraphs.append(QuotedText.of(text))
            case .emphasised: break
            }
        }
        return (items.isEmpty ? paragraphs : items).filter { !$0.isEmpty }
    }

    /// A table row's cells after an id, as one text: `Export | CSV` -> `Export — CSV`; empty
    /// cells and a trailing `|` dropped.
    static func rowText(_ rest: String) -> String {
        let cells = (SpecTable.cells("| " + rest) ?? [rest]).filter { !$0.isEmpty && $0 != "—" && $0 != "-" }
        return cells.joined(separator: " — ")
    }
}
