/// A value read from a JSON or TOML manifest. Tables keep their keys in file order.
indirect enum ManifestValue: Sendable, Equatable {
    case string(String)
    /// Numbers, dates and other scalars, as written.
    case scalar(String)
    case bool(Bool)
    case null
    case array([ManifestValue])
    case table([ManifestEntry])

    subscript(key: String) -> ManifestValue? {
        guard case .table(let entries) = self else { return nil }
        return entries.last { $0.key == key }?.value
    }

    var string: String? {
        switch self {
        case .string(let text), .scalar(let text): text
        case .bool(let value): value ? "true" : "false"
        default: nil
        }
    }

    var entries: [ManifestEntry] {
        if case .table(let entries) = self { return entries }
        return []
    }

    var array: [ManifestValue] {
        if case .array(let items) = self { return items }
        return []
    }

    /// The strings of an array, or the one string.
    var strings: [String] {
        if case .array(let items) = self { return items.compactMap(\.string) }
        return string.map { [$0] } ?? []
    }
}

struct ManifestEntry: Sendable, Equatable {
    var key: String
    var value: ManifestValue
}
