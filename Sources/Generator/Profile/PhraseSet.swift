/// Phrases of a vocabulary, indexed by the hash of their first word, so that finding which of
/// hundreds of phrases a line holds is one pass over the line's words.
struct PhraseSet<Value: Sendable>: Sendable {
    private var latin = WordTable<(bytes: [UInt8], index: Int)>()
    /// Phrases in other scripts, by their first character's UTF-8 bytes.
    private var other = WordTable<(bytes: [UInt8], index: Int)>()
    private var values: [Value] = []
    /// Each phrase's folded bytes, by its index.
    private var phrases: [[UInt8]] = []

    init(_ entries: [(String, Value)]) {
        for (index, (phrase, value)) in entries.enumerated() {
            values.append(value)
            let bytes = FoldedLine(phrase).bytes
            phrases.append(bytes)
            guard let first = bytes.first else { continue }
            if first >= 0x80 {
                other.append((bytes, index), for: PhraseSet.firstCharacter(bytes, 0))
            } else {
                latin.append((bytes, index), for: PhraseSet.hash(bytes, 0, PhraseSet.wordEnd(bytes, 0)))
            }
        }
    }

    /// The values of every phrase in the line, each once, in the order of the entries.
    func values(in line: FoldedLine) -> [Value] {
        var found = Set<Int>()
        forEachMatch(in: line) { index, _ in
            found.insert(index)
            return true
        }
        return found.sorted().map { values[$0] }
    }

    /// Whether the line holds any phrase: stops at the first one, with nothing collected.
    func containsAny(in line: FoldedLine) -> Bool {
        var found = false
        forEachMatch(in: line) { _, _ in
            found = true
            return false
        }
        return found
    }

    /// Every phrase of the line with where it stands (folded offsets), in the order met.
    func matches(in line: FoldedLine) -> [(value: Value, start: Int, end: Int)] {
        var result: [(value: Value, start: Int, end: Int)] = []
        forEachMatch(in: line) { index, start in
            result.append((values[index], start, start + phrases[index].count))
            return true
        }
        return result
    }

    /// Calls `body` with each phrase's index and start, Latin phrases first, then phrases in
    /// other scripts, each in the order met, until `body` returns false.
    private func forEachMatch(in line: FoldedLine, _ body: (Int, Int) -> Bool) {
        let bytes = line.bytes
        var i = 0
        while i < bytes.count {
            guard FoldedLine.isAlphanumeric(bytes[i]), i == 0 || !FoldedLine.isAlphanumeric(bytes[i - 1]) else {
                i += 1
                continue
            }
            let end = PhraseSet.wordEnd(bytes, i)
            for candidate in latin[PhraseSet.hash(bytes, i, end)] where line.matches(candidate.bytes, at: i) {
                guard body(candidate.index, i) else { return }
            }
            i = end
        }
        i = 0
        while i < bytes.count {
            guard bytes[i] >= 0xC0 else {
                i += 1
                continue
            }
            for candidate in other[PhraseSet.firstCharacter(bytes, i)]
            where i + candidate.bytes.count <= bytes.count
                && bytes[i..<(i + candidate.bytes.count)].elementsEqual(candidate.bytes)
            {
                guard body(candidate.index, i) else { return }
            }
            i += 1
        }
    }

    /// The UTF-8 bytes of the character at `i`, as one number.
    private static func firstCharacter(_ bytes: [UInt8], _ i: Int) -> UInt64 {
        let lead = bytes[i]
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1
        var key: UInt64 = 0
        for k in i..<min(bytes.count, i + length) { key = key << 8 | UInt64(bytes[k]) }
        return key &* 0x9E37_79B9_7F4A_7C15
    }

    private static func wordEnd(_ bytes: [UInt8], _ start: Int) -> Int {
        var end = start
        while end < bytes.count, FoldedLine.isAlphanumeric(bytes[end]) { end += 1 }
        return end
    }

    private static func hash(_ bytes: [UInt8], _ start: Int, _ end: Int) -> UInt64 {
        FNV1a.hash(bytes[start..<end])
    }
}
