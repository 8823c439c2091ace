/// Byte tests on a string's UTF-8 in its contiguous storage (a native string's always is): the
/// generic `utf8.contains` walks the view index by index, and the tests below run on every line
/// and every piece of text a plan quotes.
enum UTF8Scan {
    /// The scalar whose UTF-8 starts at `i` of a string's bytes (valid UTF-8, so nothing is
    /// checked but the buffer's end), and its width in bytes: the readers that walk bytes and
    /// decode only what is not ASCII all decode with this.
    @inline(__always)
    static func scalar(in bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> (value: UInt32, width: Int) {
        let lead = UInt32(bytes[i])
        if lead < 0x80 { return (lead, 1) }
        let width = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
        var value = lead & (width == 2 ? 0x1F : width == 3 ? 0x0F : 0x07)
        for k in 1..<width where i + k < bytes.count { value = value << 6 | UInt32(bytes[i + k] & 0x3F) }
        return (value, width)
    }

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
