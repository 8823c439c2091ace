/// A line as Unicode scalars beside its folded form, one folded scalar for each original one:
/// lower case, Latin accents folded (`É` -> `e`), full-width ASCII folded (`：` -> `:`, `Ｐ１` ->
/// `p1`), typographic quotes, dashes and spaces made ASCII. Because the fold is one for one, a
/// match found in `folded` is cut out of `original` at the same offsets: recognisers compare
/// folded text and quote the author's.
struct FoldedScalars {
    let original: [Unicode.Scalar]
    let folded: [Unicode.Scalar]

    init(_ text: some StringProtocol) {
        original = FoldedScalars.scalars(of: text)
        folded = original.map(FoldedScalars.foldInline)
    }

    /// `fold` with its ASCII case written out where the arrays are mapped: most scalars of a
    /// line are ASCII, and a call per scalar cost more than the fold itself.
    @inline(__always)
    private static func foldInline(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        let value = scalar.value
        guard value < 0x80 else { return fold(scalar) }
        return value &- 0x41 < 26 ? Unicode.Scalar(UInt8(value + 32)) : scalar
    }

    /// The text's scalars, decoded straight from its UTF-8 bytes into the array's storage.
    private static func scalars(of text: some StringProtocol) -> [Unicode.Scalar] {
        let utf8 = text.utf8
        let decoded = utf8.withContiguousStorageIfAvailable { bytes in
            [Unicode.Scalar](unsafeUninitializedCapacity: bytes.count) { buffer, initialized in
                // Valid UTF-8 (it comes from a String): ASCII on the fast path.
                var i = 0
                var n = 0
                while i < bytes.count {
                    let lead = bytes[i]
                    var value = UInt32(lead)
                    if lead < 0x80 {
                        i += 1
                    } else {
                        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
                        value &= length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07
                        for k in 1..<length where i + k < bytes.count {
                            value = value << 6 | UInt32(bytes[i + k] & 0x3F)
                        }
                        i += length
                    }
                    buffer.initializeElement(at: n, to: Unicode.Scalar(value) ?? "\u{FFFD}")
                    n += 1
                }
                initialized = n
            }
        }
        return decoded ?? Array(text.unicodeScalars)
    }

    init(_ scalars: some Sequence<Unicode.Scalar>) {
        original = Array(scalars)
        folded = original.map(FoldedScalars.foldInline)
    }

    var count: Int { folded.count }

    /// The author's text between two offsets.
    func text(_ range: Range<Int>) -> String {
        FoldedScalars.string(original[range])
    }

    /// The folded text between two offsets.
    func foldedText(_ range: Range<Int>) -> String {
        FoldedScalars.string(folded[range])
    }

    /// Folds a whole string (for building tables).
    static func folded(_ text: String) -> String {
        string(text.unicodeScalars.map(fold))
    }

    /// A string made of scalars, encoded to UTF-8 in one buffer (appending scalars to a
    /// `String.UnicodeScalarView` one by one is several times slower).
    static func string(_ scalars: some Collection<Unicode.Scalar>) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(scalars.count + 8)
        for scalar in scalars {
            let value = scalar.value
            switch value {
            case ..<0x80:
                bytes.append(UInt8(value))
            case ..<0x800:
                bytes.append(UInt8(0xC0 | (value >> 6)))
                bytes.append(UInt8(0x80 | (value & 0x3F)))
            case ..<0x10000:
                bytes.append(UInt8(0xE0 | (value >> 12)))
                bytes.append(UInt8(0x80 | ((value >> 6) & 0x3F)))
                bytes.append(UInt8(0x80 | (value & 0x3F)))
            default:
                bytes.append(UInt8(0xF0 | (value >> 18)))
                bytes.append(UInt8(0x80 | ((value >> 12) & 0x3F)))
                bytes.append(UInt8(0x80 | ((value >> 6) & 0x3F)))
                bytes.append(UInt8(0x80 | (value & 0x3F)))
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    static func fold(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        let value = scalar.value
        if value < 0x80 {
            return (0x41...0x5A).contains(value) ? Unicode.Scalar(UInt8(value + 32)) : scalar
        }
        switch value {
        case 0x3000:
            return " "
        case 0x2E80...0x2FFF, 0x3001...0x9FFF, 0xAC00...0xD7AF, 0xF900...0xFAFF, 0x20000...0x3FFFF:
            // Chinese, Japanese and Korean have no case to fold: the common case, kept cheap.
            return scalar
        case 0xFF01...0xFF5E:
            return fold(Unicode.Scalar(UInt8(value - 0xFEE0)))
        case 0x00A0, 0x2000...0x200A, 0x202F, 0x205F:
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
        case 0x2016...0x2E7F, 0xE000...0xF8FF, 0xFE00...0xFF00, 0xFF5F...0xFFFF:
            // Punctuation, symbols, arrows, emoji selectors: nothing to fold.
            return scalar
        default:
            return lowercased(scalar)
        }
    }

    private static func lowercased(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        guard scalar.properties.changesWhenLowercased else { return scalar }
        let mapping = scalar.properties.lowercaseMapping.unicodeScalars
        guard mapping.count == 1, let lower = mapping.first else { return scalar }
        return lower
    }

    // MARK: - Reading helpers shared by the recognisers

    /// Whether `needle` (already folded) stands at `i`, as a whole word where it starts or ends
    /// with a Latin letter or digit.
    func matches(_ needle: [Unicode.Scalar], at i: Int) -> Bool {
        matches(needle, needle.indices, at: i)
    }

    /// Whether `storage[range]` (already folded) stands at `i`, as a whole word where it starts
    /// or ends with a Latin letter or digit.
    func matches(_ storage: [Unicode.Scalar], _ range: Range<Int>, at i: Int) -> Bool {
        let length = range.count
        guard i >= 0, length > 0, i + length <= folded.count else { return false }
        for k in 0..<length where folded[i + k] != storage[range.lowerBound + k] { return false }
        if i > 0, WritingScript.isWordCharacter(storage[range.lowerBound]), WritingScript.isWordCharacter(folded[i - 1])
        {
            return false
        }
        let end = i + length
        if end < folded.count, WritingScript.isWordCharacter(storage[range.upperBound - 1]),
            WritingScript.isWordCharacter(folded[end])
        {
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
