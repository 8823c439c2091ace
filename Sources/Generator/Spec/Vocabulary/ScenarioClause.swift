/// One clause of a scenario line: its step, its keyword as the author wrote it (without bold),
/// and its text without the separator that followed it.
public struct ScenarioClause: Hashable, Sendable {
    public var step: ScenarioStep
    /// "Given", "Dado", "Étant donné", "假设"; empty for a Japanese clause marked only by its
    /// ending (`ボタンを押したとき`).
    public var keyword: String
    public var text: String

    public init(step: ScenarioStep, keyword: String, text: String) {
        self.step = step
        self.keyword = keyword
        self.text = text
    }
}
