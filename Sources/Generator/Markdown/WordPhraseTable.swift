/// Fixed lists of words and short phrases, each list a group, found in a text in one pass over
/// its words: the text's word hashes are looked up in a table of the phrases' first words, so no
/// index of the text is built (a spec's author text has a few thousand words, the lists a few dozen).
///
/// Words are those of ``WordHasher``: a phrase matches where ``WordIndex/contains(_:)`` would.
struct WordPhraseTable: Sendable {
    private struct Phrase: Sendable {
        let rest: [UInt64]
        let group: Int
    }

    /// The phrases by the hash of their first word.
    private let byFirst: [UInt64: [Phrase]]
    /// A bit per first word (its hash's low 10 bits): most of a text's words start no phrase and
    /// are passed over on this test, without a dictionary lookup.
    private let firstBits: [UInt64]
    private let groupCount: Int

    /// - Parameter groups: the lists; `groups(in:)` answers per list, in this order.
    init(_ groups: [[String]]) {
        var byFirst: [UInt64: [Phrase]] = [:]
        for (group, phrases) in groups.enumerated() {
            for phrase in phrases {
                let words = WordIndex.wordHashes(phrase)
                guard let first = words.first else { continue }
                byFirst[first, default: []].append(Phrase(rest: Array(words.dropFirst()), group: group))
            }
        }
        self.byFirst = byFirst
        var firstBits = [UInt64](repeating: 0, count: 16)
        for first in byFirst.keys { firstBits[Int(first & 1023) >> 6] |= 1 << (first & 63) }
        self.firstBits = firstBits
        groupCount = groups.count
    }

    /// For each group, whether the text holds one of its phrases as whole words, ignoring case.
    func groups(in text: String) -> [Bool] {
        groups(inWords: WordIndex.wordHashes(text))
    }

    /// The same as ``groups(in:)`` of the lines joined by line breaks.
    func groups(inLines lines: [String]) -> [Bool] {
        groups(inWords: WordHasher.hashes(ofLines: lines))
    }

    private func groups(inWords words: [UInt64]) -> [Bool] {
        var found = [Bool](repeating: false, count: groupCount)
        var left = groupCount
        for (index, word) in words.enumerated() where firstBits[Int(word & 1023) >> 6] & (1 << (word & 63)) != 0 {
            guard let phrases = byFirst[word] else { continue }
            for phrase in phrases where !found[phrase.group] {
                let end = index + 1 + phrase.rest.count
                if end <= words.count, words[(index + 1)..<end].elementsEqual(phrase.rest) {
                    found[phrase.group] = true
                    left -= 1
                }
            }
            if left == 0 { break }
        }
        return found
    }
}
