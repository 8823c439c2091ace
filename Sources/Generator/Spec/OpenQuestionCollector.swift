/// Gathers a spec's open questions as the reader meets them, each once: markers in any line of
/// the author's text (a bare marker's question is the rest of its line or table cell), and the
/// items of "Open Questions" sections. The template's own example and guidance never reach it
/// (`SpecBlockReader` leaves those lines out), nor do code blocks and comments.
struct OpenQuestionCollector {
    private(set) var questions: [OpenQuestion] = []
    private var seen = Set<String>()

    /// The markers of one line of the section titled `section`.
    mutating func scan(_ line: String, section: String?) {
        scan(LineFold(line), section: section, knownNotTemplate: false)
    }

    /// With the line's fold already made, and whether it is known to be neither the template's
    /// guidance nor its example (the block reader has asked `TemplateText.kind` already).
    mutating func scan(_ fold: LineFold, section: String?, knownNotTemplate: Bool) {
        let line = fold.text
        let markers = OpenQuestionScanner.markers(in: fold, knownNotTemplate: knownNotTemplate)
        guard !markers.isEmpty else { return }
        let leading = ItemIDScanner.leading(in: line)
        let itemID = leading.flatMap { $0.position == .inline ? nil : $0.id.text }
        for marker in markers {
            let question =
                marker.question.map(QuotedText.of) ?? bareQuestion(line, marker: marker, leading: leading) ?? section
            guard let question, !question.isEmpty else { continue }
            add(OpenQuestion(question: question, itemID: itemID, section: section))
        }
    }

    /// An open question, unless the same one was met before.
    mutating func add(_ question: OpenQuestion) {
        let key = FoldedScalars.folded(question.text)
        guard seen.insert(key).inserted else { return }
        questions.append(question)
    }

    /// What a bare `[NEEDS CLARIFICATION]` asks: its table cell, else its line, without the
    /// marker, list marker, checkbox and id; nil when nothing is left.
    private func bareQuestion(_ line: String, marker: OpenQuestionMarker, leading: ItemIDMatch?) -> String? {
        if let cells = SpecTable.cells(line) {
            let texts = cells.map { QuotedText.of(OpenQuestionScanner.removingMarkers(from: $0)) }
            let own = cells.firstIndex { $0.contains(String(line[marker.range]).trimmed) }.map { texts[$0] } ?? ""
            if !own.isEmpty { return own }
            let others = texts.enumerated().filter {
                !$0.element.isEmpty && ItemIDScanner.leading(in: "| " + cells[$0.offset]) == nil
            }
            return others.isEmpty ? nil : others.map(\.element).joined(separator: " — ")
        }
        var rest = OpenQuestionScanner.removingMarkers(from: leading.map { $0.rest } ?? line)
        let bytes = Array(rest.utf8)
        if leading == nil, let start = ItemIDScanner.contentStart(bytes) {
            rest = String(decoding: bytes[start...], as: UTF8.self)
        }
        let text = QuotedText.of(rest).trimming(" :：-–—")
        return text.isEmpty ? nil : text
    }
}
