/// Lines of `text` without their line ends; CRLF and lone CR count as line ends.
public func normalizedLines(_ text: String) -> [String] {
    var lines = text.replacingCRLF().utf8.split(separator: 10, omittingEmptySubsequences: false).map {
        String(Substring($0))
    }
    if lines.last == "" { lines.removeLast() }
    return lines
}

extension StringProtocol {
    /// Without any of `characters` at either end: `"(3 days)".trimming("() ")` is `3 days`.
    func trimming(_ characters: String) -> String {
        let set = Set(characters)
        var text = Substring(self)
        while let first = text.first, set.contains(first) { text.removeFirst() }
        while let last = text.last, set.contains(last) { text.removeLast() }
        return String(text)
    }
}

extension String {
    /// The string without leading and trailing spaces and tabs.
    var trimmed: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { $0 != " " && $0 != "\t" }),
            let last = scalars.lastIndex(where: { $0 != " " && $0 != "\t" })
        else { return "" }
        if first == scalars.startIndex && last == scalars.index(before: scalars.endIndex) { return self }
        return String(scalars[first...last])
    }

    /// The string with each CRLF and lone CR made LF.
    func replacingCRLF() -> String {
        // "\r\n" is a single Character in Swift, so `contains("\r")` would miss it: look at the bytes.
        guard UTF8Scan.contains(13, in: self) else { return self }
        return String(map { $0 == "\r\n" || $0 == "\r" ? "\n" : $0 })
    }
}
