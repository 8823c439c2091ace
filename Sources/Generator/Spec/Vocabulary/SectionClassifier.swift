/// Tells what a heading means, in any language of ``SectionVocabulary``: its own words first,
/// then the section it stands in. The table is compiled once into a first-character index, so
/// classifying a heading is one pass over its characters whatever the number of languages.
///
/// Precedence, when several phrases of one heading match, is deterministic: a numbered story or
/// phase ("Fase 1: Modelo de datos") first, then the longest phrase (a Latin word counts two, a
/// CJK character one), then the earliest, then the first row of the table. So "Success Criteria" beats "criteria", "Non-Functional Requirements" beats
/// "Requirements", "User Scenarios & Testing" is scenarios and "Assumptions & Dependencies"
/// assumptions. A heading that opens with an id (`### EC-003: Empty file`, `### AC1: …`) means
/// what the id's kind means.
public struct SectionClassifier: Sendable {
    struct Candidate: Sendable {
        let meaning: SectionMeaning?
        let numbered: SectionMeaning?
        let placement: SectionVocabulary.Placement
        let units: Int
        let language: SpecLanguage
    }

    /// The best phrase of a heading.
    struct Match {
        let meaning: SectionMeaning
        let start: Int
        let units: Int
        let order: Int
    }

    private let phrases: ScalarPhraseTable<Candidate>

    /// The classifier of the whole vocabulary, compiled once.
    public static let standard = SectionClassifier(SectionVocabulary.table)

    public init(_ table: [(language: SpecLanguage, groups: [SectionVocabulary.Group])]) {
        var entries: [(String, Candidate)] = []
        for (language, groups) in table {
            for group in groups {
                for phrase in group.phrases {
                    let folded = NormalizedHeading(phrase).folded
                    let candidate = Candidate(
                        meaning: group.meaning, numbered: group.numbered, placement: group.placement,
                        units: SectionClassifier.units(of: folded), language: language)
                    entries.append((folded, candidate))
                }
            }
        }
        phrases = ScalarPhraseTable(entries) { $0 }
    }

    /// What the heading's own words mean; nil when they say nothing the table knows
    /// ("Radio Communication", "Session 2025-12-04").
    public func meaning(of title: String) -> SectionMeaning? {
        if let id = ItemIDScanner.headingID(in: title), let meaning = (ItemKind.of(id, in: nil)).sectionMeaning {
            return meaning
        }
        return bestMatch(NormalizedHeading.folded(title))?.meaning
    }

    /// What the heading means where it stands: `parent` is the resolved meaning of the section
    /// it is nested in (nil at the top or under the spec's title). See ``resolve(own:hasPriority:under:)``.
    public func meaning(of title: String, under parent: SectionMeaning?) -> SectionMeaning {
        if let parent, parent.absorbsSubsections { return parent }
        let hasPriority =
            title.utf8.contains(where: { $0 == 80 || $0 == 112 || $0 >= 0x80 }) && PriorityReader.find(in: title) != nil
        return SectionClassifier.resolve(own: meaning(of: title), hasPriority: hasPriority, under: parent)
    }

    /// The languages whose rows match the heading (for language detection).
    func languages(ofHeading title: String) -> Set<SpecLanguage> {
        var result = Set<SpecLanguage>()
        phrases.forEachMatch(in: NormalizedHeading.folded(title)) { phrase, _ in result.insert(phrase.value.language) }
        return result
    }

    /// The rules of nesting:
    /// - under a section that absorbs its subsections (Clarifications, Out of Scope, template
    ///   guidance, …) everything shares its meaning;
    /// - a heading with no meaning of its own takes its parent's; under User Scenarios it is a
    ///   story, under Phases a phase; with a priority marker and no parent, a story;
    /// - a weak meaning (overview, "Goals") yields to a strong parent: "Technical Goals" under
    ///   Success Criteria is success criteria;
    /// - plain "Requirements" under a kind of requirements keeps that kind; requirement kinds
    ///   under Success Criteria are criteria ("User Experience Goals"), under Phases a phase.
    public static func resolve(own: SectionMeaning?, hasPriority: Bool, under parent: SectionMeaning?) -> SectionMeaning
    {
        if let parent, parent.absorbsSubsections { return parent }
        let context = parent == .title ? nil : parent
        guard let own else {
            switch context {
            case nil, .other?: return hasPriority ? .userStory : .other
            case .overview?: return hasPriority ? .userStory : .overview
            case .userScenarios?: return .userStory
            case .phases?: return .phase
            case let context?: return context
            }
        }
        guard let context else { return own }
        if own.isWeak { return context == .overview ? own : context }
        if context == .other { return own }
        switch (own, context) {
        case (.requirements(.general), .requirements):
            return context
        case (.requirements, .successCriteria):
            return .successCriteria
        case (.requirements, .phases), (.requirements, .phase):
            return .phase
        default:
            return own
        }
    }

    // MARK: - Matching

    func bestMatch(_ line: FoldedScalars) -> Match? {
        let coreEnd = SectionClassifier.coreEnd(line.folded)
        var best: Match?
        phrases.forEachMatch(in: line) { phrase, start in
            let candidate = phrase.value
            let end = start + phrase.length
            guard SectionClassifier.allows(candidate.placement, start: start, end: end, coreEnd: coreEnd) else {
                return
            }
            let numbered =
                candidate.numbered != nil && SectionClassifier.isNumbered(line.folded, start: start, end: end)
            guard let meaning = numbered ? candidate.numbered : candidate.meaning else { return }
            // "Fase 1: Modelo de datos" is a phase whatever the rest says.
            let units = candidate.units + (numbered ? 1000 : 0)
            let match = Match(meaning: meaning, start: start, units: units, order: phrase.order)
            if let current = best {
                let better =
                    match.units != current.units
                    ? match.units > current.units
                    : match.start != current.start ? match.start < current.start : match.order < current.order
                if better { best = match }
            } else {
                best = match
            }
        }
        return best
    }

    private static func allows(_ placement: SectionVocabulary.Placement, start: Int, end: Int, coreEnd: Int) -> Bool {
        switch placement {
        case .anywhere: return true
        case .start: return start == 0
        case .edge: return start == 0 || end >= coreEnd
        case .whole: return start == 0 && end >= coreEnd
        }
    }

    /// Where the heading ends without a trailing parenthesis: "Summary (added)" ends after "summary".
    private static func coreEnd(_ s: [Unicode.Scalar]) -> Int {
        guard s.last == ")", let open = s.lastIndex(of: "(") else { return s.count }
        var end = open
        while end > 0, s[end - 1] == " " { end -= 1 }
        return end == 0 ? s.count : end
    }

    private static let numerals: Set<Unicode.Scalar> = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "两"]

    /// A number right after the phrase ("Story 2", "Phase #3") or right before it ("第二阶段", "1단계").
    private static func isNumbered(_ s: [Unicode.Scalar], start: Int, end: Int) -> Bool {
        var k = end
        while k < s.count, s[k] == " " || s[k] == "#" || s[k] == "." { k += 1 }
        if k < s.count, ("0"..."9").contains(s[k]) || numerals.contains(s[k]) { return true }
        var before = start - 1
        while before >= 0, s[before] == " " { before -= 1 }
        return before >= 0 && (("0"..."9").contains(s[before]) || numerals.contains(s[before]))
    }

    /// A phrase's weight: two per Latin word, one per CJK character.
    private static func units(of phrase: String) -> Int {
        var units = 0
        var inWord = false
        for scalar in phrase.unicodeScalars {
            if WritingScript(scalar).isCJK {
                units += 1
                inWord = false
            } else if WritingScript.isWordCharacter(scalar) {
                if !inWord { units += 2 }
                inWord = true
            } else {
                inWord = false
            }
        }
        return units
    }
}
