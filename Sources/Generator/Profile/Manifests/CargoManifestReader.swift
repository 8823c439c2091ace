/// `Cargo.toml`: the package or workspace (edition, rust-version, members), every dependency
/// table (target-specific ones too), and the `[lib]` and `[[bin]]` targets.
enum CargoManifestReader {
    static func read(_ text: String, path: String) -> Manifest {
        var manifest = Manifest(path: path, format: .cargo)
        let toml = TOMLDocument(text)
        manifest.problems = toml.problems
        manifest.name = toml.string(at: "package", "name")
        let rustVersion =
            toml.string(at: "package", "rust-version") ?? toml.string(at: "workspace", "package", "rust-version")
        let edition = toml.string(at: "package", "edition") ?? toml.string(at: "workspace", "package", "edition")
        manifest.state("Rust", rustVersion ?? edition.map { "edition \($0)" })
        for table in dependencyTables(toml) {
            let scope: DependencyScope =
                table.last == "dev-dependencies" ? .development : table.last == "build-dependencies" ? .build : .runtime
            for crate in toml.keys(under: table) {
                let value = toml.value(at: table + [crate])
                let version =
                    value?.string ?? value?["version"]?.string ?? toml.value(at: table + [crate, "version"])?.string
                manifest.depend(value?["package"]?.string ?? crate, version, scope: scope)
            }
        }
        if toml.hasTable("bin") { manifest.hint(.executable) }
        if toml.hasTable("lib") { manifest.hint(.library) }
        let members = toml.value(at: ["workspace", "members"])?.strings ?? []
        if !members.isEmpty { manifest.hint(.workspace(members.count)) }
        return manifest
    }

    /// `[dependencies]`, `[dev-dependencies]`, `[workspace.dependencies]`, `[target.'cfg(unix)'.dependencies]`...
    private static func dependencyTables(_ toml: TOMLDocument) -> [[String]] {
        var tables: [[String]] = []
        for entry in toml.values {
            for (k, part) in entry.path.enumerated()
            where ["dependencies", "dev-dependencies", "build-dependencies"].contains(part) {
                let table = Array(entry.path[...k])
                let valid = table.count == 1 || table.first == "workspace" || table.first == "target"
                if valid, !tables.contains(table) { tables.append(table) }
                break
            }
        }
        return tables
    }
}
