/// Finds ids of any `PREFIX-NNN` shape: 2-5 ASCII capitals, a hyphen, 1-5 digits (one `.N`
/// level allowed), an optional letter (`FR-020A`). Standards and versions that share the shape
/// (`UTF-8`, `ISO-8601`, `SHA-256`, `COVID-19`) are not ids. Works on bytes: ids are ASCII.
public enum ItemIDScanner {
    /// Prefixes of names that look like ids but are not.
    static let notPrefixes: Set<String> = [
        "UTF", "ISO", "SHA", "RFC", "GPL", "LGPL", "AGPL", "ISBN", "ISSN", "AES", "RSA", "TLS", "SSL", "HTTP", "MD",
        "CVE", "COVID", "GPT",
        "IPV", "WCAG", "IEEE", "IEC", "ECMA", "ES", "MP", "HDMI", "USB", "PCI", "DDR", "LTE", "CSS", "HTML", "BSD",
        "MIT", "CC", "EAN",
        "UPC", "ASCII", "ANSI", "DIN", "EN", "NIST", "PEP", "JSR", "ECDSA", "PKCS", "ARM", "WPA", "IPA", "UTC", "GMT",
        "CET", "PST",
    ]

    /// The id that opens a list item, heading, table row or line, and what follows it.
    public static func leading(in line: String) -> ItemIDMatch? {
        leadingMatch(Array(line.utf8))?.match
    }

    static func leading(in line: LineFold) -> ItemIDMatch? {
        leadingMatch(line.bytes)?.match
    }

    /// Every id of the line in order, the leading one included, each with where it stands.
    public static func all(in line: String) -> [ItemIDMatch] {
        let bytes = Array(line.utf8)
        var result: [ItemIDMatch] = []
        var i = 0
        if let (lead, end) = leadingMatch(bytes) {
            result.append(lead)
            i = end
        }
        guard bytes[i...].contains(45) else { return result }
        while i < bytes.count {
            guard isUpper(bytes[i]), i == 0 || !isWordByte(bytes[i - 1]) else {
                i += 1
                continue
            }
            guard let (id, end) = scanID(bytes, at: i, compact: false) else {
                while i < bytes.count, isWordByte(bytes[i]) { i += 1 }
                continue
            }
            let bold = i >= 2 && bytes[i - 1] == 42 && bytes[i - 2] == 42
            result.append(
                ItemIDMatch(id: id, position: isCellWhole(bytes, i, end) ? .tableCell : .inline, isBold: bold, rest: "")
            )
            i = end
        }
        return result
    }

    private static func leadingMatch(_ bytes: [UInt8]) -> (match: ItemIDMatch, end: Int)? {
        var i = skipSpaces(bytes, 0)
        guard i < bytes.count else { return nil }
        var position = ItemPosition.lineStart
        if bytes[i] == 35 {
            while i < bytes.count, bytes[i] == 35 { i += 1 }
            position = .heading
        } else if bytes[i] == 124 {
            i += 1
            position = .tableCell
        } else if let afterMarker = listMarkerEnd(bytes, i) {
            i = afterMarker
            position = .listItem
        }
        i = skipSpaces(bytes, i)
        if position == .listItem, let afterBox = checkboxEnd(bytes, i) { i = skipSpaces(bytes, afterBox) }
        var bold = false
        var opened = 0
        while i < bytes.count, opened < 3, isOpener(bytes[i]) {
            if bytes[i] == 42 || bytes[i] == 95, i + 1 < bytes.count, bytes[i + 1] == bytes[i] {
                bold = true
                i += 1
            }
            i += 1
            opened += 1
        }
        guard let (id, end) = scanID(bytes, at: i, compact: position == .heading) else { return nil }
        let rest = restAfterID(bytes, from: end, boldOpen: bold, table: position == .tableCell)
        return (ItemIDMatch(id: id, position: position, isBold: bold, rest: rest), end)
    }

    /// The id a heading title opens with, compact forms (`AC1`) allowed for known prefixes.
    static func headingID(in title: String) -> ItemID? {
        let line = title.utf8.first == 35 ? title : "# " + title
        return leading(in: line)?.id
    }

    // MARK: - Scanning

    /// An id starting at `i`, and where it ends.
    static func scanID(_ b: [UInt8], at i: Int, compact: Bool) -> (ItemID, Int)? {
        guard i < b.count, i == 0 || !isWordByte(b[i - 1]) || b[i - 1] == 95 else { return nil }
        if i > 0, b[i - 1] == 45 || b[i - 1] == 47 || b[i - 1] == 46 { return nil }
        var k = i
        while k < b.count, isUpper(b[k]) { k += 1 }
        guard (2...5).contains(k - i) else { return nil }
        let prefix = String(decoding: b[i..<k], as: UTF8.self)
        guard !notPrefixes.contains(prefix) else { return nil }
        var hyphen = false
        if k < b.count, b[k] == 45 {
            hyphen = true
            k += 1
        } else if !compact || ItemKind(prefix: prefix) == nil {
            return nil
        }
        let digitsStart = k
        while k < b.count, isDigit(b[k]) { k += 1 }
        guard (1...5).contains(k - digitsStart) else { return nil }
        if k + 1 < b.count, b[k] == 46, isDigit(b[k + 1]) {
            k += 1
            while k < b.count, isDigit(b[k]) { k += 1 }
        }
        let numberEnd = k
        if k < b.count, isLetter(b[k]), k + 1 == b.count || !isWordByte(b[k + 1]) { k += 1 }
        guard k == b.count || !isWordByte(b[k]) else { return nil }
        // `CVE-2021-1234`, `ABC-12-3`: a longer code, not an id.
        if k + 1 < b.count, b[k] == 45, isWordByte(b[k + 1]) { return nil }
        let number = String(decoding: b[digitsStart..<numberEnd], as: UTF8.self)
        let suffix = String(decoding: b[numberEnd..<k], as: UTF8.self)
        let text = String(decoding: b[i..<k], as: UTF8.self)
        return (ItemID(prefix: prefix, number: number, suffix: suffix, text: hyphen ? nil : text), k)
    }

    /// What follows an id that opens a line: its closing markup and separator skipped.
    private static func restAfterID(_ b: [UInt8], from start: Int, boldOpen: Bool, table: Bool) -> String {
        var k = start
        var boldOpen = boldOpen
        func skipClosers() {
            while k < b.count, isCloser(b[k]) {
                if b[k] == 42 || b[k] == 95, k + 1 < b.count, b[k + 1] == b[k] {
                    boldOpen = false
                    k += 1
                }
                k += 1
            }
        }
        skipClosers()
        k = skipSpaces(b, k)
        if table {
            if k < b.count, b[k] == 124 { k += 1 }
        } else if let afterSeparator = separatorEnd(b, k) {
            k = afterSeparator
            skipClosers()
        }
        k = skipSpaces(b, k)
        var rest = Array(b[k...])
        while let last = rest.last, last == 32 || last == 9 { rest.removeLast() }
        if boldOpen, let close = firstPair(rest, 42) ?? firstPair(rest, 95) {
            rest.removeSubrange(close..<(close + 2))
        }
        return String(decoding: rest, as: UTF8.self)
    }

    /// `:`, `-`, `.`, `)`, `：`, `–`, `—` after an id.
    private static func separatorEnd(_ b: [UInt8], _ k: Int) -> Int? {
        guard k < b.count else { return nil }
        if b[k] == 58 || b[k] == 45 || b[k] == 46 || b[k] == 41 { return k + 1 }
        let threeBytes: [[UInt8]] = [[0xEF, 0xBC, 0x9A], [0xE2, 0x80, 0x93], [0xE2, 0x80, 0x94]]
        for mark in threeBytes where k + 3 <= b.count && Array(b[k..<(k + 3)]) == mark { return k + 3 }
        return nil
    }

    private static func firstPair(_ b: [UInt8], _ byte: UInt8) -> Int? {
        var k = 0
        while k + 1 < b.count {
            if b[k] == byte, b[k + 1] == byte { return k }
            k += 1
        }
        return nil
    }

    /// Where a line's content starts: after spaces, a list marker and a checkbox.
    static func contentStart(_ b: [UInt8]) -> Int? {
        var i = skipSpaces(b, 0)
        if let afterMarker = listMarkerEnd(b, i) { i = skipSpaces(b, afterMarker) }
        if let afterBox = checkboxEnd(b, i) { i = skipSpaces(b, afterBox) }
        return i < b.count ? i : nil
    }

    /// `- `, `* `, `+ `, `1. `, `1) `: where the item's text starts.
    static func listMarkerEnd(_ b: [UInt8], _ i: Int) -> Int? {
        guard i < b.count else { return nil }
        if b[i] == 45 || b[i] == 42 || b[i] == 43, i + 1 < b.count, b[i + 1] == 32 || b[i + 1] == 9 { return i + 2 }
        var k = i
        while k < b.count, isDigit(b[k]) { k += 1 }
        guard k > i, k - i <= 4, k + 1 < b.count, b[k] == 46 || b[k] == 41, b[k + 1] == 32 else { return nil }
        return k + 2
    }

    /// `[ ] ` or `[x] `: a checklist box.
    static func checkboxEnd(_ b: [UInt8], _ i: Int) -> Int? {
        guard i + 3 < b.count, b[i] == 91, b[i + 1] == 32 || b[i + 1] == 120 || b[i + 1] == 88, b[i + 2] == 93,
            b[i + 3] == 32
        else { return nil }
        return i + 4
    }

    /// Whether the id alone (bold or code aside) fills a table cell.
    private static func isCellWhole(_ b: [UInt8], _ start: Int, _ end: Int) -> Bool {
        var before = start - 1
        while before >= 0, isPadding(b[before]) { before -= 1 }
        var after = end
        while after < b.count, isPadding(b[after]) { after += 1 }
        return before >= 0 && b[before] == 124 && after < b.count && b[after] == 124
    }

    private static func skipSpaces(_ b: [UInt8], _ i: Int) -> Int {
        var k = i
        while k < b.count, b[k] == 32 || b[k] == 9 { k += 1 }
        return k
    }

    /// `*`, `_`, `[`, `` ` `` before an id.
    private static func isOpener(_ byte: UInt8) -> Bool { byte == 42 || byte == 95 || byte == 91 || byte == 96 }
    /// `*`, `_`, `]`, `` ` `` after an id.
    private static func isCloser(_ byte: UInt8) -> Bool { byte == 42 || byte == 95 || byte == 93 || byte == 96 }
    /// Space and emphasis around an id in a table cell.
    private static func isPadding(_ byte: UInt8) -> Bool { byte == 32 || byte == 42 || byte == 95 || byte == 96 }
    private static func isUpper(_ byte: UInt8) -> Bool { (65...90).contains(byte) }
    private static func isLetter(_ byte: UInt8) -> Bool { (65...90).contains(byte) || (97...122).contains(byte) }
    private static func isDigit(_ byte: UInt8) -> Bool { (48...57).contains(byte) }
    /// ASCII letters, digits and `_`: a CJK character glued to an id (`见FR-001的`) is a boundary.
    private static func isWordByte(_ byte: UInt8) -> Bool { isLetter(byte) || isDigit(byte) || byte == 95 }
}
