/// Bit sets by word hash: 512 slots, linear probing, keys compared whole.
struct HashedWordTable: Sendable {
    private var keys = [UInt64](repeating: 0, count: 512)
    private var values = [UInt8](repeating: 0, count: 512)

    mutating func insert(_ bits: UInt8, for key: UInt64) {
        var slot = Int(truncatingIfNeeded: key >> 17) & 511
        while values[slot] != 0, keys[slot] != key { slot = (slot + 1) & 511 }
        keys[slot] = key
        values[slot] |= bits
    }

    func bits(for key: UInt64) -> UInt8? {
        var slot = Int(truncatingIfNeeded: key >> 17) & 511
        while values[slot] != 0 {
            if keys[slot] == key { return values[slot] }
            slot = (slot + 1) & 511
        }
        return nil
    }
}
