/// JSON text written by hand, one value at a time: the log's lines and `status --json` share it,
/// so that every name reaches a script exactly as it is on disk, escaped as JSON escapes it.
enum JSONText {
    /// `text` as a JSON string literal, quotes included.
    static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            // C0 and C1 controls, DEL, and the line and paragraph separators that some readers
            // of JSON Lines split on.
            case _
            where scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || scalar.value == 0x2028
                || scalar.value == 0x2029:
                let hex = String(scalar.value, radix: 16)
                result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }

    /// `items` as a JSON array of strings.
    static func array(_ items: [String]) -> String { "[" + items.map(quoted).joined(separator: ",") + "]" }

    /// An optional string: the literal, or `null`.
    static func optional(_ text: String?) -> String { text.map(quoted) ?? "null" }
}
