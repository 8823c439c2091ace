/// A text reduced to one byte per character, so that matching technology names is byte
/// comparison: ASCII as it is, full-width Latin (`ＴｙｐｅＳｃｒｉｐｔ`) folded to ASCII, accented
/// Latin letters to their base letter, runs of spaces and tabs to one space, CRLF and CR to LF.
///
/// Chinese, Japanese and Korean characters become ``FoldedText/cjk``: a boundary, since those
/// scripts put no space around a Latin name ("使用Go语言"). Other letters and digits become
/// ``FoldedText/otherLetter`` (part of a word); other symbols ``FoldedText/symbol``.
struct FoldedText {
    static let cjk: UInt8 = 0x01
    static let symbol: UInt8 = 0x02
    static let otherLetter: UInt8 = 0x80

    /// Lower-cased.
    private(set) var lower: [UInt8] = []
    /// As written (after folding), for case rules.
    private(set) var cased: [UInt8] = []
    /// Where each character starts in the original UTF-8; one extra entry holds the total length.
    private(set) var origin: [Int32] = []
    /// Whether any character folded to ``cjk``: Chinese and Japanese spellings (which start with
    /// such a character) are searched only then, not in an English text with a dash or an accent.
    private(set) var hasCJK = false

    init(_ bytes: [UInt8]) {
        // Every spec is read on every save: one pass over the raw bytes into buffers of the input's
        // size (a character never folds to more than one byte), no look back at what was appended.
        var hasCJK = false
        var folded = 0
        var lower: [UInt8] = []
        var cased: [UInt8] = []
        let origin = [Int32](unsafeUninitializedCapacity: bytes.count + 1) { origin, originCount in
            cased = [UInt8](unsafeUninitializedCapacity: bytes.count) { cased, casedCount in
                lower = [UInt8](unsafeUninitializedCapacity: bytes.count) { lower, lowerCount in
                    bytes.withUnsafeBufferPointer { bytes in
                        var last: UInt8 = 0
                        var i = 0
                        while i < bytes.count {
                            var byte = bytes[i]
                            let start = i
                            if byte == 13 {
                                // CRLF and CR end a line; the line end stands where the CR is.
                                byte = 10
                                i += i + 1 < bytes.count && bytes[i + 1] == 10 ? 2 : 1
                            } else if byte < 0x80 {
                                if byte == 9 { byte = 32 }
                                i += 1
                            } else {
                                let (scalar, length) = FoldedText.decode(bytes, at: i)
                                byte = FoldedText.fold(scalar)
                                hasCJK = hasCJK || byte == FoldedText.cjk
                                i += length
                            }
                            // Runs of spaces and tabs are one space.
                            if byte == 32, last == 32 { continue }
                            last = byte
                            cased[folded] = byte
                            lower[folded] = ByteString.lowercased(byte)
                            origin[folded] = Int32(start)
                            folded += 1
                        }
                    }
                    lowerCount = folded
                }
                casedCount = folded
            }
            origin[folded] = Int32(bytes.count)
            originCount = folded + 1
        }
        self.lower = lower
        self.cased = cased
        self.origin = origin
        self.hasCJK = hasCJK
    }

    var count: Int { lower.count }

    static func isWord(_ byte: UInt8) -> Bool {
        (97...122).contains(byte) || (65...90).contains(byte) || (48...57).contains(byte) || byte == 95
            || byte == otherLetter
    }

    static func isLetter(_ byte: UInt8) -> Bool {
        (97...122).contains(byte) || (65...90).contains(byte) || byte == otherLetter
    }

    /// The scalar starting at `i` and its length in bytes; a malformed sequence counts as one symbol byte.
    private static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> (UInt32, Int) {
        let lead = bytes[i]
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1
        guard length > 1, i + length <= bytes.count else { return (0xFFFD, 1) }
        var value = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
        for k in 1..<length {
            let continuation = bytes[i + k]
            guard continuation & 0xC0 == 0x80 else { return (0xFFFD, 1) }
            value = value << 6 | UInt32(continuation & 0x3F)
        }
        return (value, length)
    }

    /// The one byte a non-ASCII scalar stands for.
    static func fold(_ value: UInt32) -> UInt8 {
        // Chinese and Japanese first: in such a text nearly every scalar outside ASCII is one.
        switch value {
        case 0x1100...0x11FF, 0x2E80...0x2FDF, 0x3003...0x30FA, 0x30FC...0x9FFF, 0xAC00...0xD7AF, 0xF900...0xFAFF,
            0xFF66...0xFF9F, 0x20000...0x3FFFF:
            return cjk
        case 0xFF01...0xFF5E: return UInt8(value - 0xFEE0)  // full-width ASCII
        case 0x3000: return 32
        case 0x3001: return 44  // 、
        case 0x3002: return 46  // 。
        case 0x30FB: return 47  // ・ separates list items in Japanese
        case 0x2265: return 62  // ≥
        case 0x2264: return 60  // ≤
        case 0x2019: return 39  // ’
        case 0x00A0, 0x2002...0x200B: return 32
        case 0x00C0...0x017F: return latinBase(value)
        default:
            guard let scalar = Unicode.Scalar(value) else { return symbol }
            return scalar.properties.isAlphabetic || scalar.properties.numericType != nil ? otherLetter : symbol
        }
    }

    /// `é` -> `e`, `Ö` -> `O`: the Latin-1 and Latin Extended-A letters by their base letter.
    private static func latinBase(_ value: UInt32) -> UInt8 {
        if value == 0xD7 || value == 0xF7 { return symbol }
        if value < 0x100 {
            let table: [UInt8] = Array("AAAAAAACEEEEIIIIDNOOOOO*OUUUUYTsaaaaaaaceeeeiiiidnooooo/ouuuuyty".utf8)
            return table[Int(value - 0xC0)]
        }
        // Latin Extended-A, by base letter; its case is not kept (no technology name needs it).
        let ranges: [(ClosedRange<UInt32>, UInt8)] = [
            (0x100...0x105, 97), (0x106...0x10D, 99), (0x10E...0x111, 100), (0x112...0x11B, 101), (0x11C...0x123, 103),
            (0x124...0x127, 104), (0x128...0x131, 105), (0x134...0x135, 106), (0x136...0x138, 107),
            (0x139...0x142, 108),
            (0x143...0x14B, 110), (0x14C...0x151, 111), (0x154...0x159, 114), (0x15A...0x161, 115),
            (0x162...0x167, 116),
            (0x168...0x173, 117), (0x174...0x175, 119), (0x176...0x178, 121), (0x179...0x17E, 122),
        ]
        for (range, base) in ranges where range.contains(value) {
            return base
        }
        return otherLetter
    }
}
