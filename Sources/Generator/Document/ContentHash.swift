/// A text's FNV-1a hash as 16 hex digits: enough to tell whether a section still holds what
/// plansync generated, and to fingerprint a plan's inputs.
///
/// This is edit detection, not security: a user who forges a hash only makes plansync
/// regenerate a section they edited, which the marker comments warn against.
public enum ContentHash {
    public static func of(_ text: String) -> String {
        hex(FNV1a.hash(text.utf8))
    }

    /// A hash folded piece by piece (`FNV1a.add`) written as `of(_:)` writes it.
    static func hex(_ value: UInt64) -> String {
        let hex = String(value, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
