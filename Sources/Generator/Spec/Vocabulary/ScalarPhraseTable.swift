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
    /// The entries of each first two scalars, and of each one-scalar phrase, behind bit filters:
    /// a word start whose letter opens many phrases of many languages ("p", "re") tries only
    /// the phrases that go on with its next scalar.
    private var pairRanges: [UInt64: Range<Int>] = [:]
    private var singleRanges: [UInt32: Range<Int>] = [:]
    private var pairs: [UInt64] = Array(repeating: 0, count: 64)
    private var singles: [UInt64] = Array(repeating: 0, count: 64)

    /// `entries` are folded here (`fold` may add its own normalisation, e.g. of headings).
    init(_ phrases: [(String, Value)], fold: (String) -> String = FoldedScalars.folded) {
        var buckets: [UInt32: [(scalars: [Unicode.Scalar], order: Int, value: Value)]] = [:]
        for (order, (phrase, value)) in phrases.enumerated() {
            let scalars = Array(fold(phrase).unicodeScalars)
            guard let first = scalars.first else { continue }
            buckets[first.value, default: []].append((scalars, order, value))
        }
        for (key, bucket) in buckets.sorted(by: { $0.key < $1.key }) {
            // By second scalar (one-scalar phrases last), then longest first, then in order.
            let sorted = bucket.sorted {
                let second0 = $0.scalars.count > 1 ? $0.scalars[1].value : .max
                let second1 = $1.scalars.count > 1 ? $1.scalars[1].value : .max
                if second0 != second1 { return second0 < second1 }
                return $0.scalars.count != $1.scalars.count ? $0.scalars.count > $1.scalars.count : $0.order < $1.order
            }
            let range = entries.count..<(entries.count + sorted.count)
            for phrase in sorted {
                let index = entries.count
                entries.append(
                    Entry(start: storage.count, length: phrase.scalars.count, order: phrase.order, value: phrase.value))
                storage.append(contentsOf: phrase.scalars)
                if phrase.scalars.count == 1 {
                    Self.set(Self.bit(key), in: &singles)
                    singleRanges[key] = (singleRanges[key]?.lowerBound ?? index)..<(index + 1)
                } else {
                    let second = phrase.scalars[1].value
                    Self.set(Self.bit(key, second), in: &pairs)
                    let pair = Self.pairKey(key, second)
                    pairRanges[pair] = (pairRanges[pair]?.lowerBound ?? index)..<(index + 1)
                }
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

    private static func pairKey(_ first: UInt32, _ second: UInt32) -> UInt64 { UInt64(first) << 32 | UInt64(second) }

    private static func bit(_ first: UInt32, _ second: UInt32 = 0) -> Int { Int((first &* 31 &+ second) & 4095) }

    private static func set(_ bit: Int, in bits: inout [UInt64]) { bits[bit >> 6] |= 1 << UInt64(bit & 63) }

    private static func has(_ bit: Int, in bits: [UInt64]) -> Bool { bits[bit >> 6] & (1 << UInt64(bit & 63)) != 0 }

    /// The phrases that may stand at `i`, longest first: those that go on with the next
    /// scalar, then the one-scalar ones.
    private func candidates(_ folded: [Unicode.Scalar], at i: Int) -> (Range<Int>, Range<Int>) {
        let first = folded[i].value
        var pair = 0..<0
        if i + 1 < folded.count {
            let second = folded[i + 1].value
            if Self.has(Self.bit(first, second), in: pairs) { pair = pairRanges[Self.pairKey(first, second)] ?? 0..<0 }
        }
        let single = Self.has(Self.bit(first), in: singles) ? singleRanges[first] ?? 0..<0 : 0..<0
        return (pair, single)
    }

    /// Calls `body` with each phrase that may stand at `i`, longest first, until it answers false.
    @inline(__always)
    private func forEachCandidate(_ folded: [Unicode.Scalar], at i: Int, _ body: (Entry) -> Bool) {
        let (pair, single) = candidates(folded, at: i)
        for k in pair where !body(entries[k]) { return }
        for k in single where !body(entries[k]) { return }
    }

    /// Whether some phrase starts with this scalar: a cheap test before a scan.
    func mayStart(with scalar: Unicode.Scalar) -> Bool { !bucket(scalar).isEmpty }

    /// Calls `body` for every phrase standing at `i`, longest first.
    func forEachMatch(in line: FoldedScalars, at i: Int, _ body: (Phrase) -> Void) {
        guard i < line.count else { return }
        forEachCandidate(line.folded, at: i) { entry in
            if line.matches(storage, entry.start..<(entry.start + entry.length), at: i) {
                body(Phrase(value: entry.value, length: entry.length, order: entry.order))
            }
            return true
        }
    }

    /// The longest phrase standing at `i`.
    func longestMatch(in line: FoldedScalars, at i: Int) -> Phrase? {
        guard i < line.count else { return nil }
        var found: Phrase?
        forEachCandidate(line.folded, at: i) { entry in
            guard line.matches(storage, entry.start..<(entry.start + entry.length), at: i) else { return true }
            found = Phrase(value: entry.value, length: entry.length, order: entry.order)
            return false
        }
        return found
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
            forEachCandidate(folded, at: i) { entry in
                if line.matches(storage, entry.start..<(entry.start + entry.length), at: i) {
                    body(Phrase(value: entry.value, length: entry.length, order: entry.order), i)
                }
                return true
            }
        }
    }
}
