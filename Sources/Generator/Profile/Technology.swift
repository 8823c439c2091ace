/// One technology a project can be built with: a language, a framework, a database, a test tool,
/// a hosting provider, a third-party service...
///
/// Technologies are data (see ``TechnologyCatalogue``), so that the generator never needs code to
/// learn a new one: its names say how it is written in prose, its packages how it appears in a
/// manifest, its role where it goes in a plan, and its kind hint what it says about the project.
public struct Technology: Sendable, Hashable, CustomStringConvertible {
    /// The name a plan prints: "PostgreSQL", "Next.js", "C#".
    public let name: String
    public let role: TechnologyRole
    /// For ``TechnologyRole/service`` only: what the service is for.
    public let category: ServiceCategory?
    public let ecosystem: Ecosystem
    /// Every spelling matched in prose, the name first, each with its case rule.
    public let spellings: [Spelling]
    /// Package names that mean the project uses this technology.
    public let packages: [PackageName]
    /// Names of technologies this one brings along (Django brings Python).
    public let implies: [String]
    /// What using this technology says about the kind of project (clap: a command-line tool).
    public let kindHint: ProjectKind?

    public var description: String { name }

    public init(
        name: String, role: TechnologyRole, category: ServiceCategory? = nil, ecosystem: Ecosystem,
        spellings: [Spelling], packages: [PackageName] = [], implies: [String] = [], kindHint: ProjectKind? = nil
    ) {
        self.name = name
        self.role = role
        self.category = category
        self.ecosystem = ecosystem
        self.spellings = spellings
        self.packages = packages
        self.implies = implies
        self.kindHint = kindHint
    }

    /// A technology the catalogue does not know, named by a person (config.json `stack`).
    public static func unlisted(_ name: String, role: TechnologyRole) -> Technology {
        Technology(name: name, role: role, ecosystem: .any, spellings: [])
    }

    /// A technology is its name and role: two values for "PostgreSQL" are the same technology.
    public static func == (lhs: Technology, rhs: Technology) -> Bool { lhs.name == rhs.name && lhs.role == rhs.role }
    public func hash(into hasher: inout Hasher) { hasher.combine(name) }
}

/// One way a technology is written, and how strictly it must be written so to count.
public struct Spelling: Sendable, Hashable {
    public let text: String
    public let rule: MatchRule

    public init(_ text: String, _ rule: MatchRule) {
        self.text = text
        self.rule = rule
    }
}

/// How a spelling must appear in prose to name its technology.
///
/// Many technologies share their name with an ordinary word ("Go", "Swift", "Rust", "Next",
/// "Teams", "Make"); a plan built on a verb mistaken for a language is worse than no plan.
public enum MatchRule: Sendable, Hashable {
    /// Any case: "PostgreSQL", "postgresql", "POSTGRESQL". For names that are no ordinary word.
    case anyCase
    /// Exactly as written ("Rust", not "rust"); inside `inline code` lower case counts too (`rust`).
    case exactCase
    /// Exactly as written and with evidence around it: a version ("Go 1.22"), a companion word
    /// ("Go module", "written in Go"), a list of other technologies ("Go, Rust"), a stack cell
    /// (`| Go |`, "Language: Go") or Chinese or Japanese text around it ("使用Go语言").
    case contextual
    /// Like `contextual`, but never from a bare cell or a code span either ("Teams", "LINE", "Echo":
    /// `echo` is a shell command, a "Teams" list item is usually about teams).
    case strict
    /// Never matched in prose: only the name shown for a technology found by its packages.
    case displayOnly
}

/// Where a technology goes in a plan.
public enum TechnologyRole: String, Sendable, CaseIterable, Comparable {
    case language, runtime, backendFramework, frontendFramework, mobileUI, desktopUI
    case database, cache, queue, testTool, buildTool, ciCd, hosting, infrastructure
    /// A third-party service the product talks to (see ``ServiceCategory``).
    case service
    /// A notable library: CLI parsers, ORMs, HTTP clients, data libraries.
    case library
    /// Microcontrollers, boards, RTOSes and firmware frameworks.
    case embeddedPlatform
    /// An operating system or device family the product targets (iOS, Android, Linux).
    case platform

    public static func < (lhs: TechnologyRole, rhs: TechnologyRole) -> Bool {
        (allCases.firstIndex(of: lhs) ?? allCases.endIndex) < (allCases.firstIndex(of: rhs) ?? allCases.endIndex)
    }

    /// Roles where a project normally has one choice, so that two sources naming different
    /// technologies disagree (PostgreSQL in the constitution, a MySQL driver in a manifest).
    public var isExclusive: Bool {
        switch self {
        case .backendFramework, .frontendFramework, .mobileUI, .desktopUI, .database, .cache, .queue: true
        default: false
        }
    }
}

/// What a third-party service is for.
public enum ServiceCategory: String, Sendable, CaseIterable {
    case payments, messaging, email, sms, notifications, storage, auth, llm, maps, monitoring, analytics
    case sourceHosting, productivity, search, backend, marketData, other
}

/// The family of languages and package registries a technology belongs to (`javascript` holds
/// TypeScript too, `jvm` Java, Kotlin and Scala); `any` for what every stack can use (databases,
/// hosting, services).
public enum Ecosystem: String, Sendable, CaseIterable {
    case javascript, python, go, rust, jvm, swift, dotnet, ruby, php, dart, cpp, embedded, any
}

/// A package registry, as named by the manifest that declares a dependency.
public enum PackageRegistry: String, Sendable, CaseIterable {
    case npm, pypi, go, cargo, swiftpm, maven, nuget, rubygems, composer, pub, platformio

    /// Whether two spellings of a package name differ only in ways the registry ignores.
    func normalized(_ name: String) -> String {
        switch self {
        case .pypi:
            // PEP 503: case-insensitive; runs of `-`, `_` and `.` are one separator.
            var result = ""
            for c in name.lowercased() {
                if c == "_" || c == "." || c == "-" {
                    if result.last != "-" { result.append("-") }
                } else {
                    result.append(c)
                }
            }
            return result
        case .cargo: return name.lowercased().replacingUnderscores()
        case .npm, .nuget, .composer, .rubygems, .pub, .platformio, .maven: return name.lowercased()
        case .go, .swiftpm: return name.lowercased()
        }
    }
}

/// A package that implies a technology: `npm:@nestjs/core`, or every package under a prefix
/// (`npm:@pulumi/*`, `maven:org.springframework.boot:*`).
public struct PackageName: Sendable, Hashable {
    public let registry: PackageRegistry
    public let name: String
    public let isPrefix: Bool

    public init(_ registry: PackageRegistry, _ name: String, isPrefix: Bool = false) {
        self.registry = registry
        self.name = name
        self.isPrefix = isPrefix
    }
}

extension String {
    fileprivate func replacingUnderscores() -> String {
        String(map { $0 == "_" ? "-" : $0 })
    }
}
