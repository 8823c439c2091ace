/// Reads spec.md text into a `Spec`. Total: any text gives a spec, an empty one at worst.
public enum SpecParser {
    /// - Parameters:
    ///   - text: the spec.md contents.
    ///   - folder: the spec folder's name (`003-rink-sessions`), for the title when the spec has none.
    public static func parse(_ text: String, folder: String) -> Spec {
        let lines = markdownLines(text)
        var sections = MarkdownStructure.sections(lines)
        SpecSectionKind.classify(&sections)
        let heading = SpecTitle.fromHeading(lines)
        var spec = Spec(title: heading ?? SpecTitle.fromFolder(folder), titleFromHeading: heading != nil)
        spec.metadata = metadata(lines)
        spec.input = spec.metadata.first { isInputKey($0.key) }.map { cleanedInput($0.value) }.flatMap {
            isPlaceholder($0) ? nil : $0
        }

        var storyNumber = 0
        var numberedCriteria = false
        for section in sections {
            let kind = section.kind
            if let title = section.heading?.title, let story = StoryHeading(title: title) {
                storyNumber += 1
                spec.stories.append(userStory(story, number: story.number ?? storyNumber, lines: section.lines))
                continue
            }
            read(section, kind: kind, into: &spec, numberedCriteria: &numberedCriteria)
        }
        if spec.requirements.isEmpty {
            spec.requirements = unnumberedRequirements(sections)
        }
        if spec.input == nil, spec.overview == nil, spec.stories.isEmpty, spec.primaryStory == nil {
            freeForm(sections, into: &spec)
        }
        spec.openQuestions = SpecMarkers.openQuestions(sections)
        spec.featureReferences = SpecMarkers.featureReferences(sections, ownFolder: folder)
        spec.signals = SpecSignals.detect(in: sections, spec: spec)
        return spec
    }

    /// Reads what a section holds by its kind, and every `FR-`/`SC-` item wherever it stands.
    /// - Parameter numberedCriteria: whether an `SC-` criterion was read yet; kept here rather
    ///   than searched for in every success-criteria section.
    private static func read(
        _ section: MarkdownSection, kind: SpecSectionKind, into spec: inout Spec, numberedCriteria: inout Bool
    ) {
        guard kind != .boilerplate else { return }
        let items = MarkdownStructure.listItems(section.lines)
        readContent(of: section, kind: kind, items: items, into: &spec)
        let group = section.heading?.title ?? "Requirements"
        for item in items {
            if let requirement = identified(item.text, prefixes: ["FR", "NFR", "REQ"]) {
                spec.requirements.append(Requirement(id: requirement.id, text: requirement.text, group: group))
            } else if let criterion = identified(item.text, prefixes: ["SC"]) {
                spec.successCriteria.append(Criterion(id: criterion.id, text: criterion.text))
                numberedCriteria = true
            }
        }
        if kind == .successCriteria {
            if !numberedCriteria {
                spec.successCriteria += items.filter { identified($0.text, prefixes: ["SC"]) == nil }.map {
                    Criterion(id: nil, text: PlainText.of($0.text))
                }
            }
            spec.successCriteria += MarkdownStructure.tableRows(section.lines).compactMap(criterion(fromRow:))
        }
    }

    /// What only a section of this kind gives: its first paragraph, its scenarios, entities, edge cases….
    private static func readContent(
        of section: MarkdownSection, kind: SpecSectionKind, items: [ListItem], into spec: inout Spec
    ) {
        switch kind {
        case .overview:
            if spec.overview == nil,
                let first = MarkdownStructure.paragraphs(section.lines).first(where: { !isMetadataLine($0) })
            {
                spec.overview = PlainText.of(first)
            }
        case .primaryStory:
            if let first = MarkdownStructure.paragraphs(section.lines).first { spec.primaryStory = PlainText.of(first) }
        case .acceptance:
            spec.looseScenarios += items.filter(\.isNumbered).map { PlainText.of($0.text) }
        case .entities:
            spec.entities += items.compactMap(entity)
        case .edgeCases:
            spec.edgeCases += items.map { PlainText.of($0.text) }
        case .assumptions:
            spec.assumptions += items.map { PlainText.of($0.text) }
        case .dependencies:
            spec.dependencies += items.map { PlainText.of($0.text) }
        case .clarifications:
            spec.answeredQuestions += items.map { PlainText.of($0.text) }.filter {
                $0.hasPrefix("Q:") || $0.hasPrefix("Q ")
            }
        case .userScenarios, .requirements, .successCriteria, .boilerplate, .other:
            break
        }
    }

    /// An item's text split after the id it starts with.
    struct Identified {
        /// `FR-001`, `SC-002`, `FR-003a`.
        var id: String
        var text: String
    }

    /// `**FR-001**: System MUST …` -> `FR-001` and `System MUST …`, for ids with one of `prefixes`.
    static func identified(_ text: String, prefixes: [String]) -> Identified? {
        // An id looks like `XX-1`: without a dash followed by a digit there is none to find.
        var sawDashDigit = false
        var previous: UInt8 = 0
        for byte in text.utf8.prefix(16) {
            if previous == 45 && (48...57).contains(byte) {
                sawDashDigit = true
                break
            }
            previous = byte
        }
        guard sawDashDigit else { return nil }
        let plain = PlainText.of(text)
        for prefix in prefixes where plain.hasPrefix(prefix + "-") {
            let afterDash = plain.dropFirst(prefix.count + 1)
            let digits = afterDash.prefix(while: \.isNumber)
            guard !digits.isEmpty else { continue }
            var rest = afterDash.dropFirst(digits.count)
            var suffix = ""
            if let letter = rest.first, letter.isLowercase, letter.isASCII,
                rest.dropFirst().first.map({ !$0.isLetter }) ?? true
            {
                suffix = String(letter)
                rest = rest.dropFirst()
            }
            let body = String(rest).trimmed.drop(while: { ":：.-–— ".contains($0) })
            return Identified(id: "\(prefix)-\(digits)\(suffix)", text: String(body).trimmed)
        }
        return nil
    }

    /// Which part of a user story's section a line belongs to: each `**Label**:` line starts a part.
    private enum StoryPart {
        /// The lines before the first label: the story in a sentence or two.
        case description
        /// Under `**Acceptance Scenarios**:` (or its translation).
        case scenarios
        /// Under any other label (`**Why this priority**:`, `**Independent Test**:`): not read.
        case otherLabel
    }

    private static func userStory(_ heading: StoryHeading, number: Int, lines: [MarkdownLine]) -> UserStory {
        var descriptionLines: [MarkdownLine] = []
        var scenarioLines: [MarkdownLine] = []
        var part = StoryPart.description
        for line in lines {
            let body = line.text.trimmed
            if line.isProse, MarkdownStructure.isLabel(body) {
                part = SpecSectionKind(title: PlainText.of(body)) == .acceptance ? .scenarios : .otherLabel
                continue
            }
            switch part {
            case .description: descriptionLines.append(line)
            case .scenarios: scenarioLines.append(line)
            case .otherLabel: break
            }
        }
        var scenarios = MarkdownStructure.listItems(scenarioLines).map { PlainText.of($0.text) }
        if scenarios.isEmpty {
            scenarios = MarkdownStructure.listItems(lines).filter { $0.text.contains("Given") }.map {
                PlainText.of($0.text)
            }
        }
        let description = MarkdownStructure.paragraphs(descriptionLines).first.map(PlainText.of) ?? ""
        return UserStory(
            number: number, title: heading.title, priority: heading.priority, description: description,
            scenarios: scenarios)
    }

    private static func entity(_ item: ListItem) -> Entity? {
        let text = item.text
        if text.hasPrefix("**"), let close = text.dropFirst(2).firstRange(of: "**") {
            let name = String(text[text.index(text.startIndex, offsetBy: 2)..<close.lowerBound])
            var rest = String(text[close.upperBound...]).trimmed
            if rest.hasPrefix("("), let end = rest.firstIndex(of: ")") {
                rest = String(rest[rest.index(after: end)...]).trimmed
            }
            rest = String(rest.drop(while: { ":：-–— ".contains($0) }))
            return Entity(name: PlainText.of(name).trimmed, description: PlainText.of(rest))
        }
        let plain = PlainText.of(text)
        if let colon = plain.firstIndex(where: { $0 == ":" || $0 == "：" }),
            plain.distance(from: plain.startIndex, to: colon) <= 40
        {
            return Entity(
                name: String(plain[..<colon]).trimmed, description: String(plain[plain.index(after: colon)...]).trimmed)
        }
        return nil
    }

    private static func criterion(fromRow cells: [String]) -> Criterion? {
        let filled = cells.map(PlainText.of).filter { !$0.isEmpty }
        guard filled.count >= 2 else { return nil }
        return Criterion(id: nil, text: filled.joined(separator: " — "))
    }

    /// A spec that follows no template: its first paragraphs are the overview and its bullets the requirements.
    private static func freeForm(_ sections: [MarkdownSection], into spec: inout Spec) {
        let prose = sections.filter { $0.kind != .boilerplate }
        let paragraphs = prose.flatMap { MarkdownStructure.paragraphs($0.lines) }.filter {
            !isMetadataLine($0) && Prose.sentences($0).count >= 1 && $0.count > 40
        }
        if !paragraphs.isEmpty {
            let overview = PlainText.of(paragraphs.prefix(2).joined(separator: " "))
            spec.overview = overview.isEmpty ? nil : overview
        }
        if spec.requirements.isEmpty {
            spec.requirements = prose.flatMap(listedRequirements)
        }
    }

    /// Bullets under a requirements heading, for free-form specs that number nothing.
    private static func unnumberedRequirements(_ sections: [MarkdownSection]) -> [Requirement] {
        sections.filter { $0.kind == .requirements }.flatMap(listedRequirements)
    }

    /// The section's list items but checklist lines, each a requirement without an id.
    private static func listedRequirements(_ section: MarkdownSection) -> [Requirement] {
        MarkdownStructure.listItems(section.lines).filter { !$0.isCheckbox }.map {
            Requirement(id: nil, text: PlainText.of($0.text), group: section.heading?.title ?? "Requirements")
        }
    }

    /// `**Key**: value` lines before the first `##` heading, with or without trailing double spaces.
    private static func metadata(_ lines: [MarkdownLine]) -> [String: String] {
        var result: [String: String] = [:]
        for line in lines.prefix(40) where line.isProse {
            let body = line.text.trimmed
            if body.hasPrefix("## ") { break }
            guard body.hasPrefix("**"), let close = body.dropFirst(2).firstRange(of: "**") else { continue }
            let key = String(body[body.index(body.startIndex, offsetBy: 2)..<close.lowerBound]).trimmed
            var value = String(body[close.upperBound...])
            if value.hasPrefix(":") || value.hasPrefix("：") { value.removeFirst() }
            result[key.hasSuffix(":") ? String(key.dropLast()) : key] = value.trimmed
        }
        return result
    }

    /// Empty, or the template's own text: `$ARGUMENTS`, `[FEATURE DESCRIPTION]`.
    static func isPlaceholder(_ text: String) -> Bool {
        text.isEmpty || text.hasPrefix("$") || (text.hasPrefix("[") && text.hasSuffix("]"))
    }

    private static func isInputKey(_ key: String) -> Bool {
        ["input", "entrada", "entrée", "eingabe", "输入", "入力"].contains(key.lowercased())
    }

    private static func isMetadataLine(_ text: String) -> Bool {
        text.hasPrefix("**") && text.contains("**:")
    }

    /// `User description: "Add a thing."` -> `Add a thing.`
    static func cleanedInput(_ value: String) -> String {
        var text = value.trimmed
        for prefix in [
            "User description:", "user description:", "Descripción del usuario:", "Description utilisateur :",
            "Description utilisateur:",
        ]
        where text.hasPrefix(prefix) {
            text = String(text.dropFirst(prefix.count)).trimmed
        }
        let quotes: [(Character, Character)] = [("\"", "\""), ("“", "”"), ("'", "'"), ("「", "」")]
        for (open, close) in quotes where text.first == open && text.last == close && text.count >= 2 {
            text = String(text.dropFirst().dropLast())
        }
        return PlainText.of(text)
    }
}
