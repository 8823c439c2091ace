/// Phrases written in ASCII (the templates' English wording), matched on a line's UTF-8 bytes
/// with ASCII case folded, so that lines which hold none of them are never decoded or folded.
/// Indexed by first byte; whole words where a phrase starts or ends with a letter or digit.
struct AsciiPhraseTable<Value: Sendable>: Sendable {
    private struct Entry: Sendable {
        let start: Int
        let length: Int
        let value: Value
    }

    private var storage: [UInt8] = []
    private var entries: [Entry] = []
    private var buckets: [Range<Int>] = Array(repeating: 0..<0, count: 128)
    /// For each first byte, the second bytes its phrases go on with (bit `b % 64` of word
    /// `first * 2 + b / 64`), or all ones where a phrase has no ASCII second byte: most places
    /// where a phrase's first letter stands are passed over on two bytes.
    private var seconds = [UInt64](repeating: 0, count: 256)

    init(_ phrases: [(String, Value)]) {
        var byFirst: [UInt8: [(bytes: [UInt8], value: Value)]] = [:]
        for (phrase, value) in phrases {
            let bytes = phrase.utf8.map(ByteString.lowercased)
            guard let first = bytes.first, first < 128 else { continue }
            byFirst[first, default: []].append((bytes, value))
        }
        for (first, bucket) in byFirst.sorted(by: { $0.key < $1.key }) {
            let sorted = bucket.sorted { $0.bytes.count > $1.bytes.count }
            buckets[Int(first)] = entries.count..<(entries.count + sorted.count)
            for phrase in sorted {
                AsciiPhraseTable.markSecond(of: phrase.bytes, in: &seconds)
                entries.append(Entry(start: storage.count, length: phrase.bytes.count, value: phrase.value))
                storage.append(contentsOf: phrase.bytes)
            }
        }
    }

    private static func markSecond(of phrase: [UInt8], in seconds: inout [UInt64]) {
        let first = Int(phrase[0])
        guard phrase.count > 1, phrase[1] < 128 else {
            seconds[first * 2] = .max
            seconds[first * 2 + 1] = .max
            return
        }
        let second = Int(phrase[1])
        seconds[first * 2 + second / 64] |= 1 << UInt64(second % 64)
    }

    /// Whether a phrase starting with `first` may stand at `i` (`first` is `bytes[i]` lower-cased).
    private func maySecond(_ bytes: [UInt8], at i: Int, first: UInt8) -> Bool {
        guard i + 1 < bytes.count else { return seconds[Int(first) * 2] == .max }
        let second = Int(ByteString.lowercased(bytes[i + 1]))
        guard second < 128 else { return seconds[Int(first) * 2] == .max }
        return seconds[Int(first) * 2 + second / 64] & (1 << UInt64(second % 64)) != 0
    }

    private static func isWord(_ byte: UInt8) -> Bool {
        (48...57).contains(byte) || (65...90).contains(byte) || (97...122).contains(byte) || byte >= 0x80
    }

    /// The longest phrase standing at `i`, and its length.
    func longestMatch(in bytes: [UInt8], at i: Int) -> (value: Value, length: Int)? {
        guard i < bytes.count else { return nil }
        let first = ByteString.lowercased(bytes[i])
        guard first < 128 else { return nil }
        for k in buckets[Int(first)] where matches(entries[k], in: bytes, at: i) {
            return (entries[k].value, entries[k].length)
        }
        return nil
    }

    /// Calls `body` for every phrase of the line and where it starts (phrases that start with a
    /// letter only where a word starts).
    func forEachMatch(in bytes: [UInt8], _ body: (Value, Int) -> Void) {
        var previousIsWord = false
        for i in bytes.indices {
            // Inside a word no phrase that starts with a letter may start: one test per byte.
            let isWord = AsciiPhraseTable.isWord(bytes[i])
            defer { previousIsWord = isWord }
            if isWord, previousIsWord { continue }
            let first = ByteString.lowercased(bytes[i])
            guard first < 128 else { continue }
            let range = buckets[Int(first)]
            guard !range.isEmpty, maySecond(bytes, at: i, first: first) else { continue }
            for k in range where matches(entries[k], in: bytes, at: i) {
                body(entries[k].value, i)
            }
        }
    }

    private func matches(_ entry: Entry, in bytes: [UInt8], at i: Int) -> Bool {
        guard i + entry.length <= bytes.count else { return false }
        for k in 0..<entry.length where ByteString.lowercased(bytes[i + k]) != storage[entry.start + k] {
            return false
        }
        let first = storage[entry.start]
        if i > 0, AsciiPhraseTable.isWord(first), AsciiPhraseTable.isWord(bytes[i - 1]) { return false }
        let end = i + entry.length
        if end < bytes.count, AsciiPhraseTable.isWord(storage[entry.start + entry.length - 1]),
            AsciiPhraseTable.isWord(bytes[end])
        {
            return false
        }
        return true
    }
}
