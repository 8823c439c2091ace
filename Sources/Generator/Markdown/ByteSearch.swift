/// `firstRange(of:)` on UTF-8 bytes, for the short fixed separators and delimiters the readers
/// look for in every item (`" — "`, `": "`, `"**"`): the standard library's generic search
/// compares `Character`s and cost a few per cent of a render.
///
/// The same answer as `firstRange(of:)` for needles no other byte sequence is canonically equal
/// to (ASCII, dashes, arrows, full-width colons): a byte match counts only where both its ends
/// are character boundaries.
enum ByteSearch {
    static func firstRange(of needle: String, in text: Substring) -> Range<String.Index>? {
        var pattern = needle
        return pattern.withUTF8 { pattern -> Range<String.Index>? in
            guard !pattern.isEmpty else { return text.startIndex..<text.startIndex }
            // Native strings are contiguous: search their bytes directly, without the index
            // checks of the generic UTF8View walk.
            if let found = text.utf8.withContiguousStorageIfAvailable({ bytes in
                offsets(
                    of: pattern, in: bytes,
                    boundary: { offset in
                        String.Index(text.utf8.index(text.utf8.startIndex, offsetBy: offset), within: text.base) != nil
                    })
            }) {
                return found.map { match in
                    let lower = text.utf8.index(text.utf8.startIndex, offsetBy: match.lowerBound)
                    let upper = text.utf8.index(lower, offsetBy: match.count)
                    return lower..<upper
                }
            }
            return slowRange(of: pattern, in: text)
        }
    }

    static func firstRange(of needle: String, in text: String) -> Range<String.Index>? {
        firstRange(of: needle, in: Substring(text))
    }

    /// The first match of `pattern` in `bytes` whose both ends are character boundaries.
    private static func offsets(
        of pattern: UnsafeBufferPointer<UInt8>, in bytes: UnsafeBufferPointer<UInt8>, boundary: (Int) -> Bool
    ) -> Range<Int>? {
        let n = pattern.count
        guard n <= bytes.count else { return nil }
        let first = pattern[0]
        var i = 0
        let last = bytes.count - n
        while i <= last {
            if bytes[i] == first {
                var k = 1
                while k < n, bytes[i + k] == pattern[k] { k += 1 }
                // A match inside a character (a combining mark after it, a byte of a longer
                // scalar) is no match: checked only for the rare full matches.
                if k == n, isBoundary(bytes, i), isBoundary(bytes, i + n), boundary(i), boundary(i + n) {
                    return i..<(i + n)
                }
            }
            i += 1
        }
        return nil
    }

    /// Not inside a scalar: the byte there is no UTF-8 continuation byte.
    private static func isBoundary(_ bytes: UnsafeBufferPointer<UInt8>, _ offset: Int) -> Bool {
        offset == bytes.count || bytes[offset] & 0xC0 != 0x80
    }

    private static func slowRange(of pattern: UnsafeBufferPointer<UInt8>, in text: Substring) -> Range<String.Index>? {
        let base = text.base
        let utf8 = text.utf8
        var start = utf8.startIndex
        while let i = utf8[start...].firstIndex(of: pattern[0]) {
            var end = utf8.index(after: i)
            var k = 1
            while k < pattern.count, end < utf8.endIndex, utf8[end] == pattern[k] {
                end = utf8.index(after: end)
                k += 1
            }
            if k == pattern.count, let lower = String.Index(i, within: base),
                let upper = String.Index(end, within: base)
            {
                return lower..<upper
            }
            start = utf8.index(after: i)
        }
        return nil
    }
}
