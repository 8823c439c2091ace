/// The heading table: for each language, the words and phrases that name each section meaning.
/// Adding a language is adding its rows here and a list in a `SectionVocabulary+…` file.
///
/// Phrases are written as people write them ("Non-Functional Requirements", "Schlüssel-Entitäten",
/// "功能需求"); they are compared after the same normalisation as headings (``NormalizedHeading``),
/// Latin ones as whole words with accents folded, CJK ones as substrings. When several phrases
/// of a heading match, ``SectionClassifier`` takes the longest, then the earliest, then the first
/// row: "Success Criteria" beats "criteria", "Non-Functional Requirements" beats "Requirements".
public enum SectionVocabulary {
    /// Where in the heading a phrase must stand to count.
    public enum Placement: Sendable, Equatable {
        case anywhere
        /// At the start or the end (a trailing parenthesis aside): "Summary" counts in "Gap
        /// Summary" and "Summary of changes", not in "GitHub Context Variables".
        case edge
        /// At the start: "As a developer".
        case start
        /// The whole heading: "Stack".
        case whole
    }

    /// Phrases of one language that share a meaning.
    public struct Group: Sendable {
        /// The meaning of a heading holding the phrase; nil when only the numbered form means something.
        public let meaning: SectionMeaning?
        /// The meaning when a number follows or precedes the phrase: "User Story 2", "Phase 1",
        /// "第二阶段", "1단계".
        public let numbered: SectionMeaning?
        public let placement: Placement
        public let phrases: [String]

        public init(meaning: SectionMeaning?, numbered: SectionMeaning?, placement: Placement, phrases: [String]) {
            self.meaning = meaning
            self.numbered = numbered
            self.placement = placement
            self.phrases = phrases
        }
    }

    /// Phrases that give a heading this meaning.
    public static func words(_ meaning: SectionMeaning, _ phrases: String..., at placement: Placement = .anywhere)
        -> Group
    {
        Group(meaning: meaning, numbered: nil, placement: placement, phrases: phrases)
    }

    /// Phrases that make one story or phase when numbered ("Phase 2"), and `meaning` otherwise.
    public static func counted(_ numbered: SectionMeaning, otherwise meaning: SectionMeaning?, _ phrases: String...)
        -> Group
    {
        Group(meaning: meaning, numbered: numbered, placement: .anywhere, phrases: phrases)
    }

    /// Every language's rows; English first, so that on a tie the template's own words win.
    public static let table: [(language: SpecLanguage, groups: [Group])] = [
        (.english, english), (.spanish, spanish), (.portuguese, portuguese), (.french, french), (.german, german),
        (.chinese, simplifiedChinese), (.chinese, traditionalChinese), (.japanese, japanese), (.korean, korean),
    ]
}
