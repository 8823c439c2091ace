/// `firstRange(of:)` on UTF-8 bytes, for the short fixed separators and delimiters the readers
/// look for in every item (`" — "`, `": "`, `"**"`): the standard library's generic search
/// compares `Character`s and cost a few per cent of a render.
///
/// The same answer as `firstRange(of:)` for needles no other byte sequence is canonically equal
/// to (ASCII, dashes, arrows, full-width colons): a byte match counts only where both its ends
/// are character boundaries.
enum ByteSearch {
    static func firstRange(of needle: String, in text: Substring) -> Range<String.Index>? {
        let base = text.base
        var needleBytes = needle
        return needleBytes.withUTF8 { pattern -> Range<String.Index>? in
            guard let first = pattern.first else { return text.startIndex..<text.startIndex }
            let utf8 = text.utf8
            var start = utf8.startIndex
            while let i = utf8[start...].firstIndex(of: first) {
                var end = utf8.index(after: i)
                var k = 1
                while k < pattern.count, end < utf8.endIndex, utf8[end] == pattern[k] {
                    end = utf8.index(after: end)
                    k += 1
                }
                if k == pattern.count, let lower = String.Index(i, within: base),
                    let upper = String.Index(end, within: base), lower >= text.startIndex, upper <= text.endIndex
                {
                    return lower..<upper
                }
                start = utf8.index(after: i)
            }
            return nil
        }
    }

    static func firstRange(of needle: String, in text: String) -> Range<String.Index>? {
        firstRange(of: needle, in: Substring(text))
    }
}
