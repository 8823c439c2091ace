/// How a profile tells where its facts came from, for a plan's Notes:
/// "Language: Rust 1.75 (Cargo.toml); tests: cargo test (constitution)".
enum ProfileProvenance {
    /// What a line of the note is about; the raw value is its English name.
    enum Aspect: String, CaseIterable {
        case language = "Language", runtime = "Runtime", backend = "Backend", frontend = "Frontend"
        case mobile = "Mobile", desktop = "Desktop", embedded = "Embedded", storage = "Storage", cache = "Cache"
        case queue = "Queue", libraries = "Libraries", tests = "Tests", build = "Build", ciCd = "CI/CD"
        case hosting = "Hosting", infrastructure = "Infrastructure", services = "Services", platforms = "Platforms"
        /// "Kind", after the aspects.
        case kind = "Kind"
    }

    /// Aspects in the order a reader looks for them, each with its roles.
    private static let aspects: [(aspect: Aspect, roles: [TechnologyRole])] = [
        (.language, [.language]), (.runtime, [.runtime]), (.backend, [.backendFramework]),
        (.frontend, [.frontendFramework]), (.mobile, [.mobileUI]), (.desktop, [.desktopUI]),
        (.embedded, [.embeddedPlatform]), (.storage, [.database]), (.cache, [.cache]), (.queue, [.queue]),
        (.libraries, [.library]), (.tests, [.testTool]), (.build, [.buildTool]), (.ciCd, [.ciCd]),
        (.hosting, [.hosting]), (.infrastructure, [.infrastructure]), (.services, [.service]),
        (.platforms, [.platform]),
    ]

    /// Most items one aspect lists before "and N more".
    private static let itemLimit = 6

    static func aspect(of role: TechnologyRole) -> String {
        aspects.first { $0.roles.contains(role) }?.aspect.rawValue ?? role.rawValue
    }

    /// "Storage: PostgreSQL, SQLite (constitution), MySQL (plan of 001-x)" for each aspect the profile has.
    static func aspectLines(_ profile: ProjectProfile, words: ProvenanceWords = .english) -> [String] {
        aspects.compactMap { aspect in
            let name = words.aspect(aspect.aspect)
            let choices = aspect.roles.flatMap { profile.choices(for: $0) }
            if choices.isEmpty, let source = aspect.roles.lazy.compactMap({ profile.cleared[$0] }).first {
                return name + words.colon + words.none(words.source(source))
            }
            guard !choices.isEmpty else { return nil }
            return name + words.colon + cited(Array(choices.prefix(itemLimit)), words)
                + (choices.count > itemLimit ? words.more(choices.count - itemLimit) : "")
        }
    }

    /// Items grouped by source in order: "Rust 1.75, clap (Cargo.toml), cargo test (constitution)".
    private static func cited(_ choices: [ProfileChoice], _ words: ProvenanceWords) -> String {
        var groups: [(source: ProfileSource, labels: [String])] = []
        for choice in choices {
            let label = choice.versionSource.map { words.per(choice.label, words.source($0)) } ?? choice.label
            if let index = groups.firstIndex(where: { $0.source == choice.source }) {
                groups[index].labels.append(label)
            } else {
                groups.append((choice.source, [label]))
            }
        }
        return groups.map { $0.labels.joined(separator: words.comma) + words.cited(words.source($0.source)) }
            .joined(separator: words.comma)
    }

    /// "command-line tool (package.json, plan of 002-batch-conversion)".
    static func kindLine(_ profile: ProjectProfile, words: ProvenanceWords = .english) -> String? {
        guard let kind = profile.kind else { return nil }
        if profile.isAssumedDefault, profile.kindEvidence.allSatisfy({ $0.source == .assumedDefault }) {
            return "\(kind) (assumed)"
        }
        // The three strongest sources, each named once: a spec brings dozens of kind phrases, and
        // naming a source (a plan's feature folder, a translated word) is the costly part.
        var sources: [String] = []
        for item in profile.kindEvidence.filter({ $0.kind == kind }).sorted(by: { $0.score > $1.score }) {
            guard sources.count < 3 else { break }
            let name = words.source(item.source)
            if !sources.contains(name) { sources.append(name) }
        }
        let others = profile.secondaryKinds.map(words.kind)
        return words.kind(kind) + words.cited(sources.joined(separator: words.comma))
            + (others.isEmpty ? "" : words.also(others))
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

    /// The Stack note's text, in the words of the plan's language.
    static func summary(_ profile: ProjectProfile, words: ProvenanceWords = .english) -> String {
        var parts = aspectLines(profile, words: words)
        if let kind = kindLine(profile, words: words) { parts.append(words.aspect(.kind) + words.colon + kind) }
        return parts.enumerated().map { offset, part in
            // "tests: …", but "CI/CD: …" keeps its capitals.
            guard words.lowerCaseAfterFirst, offset > 0, part.dropFirst().first?.isLowercase == true else {
                return part
            }
            return part.prefix(1).lowercased() + part.dropFirst()
        }.joined(separator: words.separator)
    }
}
