/// One thing a source says about the project's stack.
public struct ProfileFact: Sendable, Equatable, CustomStringConvertible {
    public let technology: Technology
    public let version: String?
    public let source: ProfileSource
    /// Stated as a choice (a stack field, a dependency, a marker), not only mentioned in prose.
    public let isDeclared: Bool
    /// Brought along by another fact (Django brings Python) or implicit (`cargo test` for Rust).
    public let isImplied: Bool
    /// What it was read from: the prose line, the dependency's name.
    public let evidence: String?

    public init(
        technology: Technology, version: String? = nil, source: ProfileSource, isDeclared: Bool = true,
        isImplied: Bool = false, evidence: String? = nil
    ) {
        self.technology = technology
        self.version = version
        self.source = source
        self.isDeclared = isDeclared
        self.isImplied = isImplied
        self.evidence = evidence
    }

    public var description: String { "\(technology.name)\(version.map { " \($0)" } ?? "") (\(source))" }
}

/// A technology the profile chose for a role, from its strongest source.
public struct ProfileChoice: Sendable, Equatable, CustomStringConvertible {
    public let technology: Technology
    /// The version of the strongest source that states one.
    public let version: String?
    /// The strongest source that states the technology.
    public let source: ProfileSource
    public let isImplied: Bool
    /// Where the version comes from when a weaker source gave it (a constitution says "Vite",
    /// package.json `^6.1.0`).
    public let versionSource: ProfileSource?

    public init(
        technology: Technology, version: String?, source: ProfileSource, isImplied: Bool,
        versionSource: ProfileSource? = nil
    ) {
        self.technology = technology
        self.version = version
        self.source = source
        self.isImplied = isImplied
        self.versionSource = versionSource
    }

    /// "Rust 1.75"
    public var label: String { version.map { "\(technology.name) \($0)" } ?? technology.name }
    public var description: String { "\(label) (\(source))" }
}

/// Two sources disagree on a role that normally has one answer; the stronger one won.
public struct ProfileConflict: Sendable, Equatable, CustomStringConvertible {
    public let role: TechnologyRole
    public let kept: ProfileChoice
    public let overruled: ProfileFact

    /// "database: PostgreSQL (constitution) kept over MySQL (package.json)"
    public var description: String {
        "\(ProfileProvenance.aspect(of: role).lowercased()): \(kept.label) (\(kept.source)) kept over \(overruled.technology.name) (\(overruled.source))"
    }
}
