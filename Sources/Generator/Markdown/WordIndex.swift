/// The words of a text, lower-cased, with where each one stands, so that asking whether the text
/// mentions a word or a short phrase is a dictionary lookup rather than a scan.
///
/// Words are runs of letters and digits (an apostrophe inside a word belongs to it:
/// `let's`); everything else separates them, so `e-mail` is the phrase `e mail`.
///
/// Words are kept as 64-bit hashes of their lower-cased bytes: a spec has a few thousand words,
/// and making a String of each was most of the index's cost.
struct WordIndex {
    private let words: [UInt64]
    /// Where each word stands; a phrase is looked up from the places of its first word.
    private var positions: [UInt64: [Int]] = [:]

    init(_ text: String) {
        words = WordIndex.wordHashes(text)
        positions.reserveCapacity(words.count)
        for (index, word) in words.enumerated() { positions[word, default: []].append(index) }
    }

    /// Whether the text holds `phrase` as whole words, ignoring case.
    func contains(_ phrase: String) -> Bool {
        let wanted = WordIndex.wordHashes(phrase)
        guard let first = wanted.first, let starts = positions[first] else { return false }
        if wanted.count == 1 { return true }
        return starts.contains { start in
            start + wanted.count <= words.count && (1..<wanted.count).allSatisfy { words[start + $0] == wanted[$0] }
        }
    }

    func containsAny(_ phrases: [String]) -> Bool { phrases.contains(where: contains) }

    /// FNV-1a of each word's lower-cased UTF-8 bytes, hashed as the bytes are read: one pass
    /// over the UTF-8, no buffer per word, and only non-ASCII scalars decoded.
    static func wordHashes(_ text: String) -> [UInt64] {
        var text = text
        return text.withUTF8 { WordHasher.hashes($0) }
    }
}
