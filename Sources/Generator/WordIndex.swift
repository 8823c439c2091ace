/// The words of a text, lower-cased, with every run of two and three words, so that asking
/// whether the text mentions a word or a short phrase is a set lookup rather than a scan.
///
/// Words are runs of letters and digits (an apostrophe inside a word belongs to it:
/// `let's`); everything else separates them, so `e-mail` is the phrase `e mail`.
struct WordIndex {
    private var grams: Set<String> = []

    init(_ text: String) {
        let words = WordIndex.words(text)
        grams.reserveCapacity(words.count * 3)
        for index in words.indices {
            grams.insert(words[index])
            if index + 1 < words.count {
                let pair = words[index] + " " + words[index + 1]
                grams.insert(pair)
                if index + 2 < words.count { grams.insert(pair + " " + words[index + 2]) }
            }
        }
    }

    /// Whether the text holds `phrase` (up to three words) as whole words, ignoring case.
    func contains(_ phrase: String) -> Bool {
        let words = WordIndex.words(phrase)
        guard !words.isEmpty, words.count <= 3 else { return false }
        return grams.contains(words.joined(separator: " "))
    }

    func containsAny(_ phrases: [String]) -> Bool { phrases.contains(where: contains) }

    static func words(_ text: String) -> [String] {
        var words: [String] = []
        var current = ""
        var pendingApostrophe = false
        for scalar in text.unicodeScalars {
            if scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
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
