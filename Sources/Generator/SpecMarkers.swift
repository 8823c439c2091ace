/// Things found anywhere in a spec's prose: open questions and references to other features.
enum SpecMarkers {
    /// Placeholder questions of the template itself, which no author meant as a question.
    private static let templateQuestions: Set<String> = ["specific question", "question", "..."]

    /// `[NEEDS CLARIFICATION: …]` markers that are real open questions: not inside code blocks,
    /// HTML comments, checklist lines or template guidance.
    static func openQuestions(_ sections: [MarkdownSection]) -> [String] {
        var result: [String] = []
        var seen = Set<String>()
        for section in sections where section.kind != .boilerplate {
            for line in section.lines where line.isProse && line.text.utf8.contains(91) {
                let body = line.text.trimmed
                if body.hasPrefix("- [") || body.hasPrefix("* [") { continue }
                var rest = Substring(body)
                while let start = rest.firstRange(of: "[NEEDS CLARIFICATION") {
                    let after = rest[start.upperBound...]
                    guard let close = after.firstIndex(of: "]") else { break }
                    var question = String(after[..<close]).trimmed
                    if question.hasPrefix(":") { question = String(question.dropFirst()).trimmed }
                    rest = after[after.index(after: close)...]
                    if question.isEmpty || templateQuestions.contains(question.lowercased()) { continue }
                    // Name the requirement the question is about, so the risk reads on its own.
                    if let item = MarkdownStructure.itemStart(body), let (id, _) = SpecParser.identified(item.1, prefixes: ["FR", "NFR", "REQ", "SC"]) {
                        question = "\(id): \(question)"
                    }
                    if seen.insert(question).inserted { result.append(question) }
                }
            }
        }
        return result
    }

    /// The text without its `[NEEDS CLARIFICATION: …]` markers.
    static func removingQuestions(_ text: String) -> String {
        guard text.utf8.contains(91) else { return text }
        var result = ""
        var rest = Substring(text)
        // One pass: each search starts where the last marker ended.
        while let start = rest.firstRange(of: "[NEEDS CLARIFICATION"), let close = rest[start.upperBound...].firstIndex(of: "]") {
            result += rest[..<start.lowerBound]
            rest = rest[rest.index(after: close)...]
        }
        return result + rest
    }

    /// Other features this spec names: `002-ice-rink-management`, `Spec 002`, `feature 002` or a bare `002`.
    /// The spec's own number is left out, and so are requirement ids such as `FR-002`.
    static func featureReferences(_ sections: [MarkdownSection], ownFolder: String) -> [String] {
        let ownNumber = String(ownFolder.prefix(while: \.isNumber))
        var result: [String] = []
        for section in sections where section.kind != .boilerplate {
            let heading = section.heading.map { MarkdownLine(text: $0.title, inCode: false, inComment: false) }
            for line in [heading].compactMap({ $0 }) + section.lines where line.isProse {
                // Tables list requirement numbers (`| 005 | Service Scope |`), not features: only full folder names count there.
                let inTable = line.text.trimmed.hasPrefix("|")
                for reference in references(in: line.text) where !inTable || reference.count > 3 {
                    let number = String(reference.prefix(while: \.isNumber))
                    guard number != ownNumber, reference != ownFolder else { continue }
                    // A folder name says more than its number alone: keep the longer form.
                    if let index = result.firstIndex(where: { $0.prefix(while: \.isNumber) == number }) {
                        if reference.count > result[index].count { result[index] = reference }
                    } else {
                        result.append(reference)
                    }
                }
            }
        }
        return result
    }

    /// Three-digit feature numbers with an optional `-slug`, not glued to other words or digits.
    static func references(in line: String) -> [String] {
        // Digits, dashes and ASCII letters decide everything here: walk scalars, not Characters.
        guard line.utf8.contains(where: { (48...57).contains($0) }) else { return [] }
        let chars = Array(line.unicodeScalars)
        func isDigit(_ c: Unicode.Scalar) -> Bool { ("0"..."9").contains(c) }
        func isLower(_ c: Unicode.Scalar) -> Bool { ("a"..."z").contains(c) }
        var found: [String] = []
        var i = 0
        while i + 3 <= chars.count {
            let isStart = i == 0 || !(Text.isWordScalar(chars[i - 1]) || "-_./:#@".unicodeScalars.contains(chars[i - 1]))
            guard isStart, isDigit(chars[i]), isDigit(chars[i + 1]), isDigit(chars[i + 2]) else {
                i += 1
                continue
            }
            var end = i + 3
            if end < chars.count, isDigit(chars[end]) || chars[end] == "." || chars[end] == "%" || chars[end] == "," && end + 1 < chars.count && isDigit(chars[end + 1]) {
                i = end
                continue
            }
            var name = String(String.UnicodeScalarView(chars[i..<end]))
            if end < chars.count, chars[end] == "-", end + 1 < chars.count, isLower(chars[end + 1]) {
                var j = end + 1
                while j < chars.count, isLower(chars[j]) || isDigit(chars[j]) || chars[j] == "-" { j += 1 }
                while chars[j - 1] == "-" { j -= 1 }
                name = String(String.UnicodeScalarView(chars[i..<j]))
                end = j
            } else if end < chars.count, chars[end].properties.isAlphabetic {
                i = end
                continue
            }
            let leading = name.prefix(3)
            // A bare number counts only in the zero-padded form features are numbered in, or after "spec"/"feature".
            let before = String(String.UnicodeScalarView(chars[max(0, i - 13)..<i])).lowercased()
            if name.count > 3 || leading.hasPrefix("0") || before.hasSuffix("spec ") || before.hasSuffix("feature ") || before.hasSuffix("specification ") {
                found.append(name)
            }
            i = end
        }
        return found
    }
}
