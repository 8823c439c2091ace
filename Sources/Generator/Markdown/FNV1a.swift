/// FNV-1a, 64 bits: the one hash of bytes in the generator. It is small, fast on short inputs
/// and the same on every machine and every run (Swift's `Hasher` is seeded per process), so its
/// values can be stored: plan.md's section hashes and inputs fingerprint (`ContentHash`), the
/// word hashes of `WordIndex` and `PhraseSet`.
struct FNV1a {
    private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    mutating func add(_ byte: UInt8) {
        value = (value ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
    }

    /// Folds `bytes` into the hash, as `hash(_:)` does: a text made of several pieces (a plan
    /// section's lines, the inputs' fields) is hashed piece by piece, never joined into a copy.
    mutating func add(_ bytes: some Sequence<UInt8>) {
        value = bytes.withContiguousStorageIfAvailable { Self.fold($0, from: value) } ?? Self.fold(bytes, from: value)
    }

    /// The hash of `bytes`. Contiguous bytes (a native string's UTF-8, an array) are read
    /// without the generic iterator: section hashes run over the whole plan on every render.
    static func hash(_ bytes: some Sequence<UInt8>) -> UInt64 {
        var hash = FNV1a()
        hash.add(bytes)
        return hash.value
    }

    private static func fold(_ bytes: some Sequence<UInt8>, from value: UInt64) -> UInt64 {
        var hash = FNV1a(value: value)
        for byte in bytes { hash.add(byte) }
        return hash.value
    }
}
