/// Each character of a text as one integer for the sentence rules' mark tests: its scalar when
/// the character is a single scalar, `MarkCodes.none` when it is a cluster of several. Comparing
/// two `Character`s is a string comparison under canonical equivalence; comparing these codes is
/// one integer compare, with the same answers for every mark the rules test: the two scalars
/// canonically equal to one of them (U+037E to `;`, U+1FEF to `` ` ``) are stored as that mark,
/// and a cluster of several scalars is never equal to a single-scalar mark.
struct MarkCodes {
    static let none: UInt32 = .max
    static let backtick: UInt32 = 0x60

    private let codes: [UInt32]
    /// Where each character starts, in bytes from the text's start, and the end of the
    /// characters read last: pieces of the text are cut from the string by index, far cheaper
    /// than Strings made of Characters.
    private let offsets: [Int]
    private let text: Substring

    /// The first `limit` characters of `text` (all of them by default), read once over its
    /// UTF-8: no array of `Character`s is made, a character's code is its scalar when it is one
    /// scalar.
    init(_ text: Substring, limit: Int = .max) {
        self.text = text
        func read(_ bytes: UnsafeBufferPointer<UInt8>) -> (codes: [UInt32], offsets: [Int]) {
            Self.read(bytes, of: text, limit: limit)
        }
        (codes, offsets) =
            text.utf8.withContiguousStorageIfAvailable(read) ?? Array(text.utf8).withUnsafeBufferPointer(read)
    }

    private static func read(
        _ bytes: UnsafeBufferPointer<UInt8>, of text: Substring, limit: Int
    ) -> (codes: [UInt32], offsets: [Int]) {
        var codes: [UInt32] = []
        var offsets: [Int] = []
        codes.reserveCapacity(min(limit, bytes.count))
        offsets.reserveCapacity(min(limit, bytes.count) + 1)
        var offset = 0
        while offset < bytes.count, codes.count < limit {
            // Two scalars that each stand alone have a character boundary between them: most
            // text (ASCII, Chinese) is read this way, with no grapheme breaking.
            let (scalar, width) = UTF8Scan.scalar(in: bytes, at: offset)
            let next = offset + width
            if standsAlone(scalar), next == bytes.count || standsAlone(UTF8Scan.scalar(in: bytes, at: next).value) {
                codes.append(scalar)
                offsets.append(offset)
                offset = next
                continue
            }
            let index = text.utf8.index(text.startIndex, offsetBy: offset)
            let after = text.index(after: index)
            let scalars = text.unicodeScalars
            codes.append(scalars.index(after: index) == after ? code(of: scalars[index]) : none)
            offsets.append(offset)
            offset = text.utf8.distance(from: text.startIndex, to: after)
        }
        offsets.append(offset)
        return (codes, offsets)
    }

    /// A scalar that never joins the scalar before or after it into one character: ASCII but CR
    /// (which joins LF), CJK punctuation before its combining tone marks (U+302A), the common
    /// CJK ideographs and the full-width forms before the half-width sound marks. None of them is
    /// an extending, prepended, joining, Hangul, regional-indicator or Indic scalar, so Unicode
    /// breaks characters between any two of them.
    private static func standsAlone(_ scalar: UInt32) -> Bool {
        if scalar < 0x80 { return scalar != 13 }
        return (0x3000...0x3029).contains(scalar) || (0x4E00...0x9FFF).contains(scalar)
            || (0xFF01...0xFF64).contains(scalar)
    }

    /// Where the `i`th character read starts (`count`: where the characters read end).
    func index(_ i: Int) -> String.Index { text.utf8.index(text.startIndex, offsetBy: offsets[i]) }

    /// A one-scalar character's code: the two scalars canonically equal to a mark are that mark.
    private static func code(of scalar: Unicode.Scalar) -> UInt32 {
        switch scalar.value {
        case 0x37E: 0x3B
        case 0x1FEF: 0x60
        default: scalar.value
        }
    }

    /// How many characters were read.
    var count: Int { codes.count }

    subscript(index: Int) -> UInt32 { codes[index] }

    /// A space, a tab or a line end (as the rules' `" "`, `"\t"`, `"\n"` comparisons).
    static func isSpace(_ code: UInt32) -> Bool { code == 32 || code == 9 || code == 10 }

    /// `。！？｡`, as `SentenceRules.isCJKStop`.
    static func isCJKStop(_ code: UInt32) -> Bool {
        code == 0x3002 || code == 0xFF01 || code == 0xFF1F || code == 0xFF61
    }

    /// `) " ' ” ’ 」 』 ） 】 » * _`, as `SentenceRules.isCloser`.
    static func isCloser(_ code: UInt32) -> Bool {
        switch code {
        case 0x29, 0x22, 0x27, 0x201D, 0x2019, 0x300D, 0x300F, 0xFF09, 0x3011, 0xBB, 0x2A, 0x5F: return true
        default: return false
        }
    }

    /// `, ; : ， 、 ； ： — –`, as `SentenceRules.isClauseMark`.
    static func isClauseMark(_ code: UInt32) -> Bool {
        switch code {
        case 0x2C, 0x3B, 0x3A, 0xFF0C, 0x3001, 0xFF1B, 0xFF1A, 0x2014, 0x2013: return true
        default: return false
        }
    }

    /// `，、；：`, as `SentenceRules.isCJKClauseMark`.
    static func isCJKClauseMark(_ code: UInt32) -> Bool {
        code == 0xFF0C || code == 0x3001 || code == 0xFF1B || code == 0xFF1A
    }
}
