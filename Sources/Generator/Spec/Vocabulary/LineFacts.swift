/// Everything the vocabulary recognises in one line of a spec, read with one fold of the line:
/// the spec reader's per-line entry point. Headings go to ``SectionClassifier``.
public struct LineFacts: Sendable {
    /// Whether the line is the template's guidance, example or placeholder.
    public let template: TemplateText.Kind?
    /// The id that opens the line (list item, bold, table row).
    public let leadingID: ItemIDMatch?
    /// A priority marker in the line.
    public let priority: PriorityMatch?
    /// The line as an acceptance scenario.
    public let scenario: ScenarioLine?
    /// Open-question markers (none in the template's guidance and example).
    public let openQuestions: [OpenQuestionMarker]

    public init(_ line: String) {
        let fold = LineFold(line)
        let template = TemplateText.kind(of: fold)
        self.template = template
        leadingID = ItemIDScanner.leading(in: fold)
        priority = PriorityReader.find(in: fold)
        scenario = ScenarioParser.parse(fold)
        let templateOwn = template == .guidance || template == .example
        openQuestions = templateOwn ? [] : OpenQuestionScanner.markers(in: fold, knownNotTemplate: true)
    }
}
