/// Who wrote a plan.md that is not plansync's (it has no plansync header), so that a message can
/// name the tool: Spec Kit's `/speckit.plan` writes plan.md in its own format, and a user who
/// runs it beside plansync should read "written by Spec Kit's /speckit.plan", not "by hand".
///
/// Pure: judged from the text alone, by the shape of Spec Kit's plan template (every release
/// since v0.0.x, translated ones too), never by a single phrase.
enum PlanAuthor: String, Sendable, Equatable {
    /// Spec Kit's `/speckit.plan` (or `/plan` before it was renamed).
    case specKit = "spec-kit"
    /// A person, or a tool plansync does not know.
    case unknown

    /// How a message names the author: "written by …".
    var description: String {
        switch self {
        case .specKit: "Spec Kit's /speckit.plan"
        case .unknown: "another tool or by hand"
        }
    }

    /// The author of a plan.md that has no plansync header.
    static func of(foreignPlan text: String) -> PlanAuthor {
        var signs = 0
        var sawTitle = false
        for line in text.split(whereSeparator: \.isNewline).prefix(400) {
            let line = line.drop(while: { $0 == " " || $0 == "\t" || $0 == "\r" })
            if line.contains("/speckit.plan") || line.contains("/plan command") { return .specKit }
            if !sawTitle, line.hasPrefix("# ") {
                sawTitle = true
                if titles.contains(where: { line.dropFirst(2).lowercased().hasPrefix($0) }) { signs += 1 }
            } else if line.hasPrefix("## ") {
                let heading = line.dropFirst(3).lowercased()
                if headings.contains(where: { heading.hasPrefix($0) }) { signs += 1 }
            } else if line.hasPrefix("**Language/Version**") || line.hasPrefix("**Primary Dependencies**") {
                signs += 1
            }
            if signs >= 2 { return .specKit }
        }
        return .unknown
    }

    /// The template's H1, in the languages Spec Kit's users translate it to.
    private static let titles = ["implementation plan", "implementierungsplan", "plan d'implémentation", "実装計画"]
    /// Sections only Spec Kit's plan template has (plansync's plan has none of them).
    private static let headings = [
        "technical context", "technischer kontext", "contexte technique", "constitution check", "project structure",
        "projektstruktur", "complexity tracking",
    ]
}
