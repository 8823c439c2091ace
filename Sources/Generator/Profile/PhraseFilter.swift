/// Tells from a text's raw bytes, without folding it, that it holds none of a vocabulary's
/// phrases: no word of it is the first word of a phrase and no character the first character of
/// a phrase in another script. Readers ask it before building a ``FoldedLine`` and searching a
/// ``PhraseSet``, since most lines hold none of the phrases.
///
/// Never wrong in that direction: letters with accents or full-width forms (which folding may
/// turn into ASCII letters) make the text a candidate, as does any first word that matches.
struct PhraseFilter: Sendable {
    /// The hashes of the phrases' first words (folded, as `PhraseSet` cuts them).
    private var firstWords = WordTable<Bool>()
    /// The first characters of phrases in other scripts.
    private var firstCharacters = Set<UInt32>()

    init(_ phrases: [String]) {
        for phrase in phrases {
            let bytes = FoldedLine(phrase).bytes
            guard let first = bytes.first else { continue }
            if first >= 0x80 {
                firstCharacters.insert(bytes.withUnsafeBufferPointer { PhraseFilter.character($0, at: 0) })
            } else {
                let end = bytes.firstIndex { !FoldedLine.isAlphanumeric($0) } ?? bytes.count
                firstWords.append(true, for: FNV1a.hash(bytes[..<end]))
            }
        }
    }

    /// Whether the text may hold a phrase (false: it surely holds none).
    func mayHold(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        let count = utf8.count
        while i < count {
            let byte = utf8[i]
            if byte >= 0x80 {
                // Latin-1 Supplement, Latin Extended-A and full-width forms fold to ASCII.
                if byte == 0xC3 || byte == 0xC4 || byte == 0xC5 || byte == 0xEF { return true }
                if byte >= 0xC0, firstCharacters.contains(PhraseFilter.character(utf8, at: i)) { return true }
                i += 1
                continue
            }
            guard PhraseFilter.isAlphanumeric(byte) else {
                i += 1
                continue
            }
            var hash = FNV1a()
            var end = i
            while end < count, PhraseFilter.isAlphanumeric(utf8[end]) {
                hash.add(ByteString.lowercased(utf8[end]))
                end += 1
            }
            if !firstWords[hash.value].isEmpty { return true }
            i = end
        }
        return false
    }

    private static func isAlphanumeric(_ byte: UInt8) -> Bool {
        byte &- 97 < 26 || byte &- 65 < 26 || byte &- 48 < 10
    }

    /// The UTF-8 bytes of the character starting at `i`, as one number.
    private static func character(_ utf8: UnsafeBufferPointer<UInt8>, at i: Int) -> UInt32 {
        let lead = utf8[i]
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
        var key: UInt32 = 0
        for k in i..<min(utf8.count, i + length) { key = key << 8 | UInt32(utf8[k]) }
        return key
    }
}
