/// Control characters (C0, DEL, C1) made visible, for every path, name or message written to a
/// text log or a terminal.
///
/// A folder may be named anything but `/` and NUL: a name holding `\n<3>` would forge a journald
/// error line, and one holding `ESC [` would drive the terminal. Escaped, each shows as what it is
/// (`\n`, `\x1b`, `\u0085`) on the one line it belongs to. Backslashes are left as they are, so
/// escaping twice changes nothing and paths stay readable; JSON log lines escape on their own.
enum ControlCharacters {
    /// C0 (U+0000–U+001F), DEL (U+007F) and C1 (U+0080–U+009F).
    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
    }

    /// The first control character in `text`, nil when it has none.
    static func first(in text: String) -> Unicode.Scalar? {
        text.unicodeScalars.first(where: isControl)
    }

    /// `text` with every control character written as an escape: `\t`, `\n`, `\r`, `\x1b` (C0 and
    /// DEL), `\u0085` (C1). Text without any is returned as it is.
    static func escaped(_ text: String) -> String {
        guard first(in: text) != nil else { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count + 8)
        for scalar in text.unicodeScalars {
            if isControl(scalar) { result += escape(scalar) } else { result.unicodeScalars.append(scalar) }
        }
        return result
    }

    /// `text`'s lines, each escaped: control characters other than the line breaks that separate
    /// them are made visible. For messages of several lines whose words are already escaped.
    static func escapedLines(_ text: String) -> String {
        guard first(in: text) != nil else { return text }
        return text.split(separator: "\n", omittingEmptySubsequences: false).map { escaped(String($0)) }.joined(
            separator: "\n")
    }

    /// One control character as an escape: `\n`, `\x1b`, `\u0085`.
    static func escape(_ scalar: Unicode.Scalar) -> String {
        switch scalar {
        case "\t": return "\\t"
        case "\n": return "\\n"
        case "\r": return "\\r"
        default:
            let hex = String(scalar.value, radix: 16)
            return scalar.value < 0x80 ? "\\x" + (hex.count < 2 ? "0" : "") + hex : "\\u00" + hex
        }
    }

    /// `U+000A`, the name of a character for messages that must not print it.
    static func codePoint(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }
}
