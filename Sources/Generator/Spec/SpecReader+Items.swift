/// Requirements, success criteria, entities and edge cases: in lists, bold lines, headings and
/// tables alike, ids of every shape kept verbatim.
extension SpecReader {
    mutating func readRequirements(_ index: Int, kind: RequirementKind, _ found: [SpecBlock]) {
        let meaning = SectionMeaning.requirements(kind)
        if let heading = outline.sections[index].heading,
            let leading = ItemIDScanner.leading(in: "### " + heading.title)
        {
            // `### FR-001: Export` and the text under it: one requirement.
            let body = found.compactMap(Self.text(of:)).first
            let title = QuotedText.of(leading.rest)
            let text = body.map { title.isEmpty ? QuotedText.of($0) : "\(title): \(QuotedText.of($0))" } ?? title
            addIdentified(leading.id, text: text, index, meaning: meaning, priority: nil)
            return
        }
        for block in found {
            switch block {
            case .item(let item):
                guard !addRequirementLine(item.fullText, index, meaning: meaning), item.checkbox == nil else {
                    continue
                }
                let text = QuotedText.of(item.fullText)
                unnumbered.append(
                    Requirement(
                        id: nil, text: text, group: groupTitle(index), kind: kind, stories: storyCitations(text, index))
                )
            case .paragraph(let text):
                addRequirementLine(text, index, meaning: meaning)
            case .label(let name, let value):
                addRequirementLine("**\(name)**: \(value)", index, meaning: meaning)
            case .table(let table):
                readItemTable(table, index, meaning: meaning)
            case .emphasised:
                break
            }
        }
    }

    /// The first paragraph or item of a block list.
    static func text(of block: SpecBlock) -> String? {
        switch block {
        case .paragraph(let text): return text
        case .item(let item): return item.fullText
        default: return nil
        }
    }

    /// A line opening with an id, read as what its id and section make it; false without one.
    @discardableResult
    mutating func addRequirementLine(_ line: String, _ index: Int, meaning: SectionMeaning) -> Bool {
        guard let leading = ItemIDScanner.leading(in: line), leading.position != .inline else { return false }
        let (text, priority) = Self.cuttingPriority(Self.unbracketingLabel(QuotedText.of(leading.rest)))
        return addIdentified(leading.id, text: text, index, meaning: meaning, priority: priority)
    }

    /// `(Build once): Images are built once` -> `Build once: Images are built once`: the label
    /// after `**FR-040**` reads as a label once the id is followed by its colon in the plan.
    static func unbracketingLabel(_ text: String) -> String {
        guard text.hasPrefix("("), let close = text.firstIndex(of: ")"),
            text[text.index(after: close)...].hasPrefix(":")
        else {
            return text
        }
        let label = text[text.index(after: text.startIndex)..<close]
        guard !label.isEmpty, !label.contains("(") else { return text }
        return String(label + text[text.index(after: close)...])
    }

    @discardableResult
    private mutating func addIdentified(
        _ id: ItemID, text: String, _ index: Int, meaning: SectionMeaning, priority: PriorityLevel?
    ) -> Bool {
        switch ItemKind.of(id, in: meaning) {
        case .requirement(let kind):
            spec.requirements.append(
                Requirement(
                    id: id.text, text: text, group: groupTitle(index), kind: kind,
                    stories: storyCitations(text, index), priority: priority))
        case .successCriterion:
            spec.successCriteria.append(Criterion(id: id.text, text: text))
        default:
            return false
        }
        return true
    }

    /// A priority written in brackets, or at the start or end of an item (`(P1)`, `[P0]`,
    /// `（优先级：高）`, `- P2`), and the text without it; one in the middle of a sentence
    /// ("sorted by priority: high first") is the text's own.
    static func cuttingPriority(_ text: String) -> (String, PriorityLevel?) {
        guard let match = PriorityReader.find(in: text) else { return (text, nil) }
        let marker = text[match.range]
        let bracketed = marker.first.map { "([【（〔".contains($0) } ?? false
        guard bracketed || match.range.upperBound == text.endIndex || match.range.lowerBound == text.startIndex else {
            return (text, nil)
        }
        return (PriorityReader.removing(from: text), match.level)
    }

    /// A table of requirements or criteria, row by row through its header: the id column (or
    /// the cell holding an id), the text column, priority and story columns.
    mutating func readItemTable(_ table: SpecTable, _ index: Int, meaning: SectionMeaning) {
        let columns = ItemColumns(table.header)
        for row in table.rows {
            let item = columns.read(row)
            guard !item.text.isEmpty else { continue }
            if let id = item.id {
                addIdentified(id, text: item.text, index, meaning: meaning, priority: item.priority)
            } else if case .requirements(let kind) = meaning {
                unnumbered.append(
                    Requirement(
                        id: nil, text: item.text, group: groupTitle(index), kind: kind,
                        stories: item.stories + storyCitations(item.text, index), priority: item.priority))
            } else if meaning == .successCriteria {
                spec.successCriteria.append(Criterion(id: nil, text: item.text))
            }
        }
    }

    // MARK: Success criteria

    mutating func readCriteria(_ found: [SpecBlock]) {
        for block in found {
            switch block {
            case .item(let item): addCriterion(item.fullText)
            case .label(let name, let value): addCriterion(value.isEmpty ? "**\(name)**" : "**\(name)**: \(value)")
            case .table(let table): readItemTable(table, 0, meaning: .successCriteria)
            case .paragraph, .emphasised: break
            }
        }
    }

    private mutating func addCriterion(_ line: String) {
        if let leading = ItemIDScanner.leading(in: line), leading.position != .inline {
            spec.successCriteria.append(Criterion(id: leading.id.text, text: QuotedText.of(leading.rest)))
        } else {
            let text = Self.withoutCheckMark(QuotedText.of(line))
            if !text.isEmpty { spec.successCriteria.append(Criterion(id: nil, text: text)) }
        }
    }

    /// `✅ 60 FPS on all platforms` -> `60 FPS on all platforms`.
    static func withoutCheckMark(_ text: String) -> String {
        let marks: Set<Unicode.Scalar> = ["✅", "✔", "☑", "✓", "❌", "⬜", "🔲", "☐", "\u{FE0F}", " "]
        return String(String.UnicodeScalarView(text.unicodeScalars.drop(while: { marks.contains($0) })))
    }

    // MARK: Entities

    mutating func readEntities(_ index: Int, _ found: [SpecBlock]) {
        var named: [Entity] = []
        var texts: [String] = []
        for block in found {
            switch block {
            case .item(let item):
                if let entity = Self.namedItem(item.fullText) {
                    named.append(Entity(name: entity.name, description: entity.purpose))
                } else {
                    texts.append(QuotedText.of(item.fullText))
                }
            case .label(let name, let value):
                named.append(Entity(name: QuotedText.of(name), description: QuotedText.of(value)))
            case .table(let table):
                named += ItemColumns(table.header).named(table.rows).map {
                    Entity(name: $0.name, description: $0.purpose)
                }
            case .paragraph(let text): texts.append(QuotedText.of(text))
            case .emphasised: break
            }
        }
        let section = outline.sections[index]
        if named.isEmpty, let heading = section.heading, let parent = section.parent,
            outline.sections[parent].meaning == .entities
        {
            // `### Booking` and its description: one entity.
            named = [Entity(name: QuotedText.of(heading.title), description: texts.joined(separator: "; "))]
        }
        spec.entities += named
    }

    /// `**Name**: description`, `Name: description`, `` `name` - description ``, `Name — description`.
    static func namedItem(_ text: String) -> SpecComponent? {
        if text.hasPrefix("**") || text.hasPrefix("__"),
            let close = ByteSearch.firstRange(of: String(text.prefix(2)), in: text.dropFirst(2))
        {
            let name = QuotedText.of(String(text[text.index(text.startIndex, offsetBy: 2)..<close.lowerBound]))
            var rest = QuotedText.of(String(text[close.upperBound...]))
            if rest.hasPrefix("("), let end = rest.firstIndex(of: ")") {
                rest = String(rest[rest.index(after: end)...]).trimmed
            }
            rest = String(rest.drop(while: { ":：-–— ".contains($0) }))
            return SpecComponent(name: name.trimming(":： "), purpose: rest)
        }
        let plain = QuotedText.of(text)
        for separator in [" — ", " – ", " - ", ": ", "：", " -> ", " → "] {
            guard let range = ByteSearch.firstRange(of: separator, in: plain),
                plain.distance(from: plain.startIndex, to: range.lowerBound) <= 48
            else { continue }
            let name = String(plain[..<range.lowerBound]).trimmed
            guard !name.isEmpty, name.split(separator: " ").count <= 6 else { continue }
            return SpecComponent(name: name, purpose: String(plain[range.upperBound...]).trimmed)
        }
        return nil
    }

    // MARK: Edge cases

    /// Each edge case once: a bullet, a row, or an id heading or item with its fields
    /// (`EC-001: Empty file` and its Scenario / Expected Behavior) as one.
    mutating func readEdgeCases(_ index: Int, _ found: [SpecBlock]) {
        var items: [String] = []
        var found = found
        if let heading = outline.sections[index].heading, let id = ItemIDScanner.headingID(in: heading.title) {
            // `### EC-003: Empty file` with its fields: one edge case; an item with an id of its own
            // under it is another.
            let own = found.filter { !Self.opensWithID($0) }
            found = found.filter(Self.opensWithID)
            items.append(
                Self.edgeCase(title: QuotedText.of(heading.title), id: id, fields: own.compactMap(Self.field(of:))))
        }
        var paragraphs: [String] = []
        for block in found {
            switch block {
            case .item(let item):
                if let leading = ItemIDScanner.leading(in: item.text), leading.position != .inline,
                    !item.children.isEmpty
                {
                    let fields = item.children.compactMap {
                        Self.field(of: .item(SpecItem(text: $0, isNumbered: false)))
                    }
                    items.append(Self.edgeCase(title: QuotedText.of(item.text), id: leading.id, fields: fields))
                } else {
                    items.append(QuotedText.of(item.fullText))
                }
            case .table(let table): items += table.rows.map { QuotedText.of(Self.rowText($0.joined(separator: " | "))) }
            case .label(let name, let value): items.append(QuotedText.of(value.isEmpty ? name : "\(name): \(value)"))
            case .paragraph(let text): paragraphs.append(QuotedText.of(text))
            case .emphasised: break
            }
        }
        spec.edgeCases += items.isEmpty ? paragraphs : items
    }

    /// An item whose text opens with an id.
    private static func opensWithID(_ block: SpecBlock) -> Bool {
        guard case .item(let item) = block, let leading = ItemIDScanner.leading(in: item.text) else { return false }
        return leading.position != .inline
    }

    /// `**Expected Behavior**: …` -> ("Expected Behavior", "…").
    private static func field(of block: SpecBlock) -> (label: String, value: String)? {
        switch block {
        case .label(let name, let value): return (QuotedText.of(name), QuotedText.of(value))
        case .item(let item):
            guard let named = namedItem(item.text) else { return nil }
            return (named.name, named.purpose)
        default: return nil
        }
    }

    /// `EC-001: Empty file — an error names the file`: the title, then the expected behaviour
    /// when a field gives it.
    private static func edgeCase(title: String, id: ItemID, fields: [(label: String, value: String)]) -> String {
        let expected = fields.first { TableColumn.role(ofHeader: $0.label) == .then }?.value
        let base = title.hasPrefix(id.text) ? title : "\(id.text): \(title)"
        guard let expected, !expected.isEmpty else { return base }
        return base + " — " + expected
    }
}
