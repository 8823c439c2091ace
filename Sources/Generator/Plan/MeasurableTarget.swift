/// A figure a requirement or criterion holds the code to: `500 ms`, `15 minutes`, `64 KB`,
/// `99.9 %`, `60fps`, `10,000 items`, read in one pass over the text's bytes.
struct MeasurableTarget: Equatable {
    enum Dimension: Equatable {
        /// A duration, in seconds.
        case time(Double)
        /// A size in bytes: memory, storage, a download.
        case size(Double)
        case percentage(Double)
        /// Frames per second.
        case rate
        /// Hertz: a display's refresh rate, or a tone's pitch.
        case frequency
        /// A number of things handled at once or in one go: items, users, requests.
        case count(Double)
    }

    /// The figure as written, number and unit: `500 ms`, `10,000 items`.
    let figure: String
    let dimension: Dimension

    /// Every figure of `text`, in order.
    static func all(in text: String) -> [MeasurableTarget] {
        // Most texts hold no digit: they are ruled out before their bytes are copied.
        guard text.utf8.contains(where: { (48...57).contains($0) }) else { return [] }
        let bytes = Array(text.utf8)
        var result: [MeasurableTarget] = []
        var i = 0
        while i < bytes.count {
            guard (48...57).contains(bytes[i]), i == 0 || !isWordByte(bytes[i - 1]) else {
                i += 1
                continue
            }
            let start = i
            var digits: [UInt8] = []
            while i < bytes.count,
                (48...57).contains(bytes[i])
                    || ((bytes[i] == 44 || bytes[i] == 46) && i + 1 < bytes.count && (48...57).contains(bytes[i + 1]))
            {
                if bytes[i] != 44 { digits.append(bytes[i]) }
                i += 1
            }
            let numberEnd = i
            if i < bytes.count, bytes[i] == UInt8(ascii: "+") { i += 1 }
            var unitStart = i
            while unitStart < bytes.count, bytes[unitStart] == 32 { unitStart += 1 }
            var unitEnd = unitStart
            let cjk = unitStart < bytes.count && bytes[unitStart] >= 0x80
            while unitEnd < bytes.count, isWordByte(bytes[unitEnd]) || (cjk && bytes[unitEnd] >= 0x80) { unitEnd += 1 }
            if unitEnd == unitStart, unitStart < bytes.count, bytes[unitStart] == 37 { unitEnd = unitStart + 1 }
            let unit = String(decoding: bytes[unitStart..<unitEnd], as: UTF8.self).lowercased()
            guard let value = Double(String(decoding: digits, as: UTF8.self)),
                let (dimension, length) = Self.dimension(unit: unit, value: value)
            else { continue }
            var end = unitStart + length
            if case .count = dimension, ["concurrent", "simultaneous"].contains(unit) {
                // `20+ concurrent pods`: the thing counted is the next word.
                var next = end
                while next < bytes.count, bytes[next] == 32 { next += 1 }
                var wordEnd = next
                while wordEnd < bytes.count, isWordByte(bytes[wordEnd]) { wordEnd += 1 }
                if wordEnd > next { end = wordEnd }
            }
            let figure =
                String(decoding: bytes[start..<numberEnd], as: UTF8.self)
                + (i > numberEnd && bytes[numberEnd] == UInt8(ascii: "+") ? "+" : "") + " "
                + String(decoding: bytes[unitStart..<end], as: UTF8.self)
            result.append(MeasurableTarget(figure: figure, dimension: dimension))
            i = end
        }
        return result
    }

    private static func isWordByte(_ byte: UInt8) -> Bool {
        (48...57).contains(byte) || (65...90).contains(byte) || (97...122).contains(byte)
    }

    /// What a unit measures, and how many bytes of it belong to the unit (a CJK unit may run on
    /// into the next word: `15分钟内`).
    private static func dimension(unit: String, value: Double) -> (Dimension, Int)? {
        if unit == "%" { return (.percentage(value), 1) }
        if let seconds = timeUnits[unit] { return (.time(value * seconds), unit.utf8.count) }
        if let bytes = sizeUnits[unit] { return (.size(value * bytes), unit.utf8.count) }
        if unit == "fps" { return (.rate, unit.utf8.count) }
        if unit == "hz" { return (.frequency, unit.utf8.count) }
        if countNouns.contains(unit), value >= 10 { return (.count(value), unit.utf8.count) }
        for (prefix, seconds) in cjkTimeUnits where unit.hasPrefix(prefix) {
            return (.time(value * seconds), prefix.utf8.count)
        }
        return nil
    }

    private static let timeUnits: [String: Double] = [
        "ms": 0.001, "millisecond": 0.001, "milliseconds": 0.001, "sec": 1, "secs": 1, "second": 1, "seconds": 1,
        "min": 60, "mins": 60, "minute": 60, "minutes": 60, "hour": 3600, "hours": 3600, "hr": 3600, "hrs": 3600,
        "segundos": 1, "minutos": 60, "secondes": 1, "sekunden": 1, "millisekunden": 0.001, "minuten": 60,
    ]
    /// Longest first: `毫秒` before `秒`.
    private static let cjkTimeUnits: [(String, Double)] = [
        ("ミリ秒", 0.001), ("毫秒", 0.001), ("分钟", 60), ("分鐘", 60), ("小时", 3600), ("時間", 3600), ("秒", 1), ("分", 60),
    ]
    private static let sizeUnits: [String: Double] = [
        "b": 1, "bytes": 1, "kb": 1024, "kib": 1024, "mb": 1_048_576, "mib": 1_048_576, "gb": 1_073_741_824,
        "gib": 1_073_741_824,
    ]
    private static let countNouns: Set<String> = [
        "items", "users", "records", "rows", "requests", "entries", "files", "elements", "shapes", "objects",
        "connections", "collaborators", "clients", "devices", "nodes", "events", "messages", "documents", "apps",
        "concurrent", "simultaneous", "players", "transactions", "pages", "products", "points", "references",
        "bookings",
        "orders", "invoices", "accounts", "packages", "modules",
    ]
}
