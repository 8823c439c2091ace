/// A line lower-cased with Latin accents folded ("Abhängigkeiten" -> "abhangigkeiten"), as UTF-8
/// bytes; other scripts keep their bytes. Vocabulary checks run on it, never on `String`s.
struct FoldedLine {
    let bytes: [UInt8]

    init(_ text: String) {
        // Every line of every spec: one pass over the raw UTF-8 into a buffer of its size (folding
        // never lengthens a character), never a scalar view appended to one scalar at a time.
        var text = text
        bytes = text.withUTF8 { utf8 in
            [UInt8](unsafeUninitializedCapacity: utf8.count) { buffer, count in
                var i = 0
                var n = 0
                while i < utf8.count {
                    let byte = utf8[i]
                    if byte < 0x80 {
                        buffer[n] = ByteString.lowercased(byte)
                        n += 1
                        i += 1
                        continue
                    }
                    let length = min(byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2, utf8.count - i)
                    // Latin-1 Supplement and Latin Extended-A (lead bytes C3-C5), full-width ASCII (EF).
                    if byte == 0xC3 || byte == 0xC4 || byte == 0xC5 || byte == 0xEF {
                        let base = FoldedLine.foldedLatin(utf8, at: i, length: length)
                        if let base {
                            buffer[n] = ByteString.lowercased(base)
                            n += 1
                            i += length
                            continue
                        }
                    }
                    for k in i..<(i + length) {
                        buffer[n] = utf8[k]
                        n += 1
                    }
                    i += length
                }
                count = n
            }
        }
    }

    /// Bytes that are folded already (lower-cased ASCII, as `MentionFilter` keeps its line).
    init(bytes: [UInt8]) { self.bytes = bytes }

    /// The ASCII letter an accented Latin letter (U+00C0-U+017F) or a full-width character
    /// (U+FF01-U+FF5E) folds to; nil for other characters, which keep their bytes.
    private static func foldedLatin(_ utf8: UnsafeBufferPointer<UInt8>, at i: Int, length: Int) -> UInt8? {
        var value = UInt32(utf8[i]) & (length == 2 ? 0x1F : 0x0F)
        for k in (i + 1)..<(i + length) { value = value << 6 | UInt32(utf8[k] & 0x3F) }
        guard (0xC0...0x17F).contains(value) || (0xFF01...0xFF5E).contains(value) else { return nil }
        let base = FoldedText.fold(value)
        return base < 0x80 ? base : nil
    }

    var text: String { String(decoding: bytes, as: UTF8.self) }

    static func isAlphanumeric(_ byte: UInt8) -> Bool { (97...122).contains(byte) || (48...57).contains(byte) }

    /// Whether `needle` stands at `i` with no letter or digit glued to either end (for Latin needles).
    func matches(_ needle: [UInt8], at i: Int) -> Bool {
        guard i + needle.count <= bytes.count, bytes[i..<(i + needle.count)].elementsEqual(needle) else { return false }
        if needle[0] >= 0x80 { return true }
        let before = i == 0 || !FoldedLine.isAlphanumeric(bytes[i - 1]) || !FoldedLine.isAlphanumeric(needle[0])
        let end = i + needle.count
        let after =
            end == bytes.count || !FoldedLine.isAlphanumeric(bytes[end])
            || !FoldedLine.isAlphanumeric(needle[needle.count - 1])
        return before && after
    }

    /// Whether the bytes of `needle` (already folded) appear anywhere, word boundaries or not.
    func contains(_ needle: [UInt8]) -> Bool {
        guard let first = needle.first, needle.count <= bytes.count else { return needle.isEmpty }
        var i = 0
        while i + needle.count <= bytes.count {
            if bytes[i] == first, bytes[i..<(i + needle.count)].elementsEqual(needle) { return true }
            i += 1
        }
        return false
    }

    func contains(_ needle: String) -> Bool { contains(Array(needle.utf8)) }

    /// Whether any keyword appears anywhere: a heading is asked for dozens, and searched only
    /// for those whose byte pairs it holds.
    func containsAny(_ keywords: Keywords) -> Bool {
        let mask = BytePairMask(bytes)
        return keywords.words.indices.contains { k in
            mask.covers(keywords.masks[k]) && contains(keywords.words[k].bytes)
        }
    }

    /// Where `needle` first stands, as a whole word for Latin needles and as a substring for others.
    func firstIndex(of needle: [UInt8]) -> Int? {
        guard let first = needle.first, needle.count <= bytes.count else { return nil }
        var i = 0
        while i + needle.count <= bytes.count {
            if bytes[i] == first, matches(needle, at: i) { return i }
            i += 1
        }
        return nil
    }
}
