/// A set of ASCII bytes as a table, asked once per byte while scanning back through a line
/// (a `Set<UInt8>` hashes each byte, and a literal one is built per call).
struct ByteClass {
    private let members: [Bool]

    init(_ ascii: String) {
        var members = [Bool](repeating: false, count: 256)
        for byte in ascii.utf8 { members[Int(byte)] = true }
        self.members = members
    }

    func contains(_ byte: UInt8) -> Bool { members[Int(byte)] }
}
