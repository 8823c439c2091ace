/// A line and its fold, made on first use and then shared, so that the recognisers run on one
/// line (``LineFacts``) fold it once, and none of them folds a line its byte tests rule out.
final class LineFold {
    let text: String
    private var cached: FoldedScalars?
    private var cachedBytes: [UInt8]?

    init(_ text: String) {
        self.text = text
    }

    /// The line's UTF-8, for the byte tests that spare most lines a fold.
    var bytes: [UInt8] {
        if let cachedBytes { return cachedBytes }
        let bytes = Array(text.utf8)
        cachedBytes = bytes
        return bytes
    }

    /// The brackets and signs the recognisers' first tests look for, found in one pass over
    /// the bytes for all of them.
    struct Marks {
        /// `[`.
        var bracket = false
        /// `$`.
        var dollar = false
        /// `［` (EF BC BB).
        var fullWidthBracket = false
        /// `【` (E3 80 90).
        var lenticularBracket = false
    }

    private var cachedMarks: Marks?

    var marks: Marks {
        if let cachedMarks { return cachedMarks }
        let marks = bytes.withUnsafeBufferPointer(Self.marks)
        cachedMarks = marks
        return marks
    }

    private static func marks(_ bytes: UnsafeBufferPointer<UInt8>) -> Marks {
        var marks = Marks()
        var i = 0
        while i < bytes.count {
            switch bytes[i] {
            case 91: marks.bracket = true
            case 36: marks.dollar = true
            case 0xEF where i + 2 < bytes.count && bytes[i + 1] == 0xBC && bytes[i + 2] == 0xBB:
                marks.fullWidthBracket = true
            case 0xE3 where i + 2 < bytes.count && bytes[i + 1] == 0x80 && bytes[i + 2] == 0x90:
                marks.lenticularBracket = true
            default: break
            }
            i += 1
        }
        return marks
    }

    var folded: FoldedScalars {
        if let cached { return cached }
        let folded = FoldedScalars(text)
        cached = folded
        return folded
    }

    /// Whether `needle` stands somewhere in `bytes` (a multi-byte character, usually).
    static func contains(_ bytes: [UInt8], _ needle: [UInt8]) -> Bool {
        guard let first = needle.first, bytes.count >= needle.count else { return false }
        for i in 0...(bytes.count - needle.count) where bytes[i] == first {
            if bytes[i..<(i + needle.count)].elementsEqual(needle) { return true }
        }
        return false
    }

    /// The string range of folded offsets.
    func indices(_ range: Range<Int>) -> Range<String.Index> {
        let scalars = text.unicodeScalars
        let lower = scalars.index(scalars.startIndex, offsetBy: range.lowerBound)
        return lower..<scalars.index(lower, offsetBy: range.count)
    }
}
