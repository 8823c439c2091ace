/// A technology a text names, with the line it came from and whether the line states it as the
/// project's choice (a stack field, a table row, a stack section, "MUST use X") or only mentions it.
public struct StackStatement: Sendable, Equatable, CustomStringConvertible {
    public let technology: Technology
    public let version: String?
    /// Stated as a choice, not merely mentioned.
    public let isDeclared: Bool
    /// The line number, from 1.
    public let line: Int
    /// The line, trimmed.
    public let text: String

    public var description: String {
        "\(technology.name)\(version.map { " \($0)" } ?? "") (line \(line)\(isDeclared ? "" : ", mentioned"))"
    }
}

/// What one text (a constitution, a spec, a Spec Kit plan) says about the stack and the kind.
public struct StackStatements: Sendable, Equatable {
    public var statements: [StackStatement] = []
    public var kindEvidence: [KindEvidence] = []

    public init(statements: [StackStatement] = [], kindEvidence: [KindEvidence] = []) {
        self.statements = statements
        self.kindEvidence = kindEvidence
    }

    /// The declared technologies, each once, in order.
    public var declared: [Technology] {
        var seen = Set<String>()
        return statements.filter(\.isDeclared).map(\.technology).filter { seen.insert($0.name).inserted }
    }
}
