/// One item of a Markdown list, with its wrapped continuation lines and nested items joined in.
struct ListItem: Equatable {
    var text: String
    var isNumbered: Bool
    /// `- [ ]` or `- [x]`: checklist lines are template boilerplate, never an open question.
    var isCheckbox: Bool
}
