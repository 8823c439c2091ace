/// An item id as the author wrote it: `FR-020A`, `FR-001a`, `NFR-003`, `OR-001`, `RF-001`,
/// `CS-001`, `SC-001`, `US-01`, `EC-001`; in headings also the compact `AC1`, `US2`. Plans cite
/// it verbatim, so `FR-020A` never becomes "FR-020: A:".
public struct ItemID: Hashable, Sendable, CustomStringConvertible {
    /// 2-5 ASCII capitals: `FR`, `NFR`.
    public let prefix: String
    /// The digits as written, leading zeros kept (`020`), with one `.N` level if written (`001.2`).
    public let number: String
    /// One letter after the number (`A` in `FR-020A`), or empty.
    public let suffix: String
    /// The id exactly as written (`FR-020A`, `AC1`).
    public let text: String

    public init(prefix: String, number: String, suffix: String = "", text: String? = nil) {
        self.prefix = prefix
        self.number = number
        self.suffix = suffix
        self.text = text ?? "\(prefix)-\(number)\(suffix)"
    }

    public var description: String { text }

    /// What the prefix usually names, whatever section the id stands in.
    public var kind: ItemKind? { ItemKind(prefix: prefix) }

    /// The number's value (`20` for `FR-020A`), for ordering; nil for a dotted number.
    public var value: Int? { Int(number) }
}
