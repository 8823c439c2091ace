/// Phrases of a vocabulary indexed by their first folded scalar, so that finding which of
/// hundreds of phrases, in every language, stand in a line is one probe per position (per word
/// start for Latin text) instead of one scan of the line per phrase. ASCII first characters are
/// an array index; others go through a bit filter before a dictionary, so the CJK characters
/// that start no phrase cost one bit test. Phrases are stored end to end in one array, so a
/// probe copies nothing.
///
/// Latin phrases match whole words; Chinese, Japanese and Korean ones match as substrings.
struct ScalarPhraseTable<Value: Sendable>: Sendable {
    /// A phrase found in a line.
    struct Phrase {
        let value: Value
        /// Its length in scalars.
        let length: Int
        /// Entry order, for ties.
        let order: Int
    }

    private struct Entry: Sendable {
        let start: Int
        let length: Int
        let order: Int
        let value: Value
    }

    private var storage: [Unicode.Scalar] = []
    private var entries: [Entry] = []
    /// Entries of each ASCII first character, longest first: a range of `entries`.
    private var ascii: [Range<Int>] = Array(repeating: 0..<0, count: 128)
    private var other: [UInt32: Range<Int>] = [:]
    private var filter: [UInt64] = Array(repeating: 0, count: 64)

    /// `entries` are folded here (`fold` may add its own normalisation, e.g. of headings).
    init(_ phrases: [(String, Value)], fold: (String) -> String = FoldedScalars.folded) {
        var buckets: [UInt32: [(scalars: [Unicode.Scalar], order: Int, value: Value)]] = [:]
        for (order, (phrase, value)) in phrases.enumerated() {
            let scalars = Array(fold(phrase).unicodeScalars)
            guard let first = scalars.first else { continue }
            buckets[first.value, default: []].append((scalars, order, value))
        }
        for (key, bucket) in buckets.sorted(by: { $0.key < $1.key }) {
            let sorted = bucket.sorted {
                $0.scalars.count != $1.scalars.count ? $0.scalars.count > $1.scalars.count : $0.order < $1.order
            }
            let range = entries.count..<(entries.count + sorted.count)
            for phrase in sorted {
                entries.append(
                    Entry(start: storage.count, length: phrase.scalars.count, order: phrase.order, value: phrase.value))
                storage.append(contentsOf: phrase.scalars)
            }
            if key < 128 {
                ascii[Int(key)] = range
            } else {
                other[key] = range
                filter[Int(key & 4095) >> 6] |= 1 << UInt64(key & 63)
            }
        }
    }

    private func bucket(_ scalar: Unicode.Scalar) -> Range<Int> {
        let key = scalar.value
        if key < 128 { return ascii[Int(key)] }
        guard filter[Int(key & 4095) >> 6] & (1 << UInt64(key & 63)) != 0 else { return 0..<0 }
        return other[key] ?? 0..<0
    }

    /// Whether some phrase starts with this scalar: a cheap test before a scan.
    func mayStart(with scalar: Unicode.Scalar) -> Bool { !bucket(scalar).isEmpty }

    /// Calls `body` for every phrase standing at `i`, longest first.
    func forEachMatch(in line: FoldedScalars, at i: Int, _ body: (Phrase) -> Void) {
        guard i < line.count else { return }
        for k in bucket(line.folded[i]) {
            let entry = entries[k]
            if line.matches(storage, entry.start..<(entry.start + entry.length), at: i) {
                body(Phrase(value: entry.value, length: entry.length, order: entry.order))
            }
        }
    }

    /// The longest phrase standing at `i`.
    func longestMatch(in line: FoldedScalars, at i: Int) -> Phrase? {
        guard i < line.count else { return nil }
        for k in bucket(line.folded[i]) {
            let entry = entries[k]
            if line.matches(storage, entry.start..<(entry.start + entry.length), at: i) {
                return Phrase(value: entry.value, length: entry.length, order: entry.order)
            }
        }
        return nil
    }

    /// Calls `body` with every phrase of the line and where it starts: Latin phrases are only
    /// tried where a word starts, others at every character.
    func forEachMatch(in line: FoldedScalars, _ body: (Phrase, Int) -> Void) {
        let folded = line.folded
        var previousIsWord = false
        for i in folded.indices {
            let scalar = folded[i]
            let isWord = WritingScript.isWordCharacter(scalar)
            defer { previousIsWord = isWord }
            if isWord, previousIsWord { continue }
            for k in bucket(scalar) {
                let entry = entries[k]
                if line.matches(storage, entry.start..<(entry.start + entry.length), at: i) {
                    body(Phrase(value: entry.value, length: entry.length, order: entry.order), i)
                }
            }
        }
    }
}
