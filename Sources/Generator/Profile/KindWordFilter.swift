/// Tells from a line's raw bytes, without folding it, that it holds no kind phrase of
/// ``KindPhrases``: no word of it is the first word of a phrase and no character the first
/// character of a phrase in another script. The stack reader skips such lines' word scan; most
/// lines of a spec are such lines.
///
/// Never wrong in that direction: letters with accents or full-width forms (which folding may
/// turn into ASCII letters) make the line a candidate, as does any first word that matches.
enum KindWordFilter {
    /// Whether the line may hold a kind phrase (false: it surely holds none).
    static func mayHoldKindPhrase(_ line: String) -> Bool {
        var line = line
        return line.withUTF8 { mayHoldKindPhrase($0) }
    }

    static func mayHoldKindPhrase(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        let count = utf8.count
        while i < count {
            let byte = utf8[i]
            if byte >= 0x80 {
                // Latin-1 Supplement, Latin Extended-A and full-width forms fold to ASCII.
                if byte == 0xC3 || byte == 0xC4 || byte == 0xC5 || byte == 0xEF { return true }
                if byte >= 0xC0, firstCharacters.contains(character(utf8, at: i)) { return true }
                i += 1
                continue
            }
            guard isAlphanumeric(byte) else {
                i += 1
                continue
            }
            var hash = FNV1a()
            var end = i
            while end < count, isAlphanumeric(utf8[end]) {
                hash.add(lowercased(utf8[end]))
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

    private static func lowercased(_ byte: UInt8) -> UInt8 { byte &- 65 < 26 ? byte + 32 : byte }

    /// The UTF-8 bytes of the character starting at `i`, as one number.
    private static func character(_ utf8: UnsafeBufferPointer<UInt8>, at i: Int) -> UInt32 {
        let lead = utf8[i]
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
        var key: UInt32 = 0
        for k in i..<min(utf8.count, i + length) { key = key << 8 | UInt32(utf8[k]) }
        return key
    }

    private static let phrases: [[UInt8]] = KindPhrases.phraseTable.flatMap { _, anywhere, inDefinitions in
        (anywhere + inDefinitions).map { FoldedLine($0).bytes }
    }

    /// The hashes of the phrases' first words (folded, as `PhraseSet` cuts them).
    private static let firstWords: WordTable<Bool> = {
        var table = WordTable<Bool>()
        for bytes in phrases where bytes.first.map({ $0 < 0x80 }) == true {
            let end = bytes.firstIndex { !FoldedLine.isAlphanumeric($0) } ?? bytes.count
            table.append(true, for: FNV1a.hash(bytes[..<end]))
        }
        return table
    }()

    /// The first characters of phrases in other scripts.
    private static let firstCharacters: Set<UInt32> = Set(
        phrases.filter { ($0.first ?? 0) >= 0x80 }.map { bytes in
            bytes.withUnsafeBufferPointer { character($0, at: 0) }
        })
}
