/// The words around an ambiguous name that make it a technology: "Go **module**", "written **in**
/// Go", "post **to** Slack", "Go-**based**". One set per role, since a language keeps other
/// company than a chat service.
enum MatchContext {
    /// Suffixes that keep a hyphenated compound a mention: "Rust-based" is Rust, "rust-colored" is not.
    static let hyphenSuffixes: Set<String> = [
        "based", "powered", "native", "first", "only", "compatible", "driven", "specific", "friendly", "style",
        "backed", "centric", "ready", "enabled", "side", "focused", "oriented", "aware", "heavy", "flavored",
    ]

    /// Words that join items of a list: "Go and Rust", "xUnit oder NUnit".
    static let conjunctions: Set<String> = [
        "and", "or", "und", "oder", "y", "o", "e", "ou", "et", "plus", "vs", "with",
    ]

    private static let languageAfter: Set<String> = [
        "version", "versions", "module", "modules", "toolchain", "runtime", "code", "codebase", "project", "projects",
        "package", "packages", "library", "libraries", "binary", "binaries", "backend", "server", "service", "services",
        "cli", "sdk", "app", "apps", "application", "applications", "api", "apis", "compiler", "developer",
        "developers",
        "test", "tests", "testing", "idioms", "idiom", "generics", "standard", "stdlib", "ecosystem", "conventions",
        "programming", "language", "source", "sources", "file", "files", "script", "scripts", "build", "builds", "ci",
        "workspace", "crate", "crates", "gem", "gems", "interface", "interfaces", "structs", "plugin", "plugins",
        "bindings", "implementation", "linter", "tooling", "tools", "routines", "goroutines", "concurrency", "web",
        "framework", "frameworks", "lts", "engine", "port", "target", "support",
    ]

    private static let languageBefore: Set<String> = Set([
        "in", "using", "use", "uses", "idiomatic", "modern", "pure", "native", "written", "via", "standard", "en", "em",
    ])
    .union(foreignChoices)

    private static let frameworkAfter: Set<String> = [
        "app", "apps", "application", "applications", "component", "components", "hook", "hooks", "router", "route",
        "routes", "project", "projects", "server", "servers", "api", "apis", "framework", "frontend", "backend", "ui",
        "view", "views", "controller", "controllers", "template", "templates", "middleware", "handler", "handlers",
        "sdk",
        "library", "plugin", "plugins", "version", "native", "dom", "state", "props", "jsx", "tsx", "page", "pages",
        "endpoint", "endpoints", "service", "services", "module", "modules", "package", "packages", "client", "cli",
        "command", "commands", "web", "site", "mvc", "store", "stores", "cluster", "clusters", "node", "nodes",
        "config",
        "configuration", "engine", "runtime", "install", "run", "executor", "hal", "task", "tasks", "integration",
        "physics", "scene", "scenes", "database", "db", "schema", "migration", "migrations", "dao", "entity",
        "entities",
    ]

    private static let frameworkBefore: Set<String> = Set([
        "with", "using", "use", "uses", "on", "via", "built", "idiomatic", "modern", "in",
    ]).union(foreignChoices)

    private static let storageAfter: Set<String> = [
        "database", "databases", "db", "instance", "cluster", "server", "schema", "table", "tables", "query", "queries",
        "driver", "connection", "storage", "cache", "queue", "queues", "topic", "topics", "broker", "stream", "streams",
        "worker", "workers", "workflow", "workflows", "dao", "entity", "entities", "migration", "migrations",
    ]

    private static let toolAfter: Set<String> = [
        "test", "tests", "suite", "suites", "target", "targets", "file", "files", "config", "build", "builds", "task",
        "tasks", "run", "runner", "script", "scripts", "command",
    ]

    private static let deliveryAfter: Set<String> = [
        "cluster", "clusters", "workflow", "workflows", "pipeline", "pipelines", "deployment", "deployments", "deploy",
        "job", "jobs", "runner", "runners", "node", "nodes", "app", "apps", "service", "services", "function",
        "functions", "instance", "instances", "project", "account", "accounts", "image", "images", "container",
        "containers", "machine", "machines", "server", "servers", "build", "builds", "desktop",
    ]

    private static let placeBefore: Set<String> = Set([
        "on", "to", "via", "using", "with", "in", "into", "from", "through",
    ]).union(foreignChoices)

    /// "usar Stripe", "mit Go", "avec Redis": the same companions in the other languages of the vocabulary.
    private static let foreignChoices: Set<String> = [
        "usar", "usando", "utilizar", "utilizando", "utiliser", "utilise", "avec", "con", "com", "mediante",
        "verwenden", "verwendet",
        "nutzen", "nutzt", "mit", "uber", "per",
    ]

    private static let serviceAfter: Set<String> = [
        "api", "apis", "bot", "bots", "app", "apps", "integration", "integrations", "webhook", "webhooks", "workspace",
        "workspaces", "channel", "channels", "account", "accounts", "message", "messages", "messaging", "notification",
        "notifications", "oauth", "login", "sdk", "sdks", "client", "connector", "key", "keys", "token", "tokens",
        "payment", "payments", "checkout", "email", "emails", "meeting", "meetings", "chat", "chats", "group", "groups",
        "official", "mini", "pay", "notify", "server", "servers", "dashboard", "alert", "alerts", "subscription",
        "subscriptions", "plugin", "user", "users", "id", "ids", "platform", "open", "card", "cards", "bucket",
        "buckets",
        "object", "objects", "compatible", "upload", "uploads",
    ]

    /// Words before a strict name (Teams, LINE) that make it a service; "in Teams" stays ambiguous.
    private static let strictBefore: Set<String> = ["via", "through", "using"]

    static func after(_ role: TechnologyRole) -> Set<String> {
        switch role {
        case .language, .runtime, .platform: languageAfter
        case .database, .cache, .queue: storageAfter
        case .testTool, .buildTool: toolAfter
        case .ciCd, .hosting, .infrastructure: deliveryAfter
        case .service: serviceAfter
        default: frameworkAfter
        }
    }

    static func before(_ role: TechnologyRole, strict: Bool) -> Set<String> {
        if strict { return strictBefore }
        switch role {
        case .language, .platform: return languageBefore
        case .runtime: return languageBefore.union(placeBefore)
        case .database, .cache, .queue, .ciCd, .hosting, .infrastructure, .service: return placeBefore
        default: return frameworkBefore
        }
    }

    /// Roles whose names read naturally with a possessive: "Go's interfaces", "React's hooks".
    static func allowsPossessive(_ role: TechnologyRole) -> Bool {
        switch role {
        case .language, .runtime, .backendFramework, .frontendFramework, .mobileUI, .desktopUI, .library: true
        default: false
        }
    }
}
