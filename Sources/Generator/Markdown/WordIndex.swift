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

    /// FNV-1a of each word's lower-cased UTF-8 bytes.
    static func wordHashes(_ text: String) -> [UInt64] {
        var words: [UInt64] = []
        var current: [UInt8] = []
        var pendingApostrophe = false
        func flush() {
            guard !current.isEmpty else { return }
            words.append(FNV1a.hash(current))
            current.removeAll(keepingCapacity: true)
        }
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value < 0x80 {
                let byte = UInt8(value)
                if (97...122).contains(byte) || (48...57).contains(byte) || (65...90).contains(byte) {
                    if pendingApostrophe {
                        current.append(39)
                        pendingApostrophe = false
                    }
                    current.append((65...90).contains(byte) ? byte + 32 : byte)
                } else if byte == 39, !current.isEmpty, !pendingApostrophe {
                    pendingApostrophe = true
                } else {
                    pendingApostrophe = false
                    flush()
                }
            } else if scalar.properties.isAlphabetic {
                if pendingApostrophe {
                    current.append(39)
                    pendingApostrophe = false
                }
                current += Array(String(scalar).lowercased().utf8)
            } else if scalar == "’", !current.isEmpty, !pendingApostrophe {
                pendingApostrophe = true
            } else {
                pendingApostrophe = false
                flush()
            }
        }
        flush()
        return words
    }
}
