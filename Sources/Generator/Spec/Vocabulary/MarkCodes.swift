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
    /// Where each character starts in the string, the end of the characters read last: pieces
    /// of the text are cut from the string by index, far cheaper than Strings made of Characters.
    let indices: [String.Index]

    /// The first `limit` characters of `text` (all of them by default), read once: no array of
    /// `Character`s is made, a character's code is its scalar when it is one scalar.
    init(_ text: Substring, limit: Int = .max) {
        var codes: [UInt32] = []
        var indices: [String.Index] = []
        let scalars = text.unicodeScalars
        let utf8 = text.utf8
        var index = text.startIndex
        while index < text.endIndex, codes.count < limit {
            // An ASCII byte other than CR followed by ASCII (or nothing) is a character of its
            // own: only non-ASCII scalars extend a character, and only CR joins LF. Most text is
            // read this way, with no grapheme breaking.
            let byte = utf8[index]
            let after = utf8.index(after: index)
            if byte < 0x80, byte != 13, after == utf8.endIndex || utf8[after] < 0x80 {
                codes.append(UInt32(byte))
                indices.append(index)
                index = after
                continue
            }
            let next = text.index(after: index)
            codes.append(scalars.index(after: index) == next ? Self.code(of: scalars[index]) : Self.none)
            indices.append(index)
            index = next
        }
        indices.append(index)
        self.codes = codes
        self.indices = indices
    }

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
