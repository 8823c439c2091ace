/// FNV-1a, 64 bits: enough to tell whether a section still holds what plansync generated.
///
/// This is edit detection, not security: a user who forges a hash only makes plansync
/// regenerate a section they edited, which the marker comments warn against.
public enum ContentHash {
    public static func of(_ text: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
