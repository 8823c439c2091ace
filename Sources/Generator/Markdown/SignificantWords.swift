/// The words of a text that say what it is about, for matching requirements to the stories and
/// topics they belong to: lower-cased, at least three letters, stop words left out, a plural `s`
/// removed.
enum SignificantWords {
    private static let stopWords: Set<String> = [
        "the", "and", "for", "with", "that", "this", "from", "into", "are", "can", "must", "should",
        "will", "shall", "may", "have", "has", "not", "all", "any", "each", "when", "then", "given",
        "their", "they", "them", "its", "via", "than", "other", "such", "been", "also", "only",
        "system", "user", "users", "able", "support", "supports", "provide", "allow", "allows",
        "feature", "new", "existing", "without", "within", "where", "which", "while", "more", "most",
        "both", "using", "used", "use", "what", "how", "one", "two", "per", "own",
    ]

    /// The significant words of `text` in order, repeats included. Letters and digits of any
    /// script make words; ASCII is lower-cased byte by byte, the rest through `lowercased()`.
    static func of(_ text: String) -> [String] {
        var words: [String] = []
        var current: [UInt8] = []
        var length = 0
        func flush() {
            defer {
                current.removeAll(keepingCapacity: true)
                length = 0
            }
            guard length >= 3 else { return }
            var word = String(decoding: current, as: UTF8.self)
            guard !stopWords.contains(word) else { return }
            if length > 4, current.last == 115, current[current.count - 2] != 115 { word.removeLast() }
            words.append(word)
        }
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value < 0x80 {
                let byte = UInt8(value)
                if (97...122).contains(byte) || (48...57).contains(byte) {
                    current.append(byte)
                    length += 1
                } else if (65...90).contains(byte) {
                    current.append(byte + 32)
                    length += 1
                } else {
                    flush()
                }
            } else if WordHasher.isCaselessLetter(value) {
                UTF8.encode(scalar) { current.append($0) }
                length += 1
            } else if PlainText.isWordScalar(scalar) {
                current += Array(String(scalar).lowercased().utf8)
                length += 1
            } else {
                flush()
            }
        }
        flush()
        return words
    }
}
