/// The byte pairs a text holds, hashed into 256 bits: a keyword one of whose pairs is missing
/// cannot occur in the text, which is what a search of most texts for most keywords finds out.
/// Risk rules ask every requirement and story for a few dozen keywords; with the mask, a text is
/// searched only for the keywords that may be in it.
struct BytePairMask: Sendable {
    private var a: UInt64 = 0
    private var b: UInt64 = 0
    private var c: UInt64 = 0
    private var d: UInt64 = 0

    init(_ bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { buffer in
            guard buffer.count >= 2 else { return }
            var previous = buffer[0]
            for index in 1..<buffer.count {
                let byte = buffer[index]
                let hash = (UInt(previous) &* 31 &+ UInt(byte)) & 255
                let bit: UInt64 = 1 &<< UInt64(hash & 63)
                switch hash &>> 6 {
                case 0: a |= bit
                case 1: b |= bit
                case 2: c |= bit
                default: d |= bit
                }
                previous = byte
            }
        }
    }

    /// Whether every pair of `other` is (perhaps) here; false means it is certainly not.
    func covers(_ other: BytePairMask) -> Bool {
        other.a & ~a | other.b & ~b | other.c & ~c | other.d & ~d == 0
    }
}

/// Lower-case keywords with their pair masks, made once: the texts they are looked for in are
/// many, the keywords few and fixed.
struct Keywords: Sendable {
    let words: [ByteString]
    let masks: [BytePairMask]

    init(_ words: [String]) {
        self.words = words.map { ByteString(lowercasing: $0) }
        masks = self.words.map { BytePairMask($0.bytes) }
    }
}
