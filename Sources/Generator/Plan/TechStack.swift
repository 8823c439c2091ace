/// The stack a person states for a project: config.json's `stack`, or the `stack` of a project's
/// own `.plansync.json`. Each field names technologies in plain words ("Go 1.22 with chi");
/// a field left out says nothing, and `"none"` says the project has no such part (no frontend,
/// no database), which overrules what weaker sources found.
///
/// It is one source of the project's profile (the strongest two, see ``ProfileSource``); plans
/// never read it directly.
public struct TechStack: Sendable, Equatable {
    public var language: String?
    public var backend: String?
    public var frontend: String?
    public var database: String?
    public var cache: String?
    /// Test tools: "pytest, Playwright".
    public var testing: String?
    /// What kind of project it is, when the profile guesses wrong.
    public var kind: ProjectKind?

    public init(
        language: String? = nil, backend: String? = nil, frontend: String? = nil, database: String? = nil,
        cache: String? = nil, testing: String? = nil, kind: ProjectKind? = nil
    ) {
        self.language = language
        self.backend = backend
        self.frontend = frontend
        self.database = database
        self.cache = cache
        self.testing = testing
        self.kind = kind
    }

    /// One text field of a stack, by its key in config.json, and the role of what it names.
    public struct Field: Sendable {
        /// The key in `stack` (and in the plan's fingerprint): never renamed.
        public let name: String
        public let keyPath: WritableKeyPath<TechStack, String?> & Sendable
        /// The role a technology the catalogue does not know is given.
        public let role: TechnologyRole
    }

    /// The text fields, in the order messages list them and the fingerprint records them.
    public static let fields: [Field] = [
        Field(name: "language", keyPath: \.language, role: .language),
        Field(name: "backend", keyPath: \.backend, role: .backendFramework),
        Field(name: "frontend", keyPath: \.frontend, role: .frontendFramework),
        Field(name: "database", keyPath: \.database, role: .database),
        Field(name: "cache", keyPath: \.cache, role: .cache),
        Field(name: "testing", keyPath: \.testing, role: .testTool),
    ]

    /// Every key `stack` accepts: the text fields and `kind`.
    public static var keys: [String] { fields.map(\.name) + ["kind"] }

    /// The field config.json calls `name`; nil for `kind` and for a key that is not a field.
    public static func field(named name: String) -> Field? {
        fields.first { $0.name == name }
    }

    /// True when no field is set.
    public var isEmpty: Bool { kind == nil && TechStack.fields.allSatisfy { self[keyPath: $0.keyPath] == nil } }

    /// A value that says the project has no such part.
    static func isNone(_ value: String) -> Bool {
        ["none", "n/a", "-", "no"].contains(value.trimmed.lowercased())
    }
}

extension ProjectKind {
    /// The kind a person names in `stack.kind`: its case name (`commandLineTool`) or its
    /// description (`command-line tool`), any case, and a few common words (`cli`, `api`).
    public init?(named name: String) {
        let key = name.trimmed.lowercased()
        let aliases: [String: ProjectKind] = [
            "cli": .commandLineTool, "api": .apiService, "web": .webApplication, "service": .apiService,
            "sdk": .library, "plugin": .library, "mobile": .mobileApp, "desktop": .desktopApp,
            "firmware": .embedded, "embedded": .embedded, "pipeline": .dataPipeline, "ml": .dataPipeline,
            "infra": .infrastructure,
        ]
        if let kind = aliases[key] {
            self = kind
            return
        }
        guard
            let kind = ProjectKind.allCases.first(where: {
                $0.rawValue.lowercased() == key || $0.description.lowercased() == key
            })
        else { return nil }
        self = kind
    }
}
