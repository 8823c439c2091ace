/// A text's FNV-1a hash as 16 hex digits: enough to tell whether a section still holds what
/// plansync generated, and to fingerprint a plan's inputs.
///
/// This is edit detection, not security: a user who forges a hash only makes plansync
/// regenerate a section they edited, which the marker comments warn against.
public enum ContentHash {
    public static func of(_ text: String) -> String {
        let hex = String(FNV1a.hash(text.utf8), radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
