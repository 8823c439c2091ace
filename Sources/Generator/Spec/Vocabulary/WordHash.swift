/// A word's folded scalars hashed as they are read, so no string is built per word.
struct WordHash {
    private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325
    private(set) var length = 0

    mutating func add(_ scalar: Unicode.Scalar) {
        value = (value ^ UInt64(scalar.value)) &* 0x0000_0100_0000_01b3
        length += 1
    }
}
