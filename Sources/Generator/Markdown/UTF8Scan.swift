/// Byte tests on a string's UTF-8 in its contiguous storage (a native string's always is): the
/// generic `utf8.contains` walks the view index by index, and the tests below run on every line
/// and every piece of text a plan quotes.
enum UTF8Scan {
    static func contains(_ byte: UInt8, in text: String) -> Bool {
        text.utf8.withContiguousStorageIfAvailable { $0.contains(byte) } ?? text.utf8.contains(byte)
    }

    static func contains(in text: String, where predicate: (UInt8) -> Bool) -> Bool {
        text.utf8.withContiguousStorageIfAvailable { $0.contains(where: predicate) }
            ?? text.utf8.contains(where: predicate)
    }

    /// Whether `PlainText.collapsingSpaces` would change the text: a space at either end, a tab,
    /// a line end, or two spaces in a row. One pass.
    static func hasBlanksToCollapse(_ text: String) -> Bool {
        text.utf8.withContiguousStorageIfAvailable(hasBlanksToCollapse)
            ?? Array(text.utf8).withUnsafeBufferPointer(hasBlanksToCollapse)
    }

    private static func hasBlanksToCollapse(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = bytes.first, let last = bytes.last else { return false }
        if first == 32 || last == 32 { return true }
        var previous: UInt8 = 0
        for byte in bytes {
            if byte == 9 || byte == 10 || (byte == 32 && previous == 32) { return true }
            previous = byte
        }
        return false
    }
}
