/// `package.json`: dependencies of every kind, engines, `bin`, workspaces and the package manager.
enum NodeManifestReader {
    static func read(_ text: String, path: String) -> Manifest {
        var manifest = Manifest(path: path, format: .packageJSON)
        guard let json = ManifestReader.jsonObject(text, into: &manifest) else { return manifest }
        manifest.name = json["name"]?.string
        let scopes: [(String, DependencyScope)] = [
            ("dependencies", .runtime), ("optionalDependencies", .runtime), ("devDependencies", .development),
            ("peerDependencies", .peer),
        ]
        for (key, scope) in scopes {
            for entry in json[key]?.entries ?? [] { manifest.depend(entry.key, entry.value.string, scope: scope) }
        }
        let typescript = manifest.dependencies.first { $0.name == "typescript" }
        let typed = manifest.dependencies.contains {
            ["ts-node", "tsx", "ts-jest"].contains($0.name) || $0.name.hasPrefix("@types/")
        }
        let compiles = json["scripts"]?.entries.contains { $0.value.string?.contains("tsc") == true } ?? false
        if typescript != nil || typed || compiles || json["types"] != nil || json["typings"] != nil {
            manifest.state("TypeScript", typescript?.version)
        } else {
            manifest.state("JavaScript")
        }
        let engines = json["engines"]
        if let node = engines?["node"]?.string { manifest.state("Node.js", node) }
        if let bun = engines?["bun"]?.string { manifest.state("Bun", bun) }
        if let packageManager = json["packageManager"]?.string {
            let parts = packageManager.split(separator: "@", maxSplits: 1).map(String.init)
            let tool = ["pnpm": "pnpm", "yarn": "Yarn", "npm": "npm", "bun": "Bun"][parts[0]]
            if let tool { manifest.state(tool, parts.count > 1 ? parts[1] : nil) }
        }
        hints(json, into: &manifest)
        return manifest
    }

    private static func hints(_ json: ManifestValue, into manifest: inout Manifest) {
        let hasBin = json["bin"].map { $0.string != nil || !$0.entries.isEmpty } ?? false
        if hasBin {
            manifest.hint(.executable)
            manifest.state("Node.js")
        }
        let workspaces =
            json["workspaces"].map { $0.strings.isEmpty ? ($0["packages"]?.strings ?? []) : $0.strings } ?? []
        if !workspaces.isEmpty { manifest.hint(.workspace(workspaces.count)) }
        let isPrivate = json["private"]?.string == "true"
        let publishes = json["main"] != nil || json["exports"] != nil || json["module"] != nil || json["types"] != nil
        if !hasBin, !isPrivate, publishes { manifest.hint(.library) }
        if !(json["peerDependencies"]?.entries.isEmpty ?? true), !isPrivate { manifest.hint(.library) }
    }
}

/// `composer.json`: require and require-dev (PHP extensions included), the PHP version, the package type.
enum ComposerManifestReader {
    static func read(_ text: String, path: String) -> Manifest {
        var manifest = Manifest(path: path, format: .composer)
        guard let json = ManifestReader.jsonObject(text, into: &manifest) else { return manifest }
        manifest.name = json["name"]?.string
        for (key, scope) in [("require", DependencyScope.runtime), ("require-dev", .development)] {
            for entry in json[key]?.entries ?? [] {
                if entry.key == "php" {
                    manifest.state("PHP", entry.value.string)
                } else {
                    manifest.depend(entry.key, entry.value.string, scope: scope)
                }
            }
        }
        manifest.state("PHP")
        switch json["type"]?.string ?? "" {
        case "library", "symfony-bundle", "laravel-package", "wordpress-plugin": manifest.hint(.library)
        case let type where type.hasSuffix("-plugin"): manifest.hint(.plugin)
        default: break
        }
        if !(json["bin"]?.strings.isEmpty ?? true) { manifest.hint(.executable) }
        return manifest
    }
}
