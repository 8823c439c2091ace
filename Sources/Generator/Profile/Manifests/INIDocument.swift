/// INI-style files (`platformio.ini`, `setup.cfg`): `[section]`, `key = value` or `key: value`,
/// indented continuation lines as further values, `;` and `#` comments.
struct INIDocument {
    struct Entry {
        var section: String
        var key: String
        /// The value on the key's line (when not empty) and each continuation line.
        var values: [String]
    }

    private(set) var entries: [Entry] = []

    init(_ text: String) {
        var section = ""
        for raw in normalizedLines(text) {
            let trimmed = raw.trimmed
            if trimmed.isEmpty || trimmed.hasPrefix(";") || trimmed.hasPrefix("#") { continue }
            if raw.first == " " || raw.first == "\t", !entries.isEmpty {
                entries[entries.count - 1].values.append(INIDocument.uncommented(trimmed))
                continue
            }
            if trimmed.hasPrefix("["), let close = trimmed.firstIndex(of: "]") {
                section = String(trimmed[trimmed.index(after: trimmed.startIndex)..<close]).trimmed
                continue
            }
            guard let separator = trimmed.firstIndex(where: { $0 == "=" || $0 == ":" }) else { continue }
            let value = INIDocument.uncommented(String(trimmed[trimmed.index(after: separator)...]).trimmed)
            entries.append(
                Entry(
                    section: section, key: String(trimmed[..<separator]).trimmed.lowercased(),
                    values: value.isEmpty ? [] : [value]))
        }
    }

    /// Every value of `key` in sections accepted by `section`.
    func values(_ key: String, inSection section: (String) -> Bool) -> [String] {
        entries.filter { $0.key == key && section($0.section) }.flatMap(\.values)
    }

    /// `lib_deps = a, b ; comment` -> `a, b`.
    private static func uncommented(_ text: String) -> String {
        guard let mark = text.firstRange(of: " ;") ?? text.firstRange(of: " #") else { return text }
        return String(text[..<mark.lowerBound]).trimmed
    }
}
