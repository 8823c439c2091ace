/// Turns every source of a profile into facts and kind evidence, each remembering its source.
struct ProfileFactCollector {
    let catalogue: TechnologyCatalogue
    private(set) var facts: [ProfileFact] = []
    private(set) var kindEvidence: [KindEvidence] = []
    private(set) var problems: [SourceProblem] = []

    init(catalogue: TechnologyCatalogue) { self.catalogue = catalogue }

    /// config.json or `.plansync.json` `stack`: each part names technologies ("NestJS (TypeScript)");
    /// a part the catalogue does not know is kept as written, in the role of its field.
    mutating func add(stack: TechStack?, source: ProfileSource) {
        guard let stack, stack.source != .default else { return }
        let parts: [(String, TechnologyRole)] = [
            (stack.backend, .backendFramework), (stack.frontend, .frontendFramework),
            (stack.database, .database), (stack.cache, .cache),
        ]
        for (value, role) in parts where !value.trimmed.isEmpty {
            let mentions = catalogue.mentions(in: value)
            if mentions.isEmpty, !["none", "n/a", "-"].contains(value.trimmed.lowercased()) {
                facts.append(
                    ProfileFact(technology: .unlisted(value.trimmed, role: role), source: source, evidence: value))
            }
            for mention in mentions {
                facts.append(
                    ProfileFact(
                        technology: mention.technology, version: mention.version, source: source, evidence: value))
            }
        }
    }

    mutating func add(_ statements: StackStatements, source: ProfileSource) {
        for statement in statements.statements {
            facts.append(
                ProfileFact(
                    technology: statement.technology, version: statement.version, source: source,
                    isDeclared: statement.isDeclared, evidence: "line \(statement.line): \(statement.text)"))
        }
        kindEvidence += statements.kindEvidence
    }

    mutating func add(_ manifest: Manifest) {
        let source = ProfileSource.manifest(manifest.path)
        for stated in manifest.stated {
            guard let technology = catalogue.technology(named: stated.name) else { continue }
            facts.append(
                ProfileFact(
                    technology: technology, version: stated.version, source: source, evidence: manifest.format.rawValue)
            )
        }
        for dependency in manifest.dependencies where !dependency.isIndirect {
            for technology in catalogue.technologies(forPackage: dependency.name, in: manifest.format.registry) {
                // A development dependency names a tool, not the product's database or framework.
                let declared = dependency.scope != .development || !technology.role.isExclusive
                let version = ProfileFactCollector.version(
                    of: technology, from: dependency, registry: manifest.format.registry)
                facts.append(
                    ProfileFact(
                        technology: technology, version: version, source: source, isDeclared: declared,
                        evidence: dependency.name))
            }
        }
        kindEvidence += ManifestKindHints.evidence(manifest)
        problems += manifest.problems.map { SourceProblem(path: manifest.path, reason: $0) }
    }

    mutating func add(marker path: String) {
        guard case .marker(let marker) = ProfileSourcePath.classify(path) else { return }
        for name in marker.technologies {
            guard let technology = catalogue.technology(named: name) else { continue }
            facts.append(ProfileFact(technology: technology, source: .marker(path), evidence: path))
        }
        if let kind = marker.kindHint {
            kindEvidence.append(KindEvidence(kind: kind, source: .marker(path), weight: 2, reason: path))
        }
    }

    mutating func add(problems more: [SourceProblem]) { problems += more }

    /// A dependency's version is its technology's only when the package is the technology itself
    /// (`react` for React, `clap` for clap); `pg` 8 is no PostgreSQL 8, `@types/node` no Node.js.
    private static func version(of technology: Technology, from dependency: Dependency, registry: PackageRegistry)
        -> String?
    {
        let ownRoles: Set<TechnologyRole> = [
            .language, .backendFramework, .frontendFramework, .mobileUI, .desktopUI, .testTool, .buildTool, .library,
        ]
        guard ownRoles.contains(technology.role), var version = dependency.version,
            !["*", "latest", "x"].contains(version),
            let primary = technology.packages.first(where: { $0.registry == registry }), !primary.isPrefix,
            registry.normalized(primary.name) == registry.normalized(dependency.name)
        else { return nil }
        // Go pseudo-versions: v1.9.4-0.20251023124752-b61f268f75b6 is v1.9.4.
        if registry == .go, let pseudo = version.firstRange(of: "-0.") {
            version = String(version[..<pseudo.lowerBound])
        }
        return version
    }

    /// Adds what facts bring along (Django brings Python, Expo brings React Native and React),
    /// from the same source, marked as implied.
    mutating func addImplications() {
        var seen = Set(facts.map { "\($0.technology.name)|\($0.source)" })
        var pending = facts
        while !pending.isEmpty {
            var next: [ProfileFact] = []
            for fact in pending {
                for name in fact.technology.implies {
                    guard let technology = catalogue.technology(named: name),
                        seen.insert("\(name)|\(fact.source)").inserted
                    else { continue }
                    next.append(
                        ProfileFact(
                            technology: technology, source: fact.source, isDeclared: fact.isDeclared, isImplied: true,
                            evidence: "implied by \(fact.technology.name)"))
                }
            }
            facts += next
            pending = next
        }
    }
}

/// What a manifest's structure says about the kind of project: a `bin`, an Android app plugin,
/// a board, or the folder it stands in (`apps/api/`, `infrastructure/`).
enum ManifestKindHints {
    private static let folders: [(ProjectKind, Set<String>)] = [
        (.apiService, ["api", "server", "backend", "service", "services"]),
        (.webApplication, ["web", "frontend", "client", "site", "www", "webapp"]),
        (.commandLineTool, ["cli", "cmd"]),
        (
            .infrastructure,
            ["infra", "infrastructure", "deploy", "deployment", "terraform", "pulumi", "k8s", "kubernetes", "helm"]
        ),
        (.mobileApp, ["mobile", "android", "ios"]),
        (.embedded, ["firmware"]),
    ]

    static func evidence(_ manifest: Manifest) -> [KindEvidence] {
        let source = ProfileSource.manifest(manifest.path)
        guard !manifest.hints.contains(.testProject) else { return [] }
        var result: [KindEvidence] = []
        func add(_ kind: ProjectKind, _ weight: Int, _ reason: String) {
            result.append(KindEvidence(kind: kind, source: source, weight: weight, reason: reason))
        }
        for hint in manifest.hints {
            switch hint {
            case .executable: add(.commandLineTool, 3, "an executable target")
            case .library: add(.library, 2, "a library target")
            case .plugin: add(.library, 2, "a plugin")
            case .androidApp: add(.mobileApp, 3, "the Android application plugin")
            case .androidLibrary: add(.library, 2, "the Android library plugin")
            case .platform(let name) where ["iOS", "watchOS", "tvOS", "visionOS"].contains(name):
                add(.mobileApp, 1, "platform \(name)")
            case .webApp: add(.apiService, 3, "a web SDK")
            case .desktopApp: add(.desktopApp, 3, "a desktop UI framework")
            case .firmware: add(.embedded, 3, "a board")
            default: break
            }
        }
        let folders = manifest.path.split(separator: "/").dropLast().map { $0.lowercased() }
        for (kind, names) in self.folders where folders.contains(where: names.contains) {
            add(kind, 1, "the folder \(folders.joined(separator: "/"))/")
        }
        return result
    }
}
