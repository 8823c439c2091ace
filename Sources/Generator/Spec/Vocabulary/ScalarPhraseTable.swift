/// Phrases of a vocabulary indexed by their first folded scalar, so that finding which of
/// hundreds of phrases, in every language, stand in a line is one dictionary probe per position
/// (per word start for Latin text) instead of one scan of the line per phrase.
///
/// Latin phrases match whole words; Chinese, Japanese and Korean ones match as substrings.
struct ScalarPhraseTable<Value: Sendable>: Sendable {
    struct Phrase: Sendable {
        let scalars: [Unicode.Scalar]
        let value: Value
        /// Entry order, for ties.
        let order: Int
    }

    private var byFirst: [Unicode.Scalar: [Phrase]] = [:]

    /// `entries` are folded here (`fold` may add its own normalisation, e.g. of headings);
    /// each bucket keeps its longest phrases first.
    init(_ entries: [(String, Value)], fold: (String) -> String = FoldedScalars.folded) {
        for (order, (phrase, value)) in entries.enumerated() {
            let scalars = Array(fold(phrase).unicodeScalars)
            guard let first = scalars.first else { continue }
            byFirst[first, default: []].append(Phrase(scalars: scalars, value: value, order: order))
        }
        for key in byFirst.keys {
            byFirst[key]!.sort { $0.scalars.count != $1.scalars.count ? $0.scalars.count > $1.scalars.count : $0.order < $1.order }
        }
    }

    /// Calls `body` for every phrase standing at `i`, longest first.
    func forEachMatch(in line: FoldedScalars, at i: Int, _ body: (Phrase) -> Void) {
        guard i < line.count, let bucket = byFirst[line.folded[i]] else { return }
        for phrase in bucket where line.matches(phrase.scalars, at: i) {
            body(phrase)
        }
    }

    /// The longest phrase standing at `i`.
    func longestMatch(in line: FoldedScalars, at i: Int) -> Phrase? {
        guard i < line.count, let bucket = byFirst[line.folded[i]] else { return nil }
        return bucket.first { line.matches($0.scalars, at: i) }
    }

    /// Calls `body` with every phrase of the line and where it starts: Latin phrases are only
    /// tried where a word starts, others at every character.
    func forEachMatch(in line: FoldedScalars, _ body: (Phrase, Int) -> Void) {
        let folded = line.folded
        for i in folded.indices {
            let scalar = folded[i]
            if WritingScript.isWordCharacter(scalar), i > 0, WritingScript.isWordCharacter(folded[i - 1]) { continue }
            guard let bucket = byFirst[scalar] else { continue }
            for phrase in bucket where line.matches(phrase.scalars, at: i) {
                body(phrase, i)
            }
        }
    }
}
