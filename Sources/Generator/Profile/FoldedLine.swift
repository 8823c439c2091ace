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
        let after =
            end == bytes.count || !FoldedLine.isAlphanumeric(bytes[end])
            || !FoldedLine.isAlphanumeric(needle[needle.count - 1])
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
