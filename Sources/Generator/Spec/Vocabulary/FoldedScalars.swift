/// A line as Unicode scalars beside its folded form, one folded scalar for each original one:
/// lower case, Latin accents folded (`É` -> `e`), full-width ASCII folded (`：` -> `:`, `Ｐ１` ->
/// `p1`), typographic quotes, dashes and spaces made ASCII. Because the fold is one for one, a
/// match found in `folded` is cut out of `original` at the same offsets: recognisers compare
/// folded text and quote the author's.
struct FoldedScalars {
    let original: [Unicode.Scalar]
    let folded: [Unicode.Scalar]

    init(_ text: some StringProtocol) {
        let scalars = Array(text.unicodeScalars)
        original = scalars
        folded = scalars.map(FoldedScalars.fold)
    }

    var count: Int { folded.count }

    /// The author's text between two offsets.
    func text(_ range: Range<Int>) -> String {
        var result = String.UnicodeScalarView()
        result.append(contentsOf: original[range])
        return String(result)
    }

    /// The folded text between two offsets.
    func foldedText(_ range: Range<Int>) -> String {
        var result = String.UnicodeScalarView()
        result.append(contentsOf: folded[range])
        return String(result)
    }

    /// Folds a whole string (for building tables).
    static func folded(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        result.append(contentsOf: text.unicodeScalars.map(fold))
        return String(result)
    }

    static func fold(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        let value = scalar.value
        switch value {
        case 0x41...0x5A:
            return Unicode.Scalar(UInt8(value + 32))
        case 0..<0x80:
            return scalar
        case 0xFF01...0xFF5E:
            return fold(Unicode.Scalar(UInt8(value - 0xFEE0)))
        case 0x3000, 0x00A0, 0x2000...0x200A, 0x202F, 0x205F:
            return " "
        case 0x2018, 0x2019, 0x201B, 0x2032, 0x02BC:
            return "'"
        case 0x201C, 0x201D, 0x201E, 0x00AB, 0x00BB:
            return "\""
        case 0x2010...0x2015, 0x2212:
            return "-"
        case 0xC0...0x17F:
            let base = FoldedText.fold(value)
            if base < 0x80 { return fold(Unicode.Scalar(base)) }
            return lowercased(scalar)
        default:
            return lowercased(scalar)
        }
    }

    private static func lowercased(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        guard scalar.properties.changesWhenLowercased else { return scalar }
        let mapping = scalar.properties.lowercaseMapping.unicodeScalars
        return mapping.count == 1 ? mapping.first! : scalar
    }

    // MARK: - Reading helpers shared by the recognisers

    /// Whether `needle` (already folded) stands at `i`, as a whole word where it starts or ends
    /// with a Latin letter or digit.
    func matches(_ needle: [Unicode.Scalar], at i: Int) -> Bool {
        guard i >= 0, i + needle.count <= folded.count, !needle.isEmpty else { return false }
        for k in 0..<needle.count where folded[i + k] != needle[k] { return false }
        if WritingScript.isWordCharacter(needle[0]), i > 0, WritingScript.isWordCharacter(folded[i - 1]) { return false }
        let end = i + needle.count
        if WritingScript.isWordCharacter(needle[needle.count - 1]), end < folded.count, WritingScript.isWordCharacter(folded[end]) {
            return false
        }
        return true
    }

    /// The first offset at or after `start` whose folded scalar is not a space.
    func skippingSpaces(from start: Int) -> Int {
        var i = start
        while i < folded.count, folded[i] == " " || folded[i] == "\t" { i += 1 }
        return i
    }

    /// The last offset before `end` whose folded scalar is not a space, plus one.
    func trimmingSpaces(before end: Int) -> Int {
        var i = end
        while i > 0, folded[i - 1] == " " || folded[i - 1] == "\t" { i -= 1 }
        return i
    }
}
