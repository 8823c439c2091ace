/// The third-party services a feature talks to, read from the spec's in-scope text only (its
/// out-of-scope sections, code blocks, comments, examples and negations are left out by
/// ``SpecStack``): services proper, and the CI/CD systems and hosting providers it works with.
///
/// A service stated as a choice counts at once; one only mentioned counts when the spec keeps
/// coming back to it (three lines or more), so that "some users may want WhatsApp instead of the
/// camera" or "as Vercel and Railway do" makes no integration.
enum FeatureServices {
    private static let roles: [TechnologyRole] = [.service, .ciCd, .hosting]

    static func named(in stack: SpecStack) -> [Technology] {
        var tally: [String: (technology: Technology, declared: Bool, lines: Set<Int>, first: Int)] = [:]
        for (index, statement) in stack.statements.statements.enumerated()
        where roles.contains(statement.technology.role) {
            let name = statement.technology.name
            var entry = tally[name] ?? (statement.technology, false, [], index)
            entry.declared = entry.declared || statement.isDeclared
            entry.lines.insert(statement.line)
            tally[name] = entry
        }
        return tally.values.filter { $0.declared || $0.lines.count >= 3 }
            .sorted {
                (roles.firstIndex(of: $0.technology.role) ?? 0, $0.first) < (
                    roles.firstIndex(of: $1.technology.role) ?? 0, $1.first
                )
            }
            .map(\.technology)
    }
}
