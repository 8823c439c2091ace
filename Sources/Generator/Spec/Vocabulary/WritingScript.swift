/// The script a character is written in, as far as reading specs needs to know: Latin words are
/// matched whole and separated by spaces; Chinese, Japanese and Korean ones are matched as
/// substrings, and their sentences end with `。！？` and need no space after them.
enum WritingScript: Sendable, Equatable {
    /// ASCII and accented Latin letters and digits, and other alphabetic scripts (Greek, Cyrillic).
    case latin
    /// Chinese characters (also used in Japanese).
    case han
    /// Hiragana and katakana: only Japanese uses them.
    case kana
    /// Korean syllables and jamo.
    case hangul
    /// Punctuation, spaces, symbols, emoji.
    case other

    init(_ scalar: Unicode.Scalar) {
        let value = scalar.value
        switch value {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A:
            self = .latin
        case 0..<0x80:
            self = .other
        case 0x3040...0x309F, 0x30A0...0x30FF, 0x31F0...0x31FF, 0xFF66...0xFF9F:
            self = .kana
        case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x2FFFF, 0x3005, 0x3007:
            self = .han
        case 0xAC00...0xD7AF, 0x1100...0x11FF, 0x3130...0x318F:
            self = .hangul
        case 0xFF10...0xFF19, 0xFF21...0xFF3A, 0xFF41...0xFF5A, 0xC0...0xD6, 0xD8...0xF6, 0xF8...0x24F:
            self = .latin
        case 0x2000...0x2E7F, 0x3000...0x303F, 0xFE00...0xFF0F:
            self = .other
        default:
            self = value < 0x3000 && scalar.properties.isAlphabetic ? .latin : .other
        }
    }

    /// Chinese, Japanese or Korean: matched as substrings, no spaces between words.
    var isCJK: Bool { self == .han || self == .kana || self == .hangul }

    /// A letter or digit of a Latin-like script: part of a word that must be matched whole.
    static func isWordCharacter(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 {
            return (0x30...0x39).contains(value) || (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value)
        }
        return WritingScript(scalar) == .latin
    }

    /// `。！？` and their half-width forms: a sentence of a CJK script ends here, with no space after.
    static func isCJKSentenceEnd(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "。" || scalar == "！" || scalar == "？" || scalar == "｡"
    }

    /// Clause punctuation of CJK scripts: `，、；：`.
    static func isCJKClauseMark(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "，" || scalar == "、" || scalar == "；" || scalar == "：" || scalar == "､"
    }
}
