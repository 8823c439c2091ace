/// The technologies a plan is written for.
public struct TechStack: Sendable, Equatable {
    /// Where the stack came from, which the plan's notes say: config.json's `stack` wins over the
    /// constitution's tech-stack section, which wins over the default.
    public enum Source: String, Sendable { case config, constitution, `default` }

    public var backend: String
    public var frontend: String
    public var database: String
    public var cache: String
    public var source: Source

    /// The Spec Kit plan prompt's default stack.
    public static let `default` = TechStack(
        backend: "NestJS (TypeScript)", frontend: "Next.js (React)",
        database: "PostgreSQL", cache: "Redis", source: .default)

    public init(backend: String, frontend: String, database: String, cache: String, source: Source) {
        self.backend = backend
        self.frontend = frontend
        self.database = database
        self.cache = cache
        self.source = source
    }

    /// Reads `Backend: Go 1.22`-style lines of a constitution's tech-stack section; missing parts
    /// keep the default. Nil when no line names a part.
    init?(parsing items: [String]) {
        var stack = TechStack.default
        stack.source = .constitution
        var found = false
        for item in items {
            let plain = PlainText.of(item)
            guard let colon = plain.firstIndex(of: ":") else { continue }
            let key = plain[..<colon].lowercased()
            let value = String(plain[plain.index(after: colon)...]).trimmed
            guard !value.isEmpty else { continue }
            if ["backend", "server", "api", "language"].contains(where: key.contains) {
                stack.backend = value
            } else if ["frontend", "ui", "web", "client"].contains(where: key.contains) {
                stack.frontend = value
            } else if ["database", "storage", "persistence", "db"].contains(where: key.contains) {
                stack.database = value
            } else if ["cache", "queue"].contains(where: key.contains) {
                stack.cache = value
            } else {
                continue
            }
            found = true
        }
        guard found else { return nil }
        self = stack
    }

    /// True for a Node.js stack (its backend or frontend names Nest, Node, Express, Next, TypeScript
    /// or Fastify), so that npm package names apply.
    var isNode: Bool {
        let lower = (backend + " " + frontend).lowercased()
        return ["nest", "node", "express", "next", "typescript", "fastify"].contains(where: lower.contains)
    }
}
