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
        func read(_ text: String) {
            let references = FeatureReference.all(in: text)
            guard !references.isEmpty else { return }
            // Tables list requirement numbers (`| 005 | Service Scope |`), not features: only full folder names count there.
            let inTable = text.utf8.first(where: { $0 != 32 && $0 != 9 }) == 124
            for reference in references where !inTable || reference.name.count > 3 {
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
        for section in outline.sections where section.meaning != .templateGuidance {
            if let heading = section.heading { read(heading.title) }
            for line in section.lines where line.isProse { read(line.text) }
        }
        return result
    }
}
