/// Lines of `text` without their line ends; CRLF and lone CR count as line ends.
public func normalizedLines(_ text: String) -> [String] {
    // Over the contiguous bytes: the generic split of a UTF8View checks every index it makes,
    // and every render splits its spec (a line break is one byte, never inside a character).
    var text = text.replacingCRLF()
    return text.withUTF8 { bytes in
        var lines: [String] = []
        var start = 0
        for index in 0..<bytes.count where bytes[index] == 10 {
            lines.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self))
            start = index + 1
        }
        if start < bytes.count {
            lines.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start...]), as: UTF8.self))
        }
        return lines
    }
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
