/// A small hash table keyed by precomputed 64-bit word hashes: open addressing over a power-of-two
/// array, so a lookup is a mask and a compare (no re-hashing of the key, unlike `Dictionary`).
struct WordTable<Element: Sendable>: Sendable {
    private var keys: [UInt64] = Array(repeating: 0, count: 16)
    private var slots: [[Element]] = Array(repeating: [], count: 16)
    private var count = 0

    subscript(key: UInt64) -> [Element] {
        let mask = keys.count - 1
        var index = Int(truncatingIfNeeded: key) & mask
        while !slots[index].isEmpty {
            if keys[index] == key { return slots[index] }
            index = (index + 1) & mask
        }
        return []
    }

    mutating func append(_ element: Element, for key: UInt64) {
        if (count + 1) * 2 > keys.count { grow() }
        let mask = keys.count - 1
        var index = Int(truncatingIfNeeded: key) & mask
        while !slots[index].isEmpty, keys[index] != key { index = (index + 1) & mask }
        if slots[index].isEmpty { count += 1 }
        keys[index] = key
        slots[index].append(element)
    }

    private mutating func grow() {
        let old = zip(keys, slots).filter { !$0.1.isEmpty }
        keys = Array(repeating: 0, count: keys.count * 2)
        slots = Array(repeating: [], count: keys.count)
        count = 0
        for (key, elements) in old {
            for element in elements { append(element, for: key) }
        }
    }
}
