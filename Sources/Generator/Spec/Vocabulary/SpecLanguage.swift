/// The language a spec is written in, as far as the vocabulary knows it. Every table of this
/// folder (headings, scenario keywords, priorities, id prefixes, input prefixes, open-question
/// markers) has rows for each case but `other`; adding a language is adding a case and rows.
public enum SpecLanguage: String, CaseIterable, Hashable, Sendable {
    case english = "en"
    /// Simplified and Traditional Chinese alike.
    case chinese = "zh"
    case japanese = "ja"
    case korean = "ko"
    case spanish = "es"
    case portuguese = "pt"
    case french = "fr"
    case german = "de"
    /// None of the above, or too little text to tell.
    case other

    /// Chinese, Japanese or Korean: its words are matched as substrings.
    public var isCJK: Bool { self == .chinese || self == .japanese || self == .korean }

    /// Chinese and Japanese put no space between words and end sentences with `。` (Korean
    /// writes spaces and `.` as Latin scripts do).
    public var writesWithoutSpaces: Bool { self == .chinese || self == .japanese }
}
