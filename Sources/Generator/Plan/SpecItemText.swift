/// One piece of the author's text a risk may come from, with the id a risk cites and the phase
/// it lands in: a requirement, a story's description, the feature's description.
struct SpecItemText {
    let id: String?
    let text: String
    /// The text with ASCII lower-cased, for keyword search.
    let folded: ByteString
    let phase: PhaseLocator.Located?
    /// The folded text's byte pairs, so that most keywords are ruled out without a search.
    let pairs: BytePairMask

    init(id: String?, text: String, folded: ByteString, phase: PhaseLocator.Located?) {
        self.id = id
        self.text = text
        self.folded = folded
        self.phase = phase
        pairs = BytePairMask(folded.bytes)
    }

    /// The requirements, the stories and the feature's own description, in that order.
    static func all(of spec: Spec, locator: PhaseLocator) -> [SpecItemText] {
        var items = spec.requirements.map { requirement in
            SpecItemText(
                id: requirement.id, text: requirement.text, folded: ByteString(lowercasing: requirement.text),
                phase: requirement.id.flatMap(locator.phase(ofItem:)) ?? locator.phase(forKind: requirement.kind))
        }
        for story in spec.stories where !story.description.isEmpty {
            items.append(
                SpecItemText(
                    id: nil, text: story.description, folded: ByteString(lowercasing: story.description),
                    phase: locator.phase(of: story)))
        }
        for text in [spec.input, spec.overview].compactMap({ $0 }) + spec.assumptions + spec.dependencies {
            items.append(SpecItemText(id: nil, text: text, folded: ByteString(lowercasing: text), phase: nil))
        }
        return items
    }

    /// Whether the text holds one of the lower-case keywords.
    func mentions(_ keywords: Keywords) -> Bool {
        for index in keywords.words.indices
        where pairs.covers(keywords.masks[index]) && folded.contains(keywords.words[index]) {
            return true
        }
        return false
    }
}
