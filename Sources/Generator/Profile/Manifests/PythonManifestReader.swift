/// Python manifests: `pyproject.toml` (PEP 621, Poetry, dependency groups, tool tables),
/// `requirements*.txt`, `setup.cfg` and `Pipfile`.
enum PythonManifestReader {
    /// Optional-dependency groups that hold development tools rather than features.
    private static let developmentGroups: Set<String> = [
        "dev", "develop", "development", "test", "tests", "testing", "lint", "docs", "typing", "ci",
    ]

    static func pyproject(_ text: String, path: String) -> Manifest {
        var manifest = Manifest(path: path, format: .pyproject)
        let toml = TOMLDocument(text)
        manifest.problems = toml.problems
        manifest.name = toml.string(at: "project", "name") ?? toml.string(at: "tool", "poetry", "name")
        manifest.state(
            "Python",
            toml.string(at: "project", "requires-python") ?? toml.string(at: "tool", "poetry", "dependencies", "python")
        )
        for requirement in toml.value(at: ["project", "dependencies"])?.strings ?? [] {
            add(requirement, .runtime, to: &manifest)
        }
        for group in toml.keys(under: ["project", "optional-dependencies"]) + toml.keys(under: ["dependency-groups"]) {
            let values =
                (toml.value(at: ["project", "optional-dependencies", group])
                ?? toml.value(at: ["dependency-groups", group]))?.strings ?? []
            let scope: DependencyScope =
                developmentGroups.contains(group.lowercased()) || toml.value(at: ["dependency-groups", group]) != nil
                ? .development : .runtime
            for requirement in values { add(requirement, scope, to: &manifest) }
        }
        poetry(toml, into: &manifest)
        for requirement in toml.value(at: ["build-system", "requires"])?.strings ?? [] {
            add(requirement, .build, to: &manifest)
        }
        let tools: [(String, String)] = [
            ("pytest", "pytest"), ("poetry", "Poetry"), ("uv", "uv"), ("hatch", "Hatch"), ("tox", "tox"),
        ]
        for (table, technology) in tools where !toml.keys(under: ["tool", table]).isEmpty { manifest.state(technology) }
        if !toml.keys(under: ["project", "scripts"]).isEmpty
            || !toml.keys(under: ["tool", "poetry", "scripts"]).isEmpty
        {
            manifest.hint(.executable)
        }
        classifiers(toml.value(at: ["project", "classifiers"])?.strings ?? [], into: &manifest)
        return manifest
    }

    private static func poetry(_ toml: TOMLDocument, into manifest: inout Manifest) {
        for name in toml.keys(under: ["tool", "poetry", "dependencies"]) where name.lowercased() != "python" {
            let value = toml.value(at: ["tool", "poetry", "dependencies", name])
            manifest.depend(name, value?.string ?? value?["version"]?.string)
        }
        var groups = [["tool", "poetry", "dev-dependencies"]]
        groups += toml.keys(under: ["tool", "poetry", "group"]).map { ["tool", "poetry", "group", $0, "dependencies"] }
        for table in groups {
            for name in toml.keys(under: table) {
                let value = toml.value(at: table + [name])
                manifest.depend(name, value?.string ?? value?["version"]?.string, scope: .development)
            }
        }
    }

    /// `Framework :: Django` states Django; `Intended Audience :: Developers` suggests a library.
    private static func classifiers(_ classifiers: [String], into manifest: inout Manifest) {
        for classifier in classifiers {
            let parts = classifier.split(separator: ":", omittingEmptySubsequences: true).map { String($0).trimmed }
            if parts.count >= 2, parts[0] == "Framework",
                let technology = TechnologyCatalogue.standard.technology(named: parts[1])
            {
                manifest.state(technology.name)
            }
            if classifier.hasPrefix("Intended Audience :: Developers")
                || classifier.hasPrefix("Topic :: Software Development :: Libraries")
            {
                manifest.hint(.library)
            }
        }
    }

    static func requirements(_ text: String, path: String) -> Manifest {
        var manifest = Manifest(path: path, format: .requirements)
        let lower = path.lowercased()
        let scope: DependencyScope =
            ["dev", "test", "lint", "docs", "ci"].contains(where: lower.contains) ? .development : .runtime
        for raw in normalizedLines(text) {
            var line = raw.trimmed
            if let comment = line.firstRange(of: " #") ?? (line.hasPrefix("#") ? line.firstRange(of: "#") : nil) {
                line = String(line[..<comment.lowerBound])
            }
            guard !line.isEmpty else { continue }
            if line.hasPrefix("-") {
                if let egg = line.firstRange(of: "#egg=") { add(String(line[egg.upperBound...]), scope, to: &manifest) }
                continue
            }
            add(line, scope, to: &manifest)
        }
        manifest.state("Python")
        return manifest
    }

    static func setupCfg(_ text: String, path: String) -> Manifest {
        var manifest = Manifest(path: path, format: .setupCfg)
        let ini = INIDocument(text)
        manifest.name = ini.values("name", inSection: { $0 == "metadata" }).first
        manifest.state("Python", ini.values("python_requires", inSection: { $0 == "options" }).first)
        for requirement in ini.values("install_requires", inSection: { $0 == "options" }) {
            add(requirement, .runtime, to: &manifest)
        }
        for entry in ini.entries where entry.section == "options.extras_require" {
            let scope: DependencyScope = developmentGroups.contains(entry.key) ? .development : .runtime
            for requirement in entry.values { add(requirement, scope, to: &manifest) }
        }
        if !ini.values("console_scripts", inSection: { $0 == "options.entry_points" }).isEmpty {
            manifest.hint(.executable)
        }
        return manifest
    }

    static func pipfile(_ text: String, path: String) -> Manifest {
        var manifest = Manifest(path: path, format: .pipfile)
        let toml = TOMLDocument(text)
        manifest.problems = toml.problems
        for (table, scope) in [("packages", DependencyScope.runtime), ("dev-packages", .development)] {
            for name in toml.keys(under: [table]) {
                let value = toml.value(at: [table, name])
                manifest.depend(name, value?.string ?? value?["version"]?.string, scope: scope)
            }
        }
        manifest.state("Python", toml.string(at: "requires", "python_version"))
        return manifest
    }

    /// A PEP 508 requirement: `django>=4.2`, `bibtexparser (>=1.4.4,<2)`, `requests[socks]; python_version<"3.12"`,
    /// `pkg @ git+https://…`.
    private static func add(_ requirement: String, _ scope: DependencyScope, to manifest: inout Manifest) {
        let text = (requirement.split(separator: ";", maxSplits: 1).first.map(String.init) ?? "").trimmed
        let name = text.prefix { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" || $0 == "." }
        guard !name.isEmpty else { return }
        var rest = String(text.dropFirst(name.count)).trimmed
        if rest.hasPrefix("["), let close = rest.firstIndex(of: "]") {
            rest = String(rest[rest.index(after: close)...]).trimmed
        }
        if rest.hasPrefix("@") { rest = "" }
        if rest.hasPrefix("("), rest.hasSuffix(")") { rest = String(rest.dropFirst().dropLast()) }
        manifest.depend(String(name), rest, scope: scope)
    }
}
