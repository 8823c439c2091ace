/// Names a phase of requirements that belong to no story (an old-template spec, or what is left
/// of a spec's requirements once each story has its own), so that a reader sees what the phase
/// builds rather than "Core Requirements".
///
/// The spec's own words come first: the author's sub-heading the requirements share, then the
/// key entities most of them are about; only then the two words particular to the phase (used
/// often here, rarely in the other phases), as the spec writes them. Words in scripts without
/// spaces are never names: their character pairs are fragments, not words. When nothing names
/// the phase, it is called what it is: requirements, with their id range beside it.
struct TopicNamer {
    /// A key entity and the words that must appear in a requirement about it.
    private struct EntityKey {
        var name: String
        var words: Set<String>
    }

    /// Words that say how rather than what: never a phase's name.
    private static let vagueWords: Set<String> = [
        "implementation", "implement", "before", "after", "during", "described", "describe", "keep", "ensure",
        "handle", "include", "including", "every", "need", "case", "way", "make", "time", "always", "never", "least",
        "could", "would", "being", "there", "these", "those", "some", "over", "under", "about", "same", "clear",
        "implemented", "actual", "planned", "future", "completed", "status", "les", "des", "une", "pour", "dans",
        "avec", "que", "qui", "por", "para", "con", "los", "las", "del", "una",
        "com", "uma", "das", "dos", "und", "der", "die", "mit", "fur", "ein", "eine", "sur", "est", "sont",
    ]

    private let entities: [EntityKey]
    /// The name of a phase whose requirements share no word: "Requirements" in the plan's language.
    private let fallback: String

    init(entities: [Entity], fallback: String = PlanPhrases.english.requirementsPhase) {
        self.fallback = fallback
        self.entities = entities.compactMap { entity in
            let words = Set(SignificantWords.of(entity.name))
            return words.isEmpty ? nil : EntityKey(name: entity.name, words: words)
        }
    }

    /// The name of a phase holding `chunk`.
    /// - Parameters:
    ///   - own: how many of the chunk's requirements use each word.
    ///   - phasesUsing: for each word, how many of the sibling phases use it.
    ///   - used: the entities and words that already name an earlier phase: two phases are not
    ///     both called "Module".
    func name(for chunk: [Requirement], own: [String: Int], phasesUsing: [String: Int], used: inout Set<String>)
        -> String
    {
        if let group = chunk.first?.group, chunk.allSatisfy({ $0.group == group }),
            SectionClassifier.standard.meaning(of: group) == nil, !group.isEmpty
        {
            return group
        }
        let least = chunk.count < 3 ? 1 : 2
        let about = entities.compactMap { entity -> (EntityKey, Int)? in
            let count = entity.words.reduce(Int.max) { min($0, own[$1] ?? 0) }
            return count >= least && !used.contains(entity.name) ? (entity, count) : nil
        }
        let named = about.enumerated().sorted { ($0.element.1, $1.offset) > ($1.element.1, $0.offset) }
            .prefix(2).map(\.element.0)
        if !named.isEmpty {
            for entity in named { used.formUnion(entity.words.union([entity.name])) }
            return named.map(\.name).joined(separator: " & ")
        }
        let scored = own.filter { word, count in
            count >= least && word.utf8.count >= 4 && word.utf8.allSatisfy { $0 < 0x80 }
                && !Self.vagueWords.contains(word) && !used.contains(word)
        }
        .map { word, count in (word, Double(count * count) / Double(phasesUsing[word] ?? 1)) }
        let top = scored.sorted { ($0.1, $1.0) > ($1.1, $0.0) }.prefix(2)
        guard !top.isEmpty else { return fallback }
        used.formUnion(top.map(\.0))
        let texts = chunk.map(\.text)
        return top.map { Prose.upperCasingFirstLetter(Self.surface(of: $0.0, in: texts)) }.joined(separator: " & ")
    }

    /// The first word of `texts` whose significant form is `key`, as written ("Dependencies" for
    /// `dependencie`); the key itself when none is found.
    static func surface(of key: String, in texts: [String]) -> String {
        for text in texts {
            for token in text.split(whereSeparator: { !$0.isLetter && !$0.isNumber }) {
                // Most tokens are ruled out by their first letter before the word is made.
                guard token.utf8.count >= key.utf8.count - 2,
                    let first = token.utf8.first, let keyFirst = key.utf8.first,
                    first | 0x20 == keyFirst || first >= 0x80 || keyFirst >= 0x80
                else { continue }
                if SignificantWords.of(String(token)) == [key] { return String(token) }
            }
        }
        return key
    }
}
