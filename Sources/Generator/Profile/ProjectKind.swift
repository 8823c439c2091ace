/// What a project is, which decides what a plan may contain: no views for a command-line tool,
/// no schema migrations for a library without storage, no RBAC where there are no users.
public enum ProjectKind: String, Sendable, CaseIterable, CustomStringConvertible {
    case webApplication
    case apiService
    case commandLineTool
    /// A library, SDK, framework, plugin or provider that other code embeds.
    case library
    case mobileApp
    case desktopApp
    case embedded
    /// Data pipelines, notebooks and machine-learning work.
    case dataPipeline
    /// Infrastructure as code, deployment and CI definitions.
    case infrastructure
    /// A game or a game engine.
    case game

    /// How a plan names the kind: "command-line tool".
    public var description: String {
        switch self {
        case .webApplication: "web application"
        case .apiService: "API service"
        case .commandLineTool: "command-line tool"
        case .library: "library"
        case .mobileApp: "mobile app"
        case .desktopApp: "desktop app"
        case .embedded: "embedded firmware"
        case .dataPipeline: "data pipeline"
        case .infrastructure: "infrastructure"
        case .game: "game"
        }
    }

    /// Whether the product has screens of its own.
    public var hasUserInterface: Bool {
        switch self {
        case .webApplication, .mobileApp, .desktopApp, .game: true
        default: false
        }
    }
}

/// Why the profile believes the project is of some kind: one fact and where it came from.
public struct KindEvidence: Sendable, Equatable, CustomStringConvertible {
    public let kind: ProjectKind
    public let source: ProfileSource
    /// How telling the fact is: 3 for a stated project type or a binary target, 2 for a framework
    /// that implies the kind, 1 for a hint such as a folder name.
    public let weight: Int
    /// "bin in package.json", "Project Type: Single library package".
    public var reason: String {
        switch why {
        case .text(let text): text
        case .line(let line, let number):
            "\"\(Prose.shortened(PlainText.of(line.trimmed), to: 80))\" (line \(number))"
        }
    }
    private let why: Reason

    /// A line read from a text is quoted only when the reason is asked for: a spec's kind phrases
    /// are read on every render, and no plan prints their reasons.
    private enum Reason: Sendable, Equatable {
        case text(String)
        /// The line as written and its number, counted from 1.
        case line(String, number: Int)
    }

    public init(kind: ProjectKind, source: ProfileSource, weight: Int, reason: String) {
        self.kind = kind
        self.source = source
        self.weight = weight
        self.why = .text(reason)
    }

    /// Evidence from a line of a text; its reason quotes the line, shortened.
    init(kind: ProjectKind, source: ProfileSource, weight: Int, line: String, number: Int) {
        self.kind = kind
        self.source = source
        self.weight = weight
        self.why = .line(line, number: number)
    }

    public var description: String { "\(kind): \(reason) (\(source))" }

    /// The evidence's weight scaled by how much its source is trusted.
    var score: Int { weight * source.kindFactor }
}
