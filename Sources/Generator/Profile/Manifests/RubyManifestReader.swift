/// `Gemfile` and `*.gemspec`: gems with their groups, the Ruby version, executables.
enum RubyManifestReader {
    static func gemfile(_ text: String, path: String) -> Manifest {
        var manifest = Manifest(path: path, format: .gemfile)
        var developmentGroups = 0
        for raw in normalizedLines(text) {
            let line = raw.trimmed
            if line.hasPrefix("group "), line.contains(":development") || line.contains(":test") {
                developmentGroups += 1
            } else if line.hasPrefix("group ") {
                developmentGroups += developmentGroups > 0 ? 1 : 0
            } else if line == "end", developmentGroups > 0 {
                developmentGroups -= 1
            } else if line.hasPrefix("gem ") {
                let values = quotedValues(line)
                if let name = values.first {
                    manifest.depend(
                        name, values.dropFirst().first,
                        scope: developmentGroups > 0 || line.contains(":development") ? .development : .runtime)
                }
            } else if line.hasPrefix("ruby ") {
                manifest.state("Ruby", quotedValues(line).first)
            } else if line == "gemspec" || line.hasPrefix("gemspec ") {
                manifest.hint(.library)
            }
        }
        manifest.state("Ruby")
        return manifest
    }

    static func gemspec(_ text: String, path: String) -> Manifest {
        var manifest = Manifest(path: path, format: .gemspec)
        for raw in normalizedLines(text) {
            let line = raw.trimmed
            let values = quotedValues(line)
            if line.contains("add_development_dependency"), let name = values.first {
                manifest.depend(name, values.dropFirst().first, scope: .development)
            } else if line.contains("add_dependency") || line.contains("add_runtime_dependency"),
                let name = values.first
            {
                manifest.depend(name, values.dropFirst().first)
            } else if line.contains("required_ruby_version") {
                manifest.state("Ruby", values.first)
            } else if line.contains(".executables"), !line.contains("[]") {
                manifest.hint(.executable)
            } else if line.contains(".name"), line.contains("="), manifest.name == nil {
                manifest.name = values.first
            }
        }
        manifest.state("Ruby")
        manifest.hint(.library)
        return manifest
    }

    /// The '…' and "…" literals of a line, in order.
    private static func quotedValues(_ line: String) -> [String] {
        var result: [String] = []
        var rest = Substring(line)
        while let open = rest.firstIndex(where: { $0 == "'" || $0 == "\"" }) {
            let quote = rest[open]
            let body = rest[rest.index(after: open)...]
            guard let close = body.firstIndex(of: quote) else { break }
            result.append(String(body[..<close]))
            rest = body[body.index(after: close)...]
        }
        return result
    }
}
