/// Substring search on UTF-8 bytes: the generator's hot loops ask "does this title contain that
/// keyword" thousands of times, and byte comparison is far cheaper than String's.
struct ByteString: Sendable, Hashable {
    let bytes: [UInt8]

    init(_ text: String) { bytes = Array(text.utf8) }

    init(bytes: [UInt8]) { self.bytes = bytes }

    /// ASCII letters lower-cased; other bytes as they are (keywords are written lower-case).
    /// Read from the contiguous UTF-8 in one loop: a generic `map` over the UTF-8 view costs
    /// several times more, and every risk keyword search folds its text first.
    /// An ASCII capital lower-cased, any other byte as it is: every byte reader folds case so.
    static func lowercased(_ byte: UInt8) -> UInt8 { byte &- 65 < 26 ? byte + 32 : byte }

    init(lowercasing text: String) {
        var text = text
        bytes = text.withUTF8 { utf8 in
            [UInt8](unsafeUninitializedCapacity: utf8.count) { buffer, count in
                for index in utf8.indices {
                    let byte = utf8[index]
                    buffer[index] = ByteString.lowercased(byte)
                }
                count = utf8.count
            }
        }
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
