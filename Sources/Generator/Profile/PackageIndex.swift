/// Finds the technologies a declared dependency implies, by registry: exact names in a table,
/// prefixes (`@pulumi/*`) in a short list, Go module paths also by their parent paths
/// (`github.com/labstack/echo/v4/middleware` is Echo).
struct PackageIndex: Sendable {
    private var exact: [PackageRegistry: [String: [Int]]] = [:]
    private var prefixes: [PackageRegistry: [(prefix: String, technology: Int)]] = [:]

    init(_ technologies: [Technology]) {
        for (index, technology) in technologies.enumerated() {
            for package in technology.packages {
                let key = package.registry.normalized(package.name)
                if package.isPrefix {
                    prefixes[package.registry, default: []].append((key, index))
                } else {
                    exact[package.registry, default: [:]][key, default: []].append(index)
                }
            }
        }
    }

    /// Indexes into the catalogue's technologies, without repeats, exact matches first.
    func lookup(_ name: String, in registry: PackageRegistry) -> [Int] {
        let key = registry.normalized(name)
        var result = exact[registry]?[key] ?? []
        if result.isEmpty, registry == .go || registry == .swiftpm {
            var path = Substring(key)
            while result.isEmpty, let slash = path.lastIndex(of: "/") {
                path = path[..<slash]
                result = exact[registry]?[String(path)] ?? []
            }
        }
        for entry in prefixes[registry] ?? [] where key.hasPrefix(entry.prefix) && !result.contains(entry.technology) {
            result.append(entry.technology)
        }
        return result
    }
}
