/// Splits UTF-8 into words and hashes each one (FNV-1a of its lower-cased bytes) as it goes:
/// the words of ``WordIndex`` and ``WordPhraseTable``.
///
/// Words are runs of letters and digits; an apostrophe (`'` or `’`) inside a word belongs to it
/// and is hashed as `'`. Non-ASCII letters are lower-cased by Unicode's rules.
struct WordHasher {
    private(set) var words: [UInt64] = []
    private var hash = FNV1a()
    private var length = 0
    private var pendingApostrophe = false

    static func hashes(_ utf8: UnsafeBufferPointer<UInt8>) -> [UInt64] {
        var hasher = WordHasher()
        hasher.words.reserveCapacity(utf8.count / 5)
        hasher.read(utf8)
        return hasher.words
    }

    /// The words of several lines in order, the same as those of the lines joined by line
    /// breaks (a line break ends a word and an apostrophe), without making the joined text.
    static func hashes(ofLines lines: [String]) -> [UInt64] {
        var hasher = WordHasher()
        for var line in lines {
            line.withUTF8 { hasher.read($0) }
        }
        return hasher.words
    }

    /// Adds the words of one text; its end ends a word.
    private mutating func read(_ utf8: UnsafeBufferPointer<UInt8>) {
        var i = 0
        while i < utf8.count {
            let byte = utf8[i]
            if byte < 0x80 {
                ascii(byte)
                i += 1
            } else {
                let (value, size) = UTF8Scan.scalar(in: utf8, at: i)
                let scalar = Unicode.Scalar(value) ?? "\u{FFFD}"
                if WordHasher.isCaselessLetter(value) {
                    // Chinese, Japanese and Korean: letters with no case, hashed as written.
                    for k in i..<min(i + size, utf8.count) { letter(utf8[k]) }
                } else {
                    nonASCII(scalar)
                }
                i += size
            }
        }
        pendingApostrophe = false
        flush()
    }

    private mutating func ascii(_ byte: UInt8) {
        if byte &- 97 < 26 || byte &- 48 < 10 {
            letter(byte)
        } else if byte &- 65 < 26 {
            letter(byte + 32)
        } else if byte == 39, length > 0, !pendingApostrophe {
            pendingApostrophe = true
        } else {
            pendingApostrophe = false
            flush()
        }
    }

    private mutating func nonASCII(_ scalar: Unicode.Scalar) {
        if scalar.properties.isAlphabetic {
            if pendingApostrophe { addPendingApostrophe() }
            for byte in String(scalar).lowercased().utf8 {
                hash.add(byte)
                length += 1
            }
        } else if scalar == "’", length > 0, !pendingApostrophe {
            pendingApostrophe = true
        } else {
            pendingApostrophe = false
            flush()
        }
    }

    /// CJK ideographs, kana and Hangul syllables: all alphabetic, none changed by lower-casing,
    /// and most of a Chinese or Japanese spec's text (sparing a `String` per character).
    static func isCaselessLetter(_ value: UInt32) -> Bool {
        (0x4E00...0x9FEF).contains(value) || (0x3041...0x3096).contains(value) || (0x30A1...0x30FA).contains(value)
            || (0xAC00...0xD7A3).contains(value)
    }

    private mutating func letter(_ byte: UInt8) {
        if pendingApostrophe { addPendingApostrophe() }
        hash.add(byte)
        length += 1
    }

    private mutating func addPendingApostrophe() {
        hash.add(39)
        length += 1
        pendingApostrophe = false
    }

    private mutating func flush() {
        guard length > 0 else { return }
        words.append(hash.value)
        hash = FNV1a()
        length = 0
    }
}
