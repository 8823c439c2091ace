/// How a profile tells where its facts came from, for a plan's Notes:
/// "Language: Rust 1.75 (Cargo.toml); tests: cargo test (constitution)".
enum ProfileProvenance {
    /// Aspects in the order a reader looks for them, each with its roles.
    private static let aspects: [(name: String, roles: [TechnologyRole])] = [
        ("Language", [.language]), ("Runtime", [.runtime]), ("Backend", [.backendFramework]),
        ("Frontend", [.frontendFramework]),
        ("Mobile", [.mobileUI]), ("Desktop", [.desktopUI]), ("Embedded", [.embeddedPlatform]), ("Storage", [.database]),
        ("Cache", [.cache]), ("Queue", [.queue]), ("Libraries", [.library]), ("Tests", [.testTool]),
        ("Build", [.buildTool]),
        ("CI/CD", [.ciCd]), ("Hosting", [.hosting]), ("Infrastructure", [.infrastructure]), ("Services", [.service]),
        ("Platforms", [.platform]),
    ]

    /// Most items one aspect lists before "and N more".
    private static let itemLimit = 6

    static func aspect(of role: TechnologyRole) -> String {
        aspects.first { $0.roles.contains(role) }?.name ?? role.rawValue
    }

    /// "Storage: PostgreSQL, SQLite (constitution), MySQL (plan of 001-x)" for each aspect the profile has.
    static func aspectLines(_ profile: ProjectProfile) -> [String] {
        aspects.compactMap { aspect in
            let choices = aspect.roles.flatMap { profile.choices(for: $0) }
            guard !choices.isEmpty else { return nil }
            return
                "\(aspect.name): \(cited(Array(choices.prefix(itemLimit))))\(choices.count > itemLimit ? " and \(choices.count - itemLimit) more" : "")"
        }
    }

    /// Items grouped by source in order: "Rust 1.75, clap (Cargo.toml), cargo test (constitution)".
    private static func cited(_ choices: [ProfileChoice]) -> String {
        var groups: [(source: ProfileSource, labels: [String])] = []
        for choice in choices {
            let label = choice.versionSource.map { "\(choice.label) per \($0)" } ?? choice.label
            if let index = groups.firstIndex(where: { $0.source == choice.source }) {
                groups[index].labels.append(label)
            } else {
                groups.append((choice.source, [label]))
            }
        }
        return groups.map { "\($0.labels.joined(separator: ", ")) (\($0.source))" }.joined(separator: ", ")
    }

    /// "command-line tool (package.json, plan of 002-batch-conversion)".
    static func kindLine(_ profile: ProjectProfile) -> String? {
        guard let kind = profile.kind else { return nil }
        if profile.isAssumedDefault, profile.kindEvidence.allSatisfy({ $0.source == .assumedDefault }) {
            return "\(kind) (assumed)"
        }
        var sources: [String] = []
        for item in profile.kindEvidence.filter({ $0.kind == kind }).sorted(by: { $0.score > $1.score })
        where !sources.contains(item.source.description) && sources.count < 3 {
            sources.append(item.source.description)
        }
        let others = profile.secondaryKinds.map(\.description)
        return "\(kind) (\(sources.joined(separator: ", ")))"
            + (others.isEmpty ? "" : "; also \(others.joined(separator: ", "))")
    }

    static func notes(_ profile: ProjectProfile) -> [String] {
        var lines = aspectLines(profile)
        if let kind = kindLine(profile) { lines.append("Kind: \(kind)") }
        lines += profile.conflicts.map { "Conflict: \($0)" }
        lines += profile.problems.map { "Could not fully read \($0.path): \($0.reason)" }
        if profile.isAssumedDefault {
            lines.append(
                "Assumed stack: NestJS, Next.js, PostgreSQL, Redis: no config, constitution, spec, plan or manifest names one; confirm it before Phase 1"
            )
        }
        return lines
    }

    static func summary(_ profile: ProjectProfile) -> String {
        var parts = aspectLines(profile)
        if let kind = kindLine(profile) { parts.append("Kind: \(kind)") }
        return parts.enumerated().map { offset, part in
            // "tests: …", but "CI/CD: …" keeps its capitals.
            guard offset > 0, part.dropFirst().first?.isLowercase == true else { return part }
            return part.prefix(1).lowercased() + part.dropFirst()
        }.joined(separator: "; ")
    }
}
