/// The vocabulary words of one line, found in one pass: requirement modals, choice words, kind
/// phrases and definitions. The reader asks these questions of every line of a spec on every
/// save, so they share one scan instead of one per word list.
struct LineWords {
    enum Word: Sendable, Equatable {
        case modal
        case choice
        /// A kind phrase; `definitionOnly` when it counts only where the line defines the project.
        case kind(ProjectKind, definitionOnly: Bool)
        /// "is a", "ist ein": the verb of a definition.
        case definitionVerb
        /// "本项目是": a definition by itself.
        case definitionOpener
    }

    let folded: FoldedLine
    let matches: [(value: Word, start: Int, end: Int)]

    init(_ line: String) {
        folded = FoldedLine(line)
        matches = LineWords.vocabulary.matches(in: folded)
    }

    private init(folded: FoldedLine, matches: [(value: Word, start: Int, end: Int)]) {
        self.folded = folded
        self.matches = matches
    }

    /// The words of a line not scanned: one with no mention and no kind phrase (``KindWordFilter``),
    /// whose modals and choice words would decide nothing.
    static let none = LineWords(folded: FoldedLine(bytes: []), matches: [])

    var isRequirement: Bool { matches.contains { $0.value == .modal } }

    /// Where the first choice word ("use", "使用") ends.
    var choiceEnd: Int? { matches.filter { $0.value == .choice }.map(\.end).min() }

    /// The kinds the line speaks of, each once, in ``ProjectKind`` order.
    func kinds(definition: Bool) -> [ProjectKind] {
        var found = Set<ProjectKind>()
        for match in matches {
            if case .kind(let kind, let definitionOnly) = match.value, definition || !definitionOnly {
                found.insert(kind)
            }
        }
        return ProjectKind.allCases.filter(found.contains)
    }

    var definitionVerbEnd: Int? { matches.filter { $0.value == .definitionVerb }.map(\.end).min() }
    var hasDefinitionOpener: Bool { matches.contains { $0.value == .definitionOpener } }

    private static let vocabulary: PhraseSet<Word> = {
        var entries: [(String, Word)] =
            StackVocabulary.modals.map { ($0, .modal) } + StackVocabulary.choices.map { ($0, .choice) }
        entries += KindPhrases.phraseTable.flatMap { kind, anywhere, inDefinitions in
            anywhere.map { ($0, Word.kind(kind, definitionOnly: false)) }
                + inDefinitions.map { ($0, Word.kind(kind, definitionOnly: true)) }
        }
        entries +=
            KindPhrases.definitionVerbs.map { ($0, .definitionVerb) }
            + KindPhrases.definitionOpeners.map { ($0, .definitionOpener) }
        return PhraseSet(entries)
    }()
}
