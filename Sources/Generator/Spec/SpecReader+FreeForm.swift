/// What free-form specs state of their own plan: phases and their tasks and durations, risks
/// and mitigations, a timeline, components and interfaces; and the question sections.
extension SpecReader {
    // MARK: Phases

    /// A phase heading (`Phase 2: Node System (Week 3-4)`), a section nested in one (more of its
    /// tasks), or a phases section whose items or bold lines are the phases.
    mutating func readPhase(_ index: Int, _ found: [SpecBlock]) {
        let section = outline.sections[index]
        var current: Int?
        if let parent = section.parent, let owner = outline.ancestor(of: parent, where: { $0 == .phase }),
            let known = phaseOfSection[owner]
        {
            current = known
        } else if section.meaning == .phase, let heading = section.heading {
            current = startPhase(heading.title)
        }
        if let current { phaseOfSection[index] = current }
        for block in found {
            switch block {
            case .item(let item):
                if section.meaning == .phases, current == nil || Self.isPhaseTitle(item.text) {
                    let phase = startPhase(
                        Self.isPhaseTitle(item.text) ? item.text : (section.heading?.title ?? item.text))
                    current = phase
                    if Self.isPhaseTitle(item.text) {
                        spec.phases[phase].tasks += item.children.map(QuotedText.of)
                        continue
                    }
                }
                // A requirement with its id in a phase is the phase's task and stays a requirement:
                // a plan that does not follow the spec's phases still cites it.
                collectStray(item.fullText, index)
                if let current { spec.phases[current].tasks.append(QuotedText.of(item.fullText)) }
            case .emphasised(let text):
                if Self.isPhaseTitle(text) { current = startPhase(text) }
            case .label(let name, let value):
                if Self.isPhaseTitle(name) {
                    current = startPhase(name)
                    if !value.isEmpty, let current { spec.phases[current].tasks.append(QuotedText.of(value)) }
                }
            case .table(let table):
                readPhaseTable(table)
            case .paragraph:
                break
            }
        }
    }

    static func isPhaseTitle(_ text: String) -> Bool {
        CountedHeading.split(QuotedText.of(text), as: .phase) != nil
    }

    /// A phase from its title: its number and duration cut off, what is left its name.
    @discardableResult
    mutating func startPhase(_ title: String) -> Int {
        let quoted = QuotedText.of(title)
        let counted = CountedHeading.split(quoted, as: .phase)
        var name = counted?.rest ?? quoted
        let duration = Duration.first(in: name)
        if let duration {
            name.removeSubrange(duration.range)
            name = name.replacing("()", with: "").replacing("（）", with: "")
        }
        name = name.trimming(" -–—:：|,(")
        spec.phases.append(
            SpecPhase(name: name.isEmpty ? quoted : name, number: counted?.number, tasks: [], days: duration?.days))
        return spec.phases.count - 1
    }

    /// `| Phase | Duration | Tasks |`: a phase per row.
    private mutating func readPhaseTable(_ table: SpecTable) {
        let roles = TableColumn.roles(table.header)
        guard let nameColumn = roles.firstIndex(of: .phase) ?? roles.firstIndex(of: .name) else { return }
        for row in table.rows where nameColumn < row.count {
            let phase = startPhase(row[nameColumn])
            if let column = roles.firstIndex(of: .duration), column < row.count,
                let duration = Duration.first(in: row[column])
            {
                spec.phases[phase].days = duration.days
            }
            for (column, cell) in row.enumerated() where column != nameColumn && roles[safe: column] != .duration {
                let text = QuotedText.of(cell)
                if !text.isEmpty { spec.phases[phase].tasks.append(text) }
            }
        }
    }

    // MARK: Timeline

    /// Durations of a timeline's entries, and its total: `Phase 1 — 3 days`, `Total: 8 days`,
    /// `| Phase | Duration |`.
    mutating func readTimeline(_ found: [SpecBlock]) {
        var lines: [String] = []
        for block in found {
            switch block {
            case .item(let item): lines.append(item.fullText)
            case .paragraph(let text): lines.append(text)
            case .label(let name, let value): lines.append("\(name): \(value)")
            case .table(let table): lines += table.rows.map { $0.joined(separator: " | ") }
            case .emphasised(let text): lines.append(text)
            }
        }
        for line in lines.map(QuotedText.of) {
            guard let duration = Duration.first(in: line) else { continue }
            if Self.totalWords.contains(where: { FoldedScalars.folded(line).contains($0) }) {
                timelineTotal = duration.days
            } else {
                var name = line
                name.removeSubrange(duration.range)
                timelineEntries.append((name.trimming(" -–—:：|()"), duration.days))
            }
        }
    }

    static let totalWords = [
        "total", "overall", "in all", "gesamt", "insgesamt", "合计", "合計", "总计", "總計", "共计", "全体", "총",
    ]

    // MARK: Risks

    /// Risks with their mitigations: `- Risk — Mitigation: …`, a `| Risk | Impact | Mitigation |`
    /// table, `### Risk 1: …` with a `**Mitigation**:` line.
    mutating func readRisks(_ index: Int, _ found: [SpecBlock]) {
        let section = outline.sections[index]
        if let heading = section.heading, let parent = section.parent, outline.sections[parent].meaning == .risks {
            let mitigation = found.compactMap { block -> String? in
                if case .label(let name, let value) = block, TableColumn.role(ofHeader: name) == .mitigation {
                    return QuotedText.of(value)
                }
                return nil
            }.first
            let text = found.compactMap(Self.text(of:)).first.map(QuotedText.of)
            spec.risks.append(
                SpecRisk(title: Self.riskTitle(QuotedText.of(heading.title)), mitigation: mitigation ?? text))
            return
        }
        for block in found {
            switch block {
            case .item(let item):
                spec.risks.append(Self.risk(QuotedText.of(item.text), children: item.children.map(QuotedText.of)))
            case .table(let table):
                let roles = TableColumn.roles(table.header)
                let risk =
                    roles.firstIndex(of: .risk) ?? roles.firstIndex(of: .name) ?? roles.firstIndex(of: .text) ?? 0
                let mitigation = roles.firstIndex(of: .mitigation)
                for row in table.rows where risk < row.count {
                    let title = QuotedText.of(row[risk])
                    guard !title.isEmpty else { continue }
                    spec.risks.append(
                        SpecRisk(
                            title: title,
                            mitigation: mitigation.flatMap { $0 < row.count ? QuotedText.of(row[$0]) : nil }))
                }
            case .label(let name, let value):
                if TableColumn.role(ofHeader: name) == .mitigation, let last = spec.risks.indices.last,
                    spec.risks[last].mitigation == nil
                {
                    spec.risks[last].mitigation = QuotedText.of(value)
                } else {
                    spec.risks.append(
                        Self.risk(QuotedText.of(value.isEmpty ? name : "\(name): \(value)"), children: []))
                }
            case .paragraph, .emphasised:
                break
            }
        }
    }

    /// "Risk 2: Data loss" -> "Data loss".
    private static func riskTitle(_ title: String) -> String {
        let words = title.split(separator: " ", maxSplits: 2)
        guard words.count >= 2, TableColumn.role(ofHeader: String(words[0])) == .risk,
            words[1].trimming(":：.-").allSatisfy(\.isNumber)
        else { return title }
        return words.count == 3 ? String(words[2]).trimming(" :：-–—") : title
    }

    /// A risk and its mitigation from an item: "Mitigation:" in its text or in a nested item.
    private static func risk(_ text: String, children: [String]) -> SpecRisk {
        for child in children {
            if let named = namedItem(child), TableColumn.role(ofHeader: named.name) == .mitigation {
                return SpecRisk(title: text, mitigation: named.purpose)
            }
        }
        let folded = FoldedScalars.folded(text)
        for word in [
            "mitigation:", "mitigación:", "mitigação:", "atténuation :", "atténuation:", "gegenmaßnahme:", "缓解：", "缓解:",
            "対策：", "対策:", "완화:",
        ] {
            guard let range = folded.firstRange(of: word) else { continue }
            let offset = folded.unicodeScalars.distance(from: folded.unicodeScalars.startIndex, to: range.lowerBound)
            let split = text.unicodeScalars.index(text.unicodeScalars.startIndex, offsetBy: offset)
            let title = String(text[..<split]).trimming(" -–—;,.(")
            let mitigation = String(text[split...].dropFirst(word.count)).trimming(" )")
            return SpecRisk(title: title.isEmpty ? text : title, mitigation: mitigation.isEmpty ? nil : mitigation)
        }
        return SpecRisk(title: text)
    }

    // MARK: Components

    /// Components and interfaces: `- **Name**: purpose` items, a table, or sub-headings each
    /// naming one (its first paragraph or items its purpose).
    mutating func readComponents(_ index: Int, _ found: [SpecBlock]) {
        var named: [SpecComponent] = []
        var texts: [String] = []
        for block in found {
            switch block {
            case .item(let item):
                // A requirement or criterion with its id stays one, wherever the author put it.
                if collectStray(item.fullText, index) { continue }
                if let component = Self.namedItem(item.text) {
                    named.append(component)
                } else {
                    texts.append(QuotedText.of(item.fullText))
                }
            case .label(let name, let value):
                if collectStray("**\(name)**: \(value)", index) { continue }
                if !value.isEmpty {
                    named.append(SpecComponent(name: QuotedText.of(name), purpose: QuotedText.of(value)))
                }
            case .table(let table):
                named += ItemColumns(table.header).named(table.rows)
            case .paragraph(let text):
                texts.append(QuotedText.of(text))
            case .emphasised:
                break
            }
        }
        let section = outline.sections[index]
        if named.isEmpty, let heading = section.heading, let parent = section.parent,
            outline.sections[parent].meaning == .components,
            let text = texts.first
        {
            // `### Export API` and its description: one component (a heading over a code block alone names none).
            named = [
                SpecComponent(
                    name: QuotedText.of(heading.title), purpose: SentenceRules.sentences(in: text).first ?? text)
            ]
        }
        spec.components += named
    }

    // MARK: Questions

    /// `Q: … → A: …` items of a Clarifications section and its sessions.
    mutating func readClarifications(_ found: [SpecBlock]) {
        for case .item(let item) in found {
            let text = QuotedText.of(item.fullText)
            if text.hasPrefix("Q:") || text.hasPrefix("Q ") || text.hasPrefix("Q：")
                || text.first == "Q" && text.dropFirst().first?.isNumber == true
            {
                spec.answeredQuestions.append(text)
            }
        }
    }

    /// Each item (an unticked box, a row, a paragraph asking something) of an "Open Questions"
    /// section is a question.
    mutating func readOpenQuestions(_ found: [SpecBlock], section: String?) {
        for block in found {
            var candidates: [String] = []
            switch block {
            case .item(let item) where item.checkbox != .ticked: candidates = [item.text]
            case .table(let table):
                let roles = TableColumn.roles(table.header)
                let column = roles.firstIndex(of: .text) ?? roles.firstIndex(where: { $0 == nil }) ?? 0
                candidates = table.rows.compactMap { column < $0.count ? $0[column] : nil }
            case .paragraph(let text) where text.hasSuffix("?") || text.hasSuffix("？"): candidates = [text]
            case .label(let name, let value): candidates = ["**\(name)**: \(value)"]
            default: break
            }
            for candidate in candidates {
                guard let question = OpenQuestionScanner.question(inItem: candidate) else { continue }
                let itemID = ItemIDScanner.leading(in: candidate).map(\.id.text)
                blocks.questions.add(OpenQuestion(question: QuotedText.of(question), itemID: itemID, section: section))
            }
        }
    }
}

extension Array {
    subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
