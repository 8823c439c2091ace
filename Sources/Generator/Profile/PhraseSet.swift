/// A line lower-cased with Latin accents folded ("Abhängigkeiten" -> "abhangigkeiten"), as UTF-8
/// bytes; other scripts keep their bytes. Vocabulary checks run on it, never on `String`s.
struct FoldedLine {
    let bytes: [UInt8]

    init(_ text: String) {
        let utf8 = text.utf8
        // Most lines are ASCII: lower-case the bytes and be done.
        guard utf8.contains(where: { $0 >= 0x80 }) else {
            bytes = utf8.map { (65...90).contains($0) ? $0 + 32 : $0 }
            return
        }
        var result: [UInt8] = []
        result.reserveCapacity(utf8.count)
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value < 0x80 {
                result.append((65...90).contains(value) ? UInt8(value + 32) : UInt8(value))
                continue
            }
            if (0xC0...0x17F).contains(value) || (0xFF01...0xFF5E).contains(value) {
                let base = FoldedText.fold(value)
                if base < 0x80 {
                    result.append((65...90).contains(base) ? base + 32 : base)
                    continue
                }
            }
            FoldedLine.appendUTF8(value, to: &result)
        }
        bytes = result
    }

    private static func appendUTF8(_ value: UInt32, to result: inout [UInt8]) {
        switch value {
        case ..<0x800:
            result.append(UInt8(0xC0 | (value >> 6)))
        case ..<0x10000:
            result.append(UInt8(0xE0 | (value >> 12)))
            result.append(UInt8(0x80 | ((value >> 6) & 0x3F)))
        default:
            result.append(UInt8(0xF0 | (value >> 18)))
            result.append(UInt8(0x80 | ((value >> 12) & 0x3F)))
            result.append(UInt8(0x80 | ((value >> 6) & 0x3F)))
        }
        result.append(UInt8(0x80 | (value & 0x3F)))
    }

    var text: String { String(decoding: bytes, as: UTF8.self) }

    static func isAlphanumeric(_ byte: UInt8) -> Bool { (97...122).contains(byte) || (48...57).contains(byte) }

    /// Whether `needle` stands at `i` with no letter or digit glued to either end (for Latin needles).
    func matches(_ needle: [UInt8], at i: Int) -> Bool {
        guard i + needle.count <= bytes.count, bytes[i..<(i + needle.count)].elementsEqual(needle) else { return false }
        if needle[0] >= 0x80 { return true }
        let before = i == 0 || !FoldedLine.isAlphanumeric(bytes[i - 1]) || !FoldedLine.isAlphanumeric(needle[0])
        let end = i + needle.count
        let after = end == bytes.count || !FoldedLine.isAlphanumeric(bytes[end]) || !FoldedLine.isAlphanumeric(needle[needle.count - 1])
        return before && after
    }

    /// Whether the bytes of `needle` (already folded) appear anywhere, word boundaries or not.
    func contains(_ needle: [UInt8]) -> Bool {
        guard let first = needle.first, needle.count <= bytes.count else { return needle.isEmpty }
        var i = 0
        while i + needle.count <= bytes.count {
            if bytes[i] == first, bytes[i..<(i + needle.count)].elementsEqual(needle) { return true }
            i += 1
        }
        return false
    }

    func contains(_ needle: String) -> Bool { contains(Array(needle.utf8)) }

    /// Where `needle` first stands, as a whole word for Latin needles and as a substring for others.
    func firstIndex(of needle: [UInt8]) -> Int? {
        guard let first = needle.first, needle.count <= bytes.count else { return nil }
        var i = 0
        while i + needle.count <= bytes.count {
            if bytes[i] == first, matches(needle, at: i) { return i }
            i += 1
        }
        return nil
    }
}

/// Phrases of a vocabulary, indexed by the hash of their first word, so that finding which of
/// hundreds of phrases a line holds is one pass over the line's words.
struct PhraseSet<Value: Sendable>: Sendable {
    private var latin = WordTable<(bytes: [UInt8], index: Int)>()
    /// Phrases in other scripts, by their first character's UTF-8 bytes.
    private var other = WordTable<(bytes: [UInt8], index: Int)>()
    private var values: [Value] = []

    init(_ entries: [(String, Value)]) {
        for (index, (phrase, value)) in entries.enumerated() {
            values.append(value)
            let bytes = FoldedLine(phrase).bytes
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
        let bytes = line.bytes
        var i = 0
        while i < bytes.count {
            guard FoldedLine.isAlphanumeric(bytes[i]), i == 0 || !FoldedLine.isAlphanumeric(bytes[i - 1]) else { i += 1; continue }
            let end = PhraseSet.wordEnd(bytes, i)
            for candidate in latin[PhraseSet.hash(bytes, i, end)] where line.matches(candidate.bytes, at: i) {
                found.insert(candidate.index)
            }
            i = end
        }
        forEachOther(in: line) { candidate, _ in found.insert(candidate.index) }
        return found.sorted().map { values[$0] }
    }

    func containsAny(in line: FoldedLine) -> Bool { !values(in: line).isEmpty }

    /// Every phrase of the line with where it stands (folded offsets), in the order met.
    func matches(in line: FoldedLine) -> [(value: Value, start: Int, end: Int)] {
        var result: [(value: Value, start: Int, end: Int)] = []
        let bytes = line.bytes
        var i = 0
        while i < bytes.count {
            guard FoldedLine.isAlphanumeric(bytes[i]), i == 0 || !FoldedLine.isAlphanumeric(bytes[i - 1]) else { i += 1; continue }
            let end = PhraseSet.wordEnd(bytes, i)
            for candidate in latin[PhraseSet.hash(bytes, i, end)] where line.matches(candidate.bytes, at: i) {
                result.append((values[candidate.index], i, i + candidate.bytes.count))
            }
            i = end
        }
        forEachOther(in: line) { result.append((values[$0.index], $1, $1 + $0.bytes.count)) }
        return result
    }

    /// Calls `body` for each phrase in another script that starts at a character of the line.
    private func forEachOther(in line: FoldedLine, _ body: ((bytes: [UInt8], index: Int), Int) -> Void) {
        let bytes = line.bytes
        var i = 0
        while i < bytes.count {
            guard bytes[i] >= 0xC0 else { i += 1; continue }
            for candidate in other[PhraseSet.firstCharacter(bytes, i)]
            where i + candidate.bytes.count <= bytes.count && bytes[i..<(i + candidate.bytes.count)].elementsEqual(candidate.bytes) {
                body(candidate, i)
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
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for k in start..<end { hash = (hash ^ UInt64(bytes[k])) &* 0x0000_0100_0000_01b3 }
        return hash
    }
}

/// A small hash table keyed by precomputed 64-bit word hashes: open addressing over a power-of-two
/// array, so a lookup is a mask and a compare (no re-hashing of the key, unlike `Dictionary`).
struct WordTable<Element: Sendable>: Sendable {
    private var keys: [UInt64] = Array(repeating: 0, count: 16)
    private var slots: [[Element]] = Array(repeating: [], count: 16)
    private var count = 0

    subscript(key: UInt64) -> [Element] {
        let mask = keys.count - 1
        var index = Int(truncatingIfNeeded: key) & mask
        while !slots[index].isEmpty {
            if keys[index] == key { return slots[index] }
            index = (index + 1) & mask
        }
        return []
    }

    mutating func append(_ element: Element, for key: UInt64) {
        if (count + 1) * 2 > keys.count { grow() }
        let mask = keys.count - 1
        var index = Int(truncatingIfNeeded: key) & mask
        while !slots[index].isEmpty, keys[index] != key { index = (index + 1) & mask }
        if slots[index].isEmpty { count += 1 }
        keys[index] = key
        slots[index].append(element)
    }

    private mutating func grow() {
        let old = zip(keys, slots).filter { !$0.1.isEmpty }
        keys = Array(repeating: 0, count: keys.count * 2)
        slots = Array(repeating: [], count: keys.count)
        count = 0
        for (key, elements) in old {
            for element in elements { append(element, for: key) }
        }
    }
}
