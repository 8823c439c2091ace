/// The words of a text, lower-cased, with every run of two and three words, so that asking
/// whether the text mentions a word or a short phrase is a set lookup rather than a scan.
///
/// Words are runs of letters and digits (an apostrophe inside a word belongs to it:
/// `let's`); everything else separates them, so `e-mail` is the phrase `e mail`.
struct WordIndex {
    private let words: [String]
    /// Where each word stands; a phrase is looked up from the places of its first word.
    private var positions: [String: [Int]] = [:]

    init(_ text: String) {
        words = WordIndex.words(text)
        positions.reserveCapacity(words.count)
        for (index, word) in words.enumerated() { positions[word, default: []].append(index) }
    }

    /// Whether the text holds `phrase` as whole words, ignoring case.
    func contains(_ phrase: String) -> Bool {
        let wanted = WordIndex.words(phrase)
        guard let first = wanted.first, let starts = positions[first] else { return false }
        if wanted.count == 1 { return true }
        return starts.contains { start in
            start + wanted.count <= words.count && (1..<wanted.count).allSatisfy { words[start + $0] == wanted[$0] }
        }
    }

    func containsAny(_ phrases: [String]) -> Bool { phrases.contains(where: contains) }

    static func words(_ text: String) -> [String] {
        var words: [String] = []
        var current = ""
        var pendingApostrophe = false
        for scalar in text.unicodeScalars {
            if scalar.isASCII ? Text.isWordScalar(scalar) : scalar.properties.isAlphabetic {
                if pendingApostrophe { current.unicodeScalars.append("'"); pendingApostrophe = false }
                if scalar.isASCII {
                    let value = scalar.value
                    current.unicodeScalars.append((65...90).contains(value) ? Unicode.Scalar(value + 32)! : scalar)
                } else {
                    current += String(scalar).lowercased()
                }
            } else if scalar == "'" || scalar == "’", !current.isEmpty, !pendingApostrophe {
                pendingApostrophe = true
            } else {
                pendingApostrophe = false
                if !current.isEmpty { words.append(current); current = "" }
            }
        }
        if !current.isEmpty { words.append(current) }
        return words
    }
}
