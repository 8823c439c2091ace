/// Things found anywhere in a spec's prose: references to other features, and open-question
/// markers to leave out of a text.
enum SpecMarkers {
    /// The text without its open-question markers, in any of their forms (`OpenQuestionScanner`).
    static func removingQuestions(_ text: String) -> String {
        OpenQuestionScanner.removingMarkers(from: text)
    }

    /// Other features this spec names (see `FeatureReference`), each number once, in the order
    /// they first appear. The spec's own number is left out, and so is Spec Kit's guidance.
    static func featureReferences(_ outline: SpecOutline, ownFolder: String) -> [FeatureReference] {
        let ownNumber = String(ownFolder.prefix(while: \.isNumber))
        var result: [FeatureReference] = []
        var indexOfNumber: [Substring: Int] = [:]
        for section in outline.sections where section.meaning != .templateGuidance {
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
