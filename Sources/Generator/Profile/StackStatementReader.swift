/// Reads the technologies a constitution, a spec or a Spec Kit plan states, whatever its headings
/// or language: stack fields (`- **Backend**: Rust, axum`, `**Language/Version**: Python 3.11`,
/// `言語: TypeScript`), tables (`| Language | Go 1.22 |`), lines of a stack section ("Technical
/// Standards", "技术栈", "Technische Rahmenbedingungen"), requirements ("MUST use SwiftUI"), and the
/// phrases that say what kind of project it is.
///
/// One pass over the lines after one pass of the matcher over the text; nothing is read from
/// code blocks, HTML comments, or sections about what is out of scope.
public enum StackStatementReader {
    public static func read(_ text: String, source: ProfileSource, catalogue: TechnologyCatalogue = .standard)
        -> StackStatements
    {
        read(text, lines: markdownLines(text), source: source, catalogue: catalogue)
    }

    /// With the text's lines already split (`markdownLines(text)`), as the spec parser splits them:
    /// a spec's lines are split once per plan, not once per reader.
    static func read(
        _ text: String, lines: [MarkdownLine], source: ProfileSource, catalogue: TechnologyCatalogue = .standard
    ) -> StackStatements {
        var state = ReaderState(source: source)
        if case .specKitPlan = source {
            state.technicalContextOnly = true
            state.hasTechnicalContext = lines.contains {
                $0.isProse && Heading(line: $0.text).map { StackVocabulary.isTechnicalContextHeading($0.title) } == true
            }
        }
        let byLine = Dictionary(grouping: catalogue.mentions(in: text), by: \.line)
        for (index, line) in lines.enumerated() where line.isProse {
            if line.text.utf8.first == 35, let heading = Heading(line: line.text) {
                state.enter(heading)
                if !state.isNegativeSection, state.readsKindPhrases, KindWordFilter.mayHoldKindPhrase(heading.title) {
                    state.readKinds(
                        heading.title, LineWords(heading.title), context: nil, number: index + 1,
                        definition: heading.level == 1)
                }
                continue
            }
            guard !state.isNegativeSection, !line.text.isEmpty else { continue }
            let next = index + 1 < lines.count ? lines[index + 1].text : ""
            // Most lines name no technology and no kind: only their shape is read, for the lines below.
            if byLine[index] == nil, !state.readsKindPhrases || !KindWordFilter.mayHoldKindPhrase(line.text) {
                state.pass(line.text, next: next, number: index + 1)
                continue
            }
            let words = LineWords(line.text)
            let context = state.context(of: line.text, words: words, next: next)
            state.readKinds(
                line.text, words, context: context, number: index + 1, definition: state.isDefinition(words, context))
            guard let mentions = byLine[index], state.readsTechnologies(context) else { continue }
            let relative = mentions.map {
                ($0.utf8Range.lowerBound - $0.lineStart)..<($0.utf8Range.upperBound - $0.lineStart)
            }
            for k in MentionFilter(line: line.text).kept(relative) {
                let mention = mentions[k]
                let declared = context.declares(at: relative[k].lowerBound) || state.isStackSection
                state.result.statements.append(
                    StackStatement(
                        technology: mention.technology, version: mention.version, isDeclared: declared,
                        line: index + 1, text: line.text.trimmed))
            }
        }
        return state.result
    }
}

/// The headings above the current line and what has been read so far.
private struct ReaderState {
    let source: ProfileSource
    var result = StackStatements()
    /// The headings above the line, with what each says about its section (read once per heading).
    var headings: [(heading: Heading, section: SectionTitle)] = []
    /// The label of a field whose values follow on their own lines (`**Primary Dependencies**:` then a list).
    var pendingLabel: StackVocabulary.Label?
    /// Table columns that state technologies (a header such as `| Layer | Technology |`).
    var tableDeclares = false
    /// A Spec Kit plan of another feature: only its Technical Context speaks for the project.
    var technicalContextOnly = false
    var hasTechnicalContext = false
    /// The first word of the document's title, taken as the project's name.
    var projectName: String?
    private var kindWeight: [ProjectKind: Int] = [:]

    init(source: ProfileSource) { self.source = source }

    var isNegativeSection: Bool { headings.contains { $0.section.isNegative } }
    var isStackSection: Bool { headings.contains { $0.section.isStack } }

    mutating func enter(_ heading: Heading) {
        if heading.level == 1, projectName == nil { projectName = KindPhrases.projectName(fromTitle: heading.title) }
        headings.removeAll { $0.heading.level >= heading.level }
        headings.append((heading, SectionTitle(heading.title, readsTechnicalContext: technicalContextOnly)))
        pendingLabel = nil
        tableDeclares = false
    }

    /// How the line states things, and the field label carried to the lines below it.
    mutating func context(of line: String, words: LineWords, next: String) -> LineContext {
        let context = LineContext(
            line: line, words: words, next: next, pendingLabel: pendingLabel, tableDeclares: tableDeclares)
        if context.isTableHeader { tableDeclares = context.headerDeclares }
        if !context.isTableRow, !context.isTableHeader, !context.startsWithPipe { tableDeclares = false }
        if let field = context.field {
            pendingLabel = field.valueIsEmpty ? field.label : nil
        } else if !context.isListItem, !line.trimmed.isEmpty {
            pendingLabel = nil
        }
        return context
    }

    /// Whether kind phrases of any line count: another feature's plan speaks only through its Project Type.
    var readsKindPhrases: Bool {
        if case .specKitPlan = source { return false }
        return true
    }

    /// A line with no mention and no kind phrase: what it changes for the lines below, and the kinds
    /// of a Project Type field (whose value need not be a kind phrase). A line with no colon and no
    /// table pipe is no field and no row: it only ends a pending label (unless a list item) and a table.
    mutating func pass(_ line: String, next: String, number: Int) {
        if LineContext.isPlainLine(line) {
            tableDeclares = false
            if !LineContext.leadingShape(line).isListItem { pendingLabel = nil }
            return
        }
        let context = context(of: line, words: .none, next: next)
        readKinds(line, .none, context: context, number: number, definition: false)
    }

    /// Whether the line's technologies count: in a plan, only inside its Technical Context (or, in a
    /// plan without that heading, only its Technical Context fields).
    func readsTechnologies(_ context: LineContext) -> Bool {
        guard technicalContextOnly else { return true }
        if hasTechnicalContext { return headings.contains { $0.section.isTechnicalContext } }
        return context.label != nil
    }

    var isDefiningSection: Bool { headings.last?.section.isDefining ?? false }

    /// Whether the line defines the project: "X is a …", a `**Scope**:` line, or prose under "Overview".
    func isDefinition(_ words: LineWords, _ context: LineContext) -> Bool {
        guard !technicalContextOnly else { return false }
        if let key = context.fieldKey, KindPhrases.isDefiningTitle(key) { return true }
        return isDefiningSection && context.field == nil || KindPhrases.isDefinition(words, projectName: projectName)
    }

    /// Kind phrases of a line: a "Project Type" field counts most, a definition of the project
    /// next; other lines count little and at most twice per kind, so that a long text that keeps
    /// mentioning "API endpoints" cannot outvote what the project says it is.
    mutating func readKinds(_ line: String, _ words: LineWords, context: LineContext?, number: Int, definition: Bool) {
        let isProjectType = context?.label == .projectType
        // Another feature's plan describes that feature; only its Project Type speaks for the project.
        if case .specKitPlan = source, !isProjectType { return }
        let kinds =
            isProjectType ? KindPhrases.projectTypeKinds(context?.value ?? "") : words.kinds(definition: definition)
        let weight = isProjectType ? 4 : definition ? 3 : 1
        for kind in kinds {
            if weight == 1 {
                guard kindWeight[kind, default: 0] < 2 else { continue }
                kindWeight[kind, default: 0] += 1
            }
            result.kindEvidence.append(
                KindEvidence(kind: kind, source: source, weight: weight, line: line, number: number))
        }
    }
}

/// What a heading says about the section under it.
private struct SectionTitle {
    let isNegative: Bool
    let isStack: Bool
    let isTechnicalContext: Bool
    let isDefining: Bool

    /// - Parameter readsTechnicalContext: whether the reader asks `isTechnicalContext` (Spec Kit
    ///   plans only); other sources skip its vocabulary, one of the costlier per heading.
    init(_ title: String, readsTechnicalContext: Bool) {
        let folded = FoldedLine(title)
        isNegative = StackVocabulary.isNegativeHeading(folded)
        isStack = StackVocabulary.isStackHeading(folded)
        isTechnicalContext = readsTechnicalContext && StackVocabulary.isTechnicalContextHeading(folded)
        isDefining = KindPhrases.isDefiningTitle(folded)
    }
}
