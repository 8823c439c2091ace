/// Substring search on UTF-8 bytes: the generator's hot loops ask "does this title contain that
/// keyword" thousands of times, and byte comparison is far cheaper than String's.
struct ByteString: Sendable, Hashable {
    let bytes: [UInt8]

    init(_ text: String) { bytes = Array(text.utf8) }

    init(bytes: [UInt8]) { self.bytes = bytes }

    /// ASCII letters lower-cased; other bytes as they are (keywords are written lower-case).
    init(lowercasing text: String) {
        bytes = text.utf8.map { (65...90).contains($0) ? $0 + 32 : $0 }
    }

    func contains(_ needle: ByteString) -> Bool {
        needle.bytes.isEmpty || firstIndex(of: needle) != nil
    }

    /// The byte offset where `needle` first starts.
    func firstIndex(of needle: ByteString) -> Int? {
        let n = needle.bytes.count
        guard n > 0, n <= bytes.count else { return nil }
        let first = needle.bytes[0]
        var i = 0
        let last = bytes.count - n
        while i <= last {
            if bytes[i] == first {
                var j = 1
                while j < n && bytes[i + j] == needle.bytes[j] { j += 1 }
                if j == n { return i }
            }
            i += 1
        }
        return nil
    }
}
