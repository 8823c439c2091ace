/// Chooses, role by role, the technologies of a project from all its facts, strongest source first,
/// and scores its kind.
enum ProfileResolver {
    /// Roles for which a mere mention counts when nothing declares the role: a constitution that
    /// keeps speaking of "Rust's ownership" is a Rust project even without a stack section.
    private static let mentionRoles: Set<TechnologyRole> = [
        .language, .runtime, .embeddedPlatform, .platform, .testTool, .buildTool,
    ]

    static func choose(_ facts: [ProfileFact]) -> (
        choices: [TechnologyRole: [ProfileChoice]], conflicts: [ProfileConflict]
    ) {
        var choices: [TechnologyRole: [ProfileChoice]] = [:]
        var conflicts: [ProfileConflict] = []
        let byRole = Dictionary(grouping: facts.enumerated(), by: { $0.element.technology.role })
        for (role, indexed) in byRole {
            // Whether any source declares the role: asked once per role, not once per fact.
            let isStated = indexed.contains { $0.element.isDeclared }
            let eligible = indexed.filter { $0.element.isDeclared || !isStated && mentionRoles.contains(role) }
            let ordered = eligible.sorted { lhs, rhs in
                let l = lhs.element, r = rhs.element
                if l.source.rank != r.source.rank { return l.source.rank < r.source.rank }
                if l.isImplied != r.isImplied { return !l.isImplied }
                return lhs.offset < rhs.offset
            }.map(\.element)
            var list = merged(ordered)
            if role.isExclusive, let owner = list.first?.source.rank {
                let owners = list.filter { $0.source.rank == owner }
                list.removeAll { choice in
                    guard choice.source.rank > owner,
                        !owners.contains(where: { related($0.technology, choice.technology) })
                    else { return false }
                    if let fact = ordered.first(where: {
                        $0.technology == choice.technology && $0.source == choice.source
                    }) {
                        conflicts.append(ProfileConflict(role: role, kept: owners[0], overruled: fact))
                    }
                    return true
                }
            }
            if !list.isEmpty { choices[role] = list }
        }
        return (choices, conflicts.sorted { $0.role < $1.role })
    }

    /// One choice per technology: its strongest source, the version of the strongest source that has one.
    private static func merged(_ ordered: [ProfileFact]) -> [ProfileChoice] {
        var result: [ProfileChoice] = []
        for fact in ordered {
            if let index = result.firstIndex(where: { $0.technology.name == fact.technology.name }) {
                let existing = result[index]
                if existing.version == nil, let version = fact.version {
                    result[index] = ProfileChoice(
                        technology: existing.technology, version: version, source: existing.source,
                        isImplied: existing.isImplied, versionSource: fact.source == existing.source ? nil : fact.source
                    )
                }
                continue
            }
            result.append(
                ProfileChoice(
                    technology: fact.technology, version: fact.version, source: fact.source, isImplied: fact.isImplied))
        }
        return result
    }

    /// Next.js and React do not disagree: one brings the other.
    private static func related(_ a: Technology, _ b: Technology) -> Bool {
        a.implies.contains(b.name) || b.implies.contains(a.name)
    }

    /// Kinds by total score, strongest first; ties keep ``ProjectKind`` order.
    static func kinds(_ evidence: [KindEvidence]) -> [KindScore] {
        var totals: [ProjectKind: Int] = [:]
        for item in evidence { totals[item.kind, default: 0] += item.score }
        return ProjectKind.allCases.compactMap { kind in totals[kind].map { KindScore(kind: kind, score: $0) } }
            .filter { $0.score > 0 }
            .sorted { $0.score > $1.score }
    }
}

/// How strongly the evidence points at one kind.
public struct KindScore: Sendable, Equatable, CustomStringConvertible {
    public let kind: ProjectKind
    public let score: Int
    public var description: String { "\(kind) (\(score))" }
}
