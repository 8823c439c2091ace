/// Things found anywhere in a spec's prose: open questions and references to other features.
enum SpecMarkers {
    /// Placeholder questions of the template itself, which no author meant as a question.
    private static let templateQuestions: Set<String> = ["specific question", "question", "..."]

    /// `[NEEDS CLARIFICATION: …]` markers that are real open questions: not inside code blocks,
    /// HTML comments, checklist lines or template guidance.
    static func openQuestions(_ sections: [MarkdownSection]) -> [String] {
        var result: [String] = []
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
                    if let item = MarkdownStructure.itemStart(body),
                        let identified = SpecParser.identified(item.text, prefixes: ["FR", "NFR", "REQ", "SC"])
                    {
                        question = "\(identified.id): \(question)"
                    }
                    result.append(question)
                }
            }
        }
        return result.uniqued()
    }

    /// The text without its `[NEEDS CLARIFICATION: …]` markers.
    static func removingQuestions(_ text: String) -> String {
        PlainText.removingSpans(text, from: "[NEEDS CLARIFICATION", to: "]")
    }

    /// Other features this spec names (see `FeatureReference`), each number once, in the order
    /// they first appear. The spec's own number is left out.
    static func featureReferences(_ sections: [MarkdownSection], ownFolder: String) -> [FeatureReference] {
        let ownNumber = String(ownFolder.prefix(while: \.isNumber))
        var result: [FeatureReference] = []
        var indexOfNumber: [Substring: Int] = [:]
        for section in sections where section.kind != .boilerplate {
            let heading = section.heading.map { MarkdownLine(text: $0.title, inCode: false, inComment: false) }
            for line in [heading].compactMap({ $0 }) + section.lines where line.isProse {
                // Tables list requirement numbers (`| 005 | Service Scope |`), not features: only full folder names count there.
                let inTable = line.text.trimmed.hasPrefix("|")
                for reference in FeatureReference.all(in: line.text) where !inTable || reference.name.count > 3 {
                    let number = reference.number
                    guard number != ownNumber, reference.name != ownFolder else { continue }
                    // A folder name says more than its number alone: keep the longer form.
                    if let index = indexOfNumber[number] {
                        if reference.name.count > result[index].name.count { result[index].name = reference.name }
                        result[index].isCertain = result[index].isCertain || reference.isCertain
                    } else {
                        indexOfNumber[number] = result.count
                        result.append(reference)
                    }
                }
            }
        }
        return result
    }
}
