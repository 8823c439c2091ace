/// The Architecture list: always Backend, Database, Frontend and External Services, in the
/// format's order, each for the project's real stack and kind. A line that does not apply says so
/// and why ("**Frontend**: none (command-line tool)") rather than being left out.
struct ArchitecturePlanner {
    var spec: Spec
    var shape: ProjectShape

    func items() -> [Plan.ArchitectureItem] {
        [
            Plan.ArchitectureItem(label: "Backend", value: backend()),
            Plan.ArchitectureItem(label: "Database", value: database()),
            Plan.ArchitectureItem(label: "Frontend", value: frontend()),
            Plan.ArchitectureItem(label: "External Services", value: services()),
        ]
    }

    /// "runs" for one entity, "run" for several or for "the feature's operations".
    private func verb(_ singular: String) -> String {
        spec.entities.count == 1 ? singular : String(singular.dropLast())
    }

    /// "InstallerBase and HelmRepoConfig (FR-001–FR-005)": what the code implements.
    private var subject: String {
        let entities = spec.entities.prefix(5).map(\.name)
        return (entities.isEmpty ? "the feature's operations" : Prose.list(entities)) + requirementRange
    }

    private var requirementRange: String {
        let ids = spec.requirements.compactMap(\.id)
        guard let first = ids.first, let last = ids.last else { return "" }
        return first == last ? " (\(first))" : " (\(first)–\(last))"
    }

    /// "NestJS (TypeScript)", "Aphiria 1.x-dev (PHP 8.4+)": the backend frameworks on the project's code.
    private var backendFrameworks: String? {
        guard let frameworks = shape.label(.backendFramework),
            let first = shape.profile.choices(for: .backendFramework).first
        else { return nil }
        return "\(frameworks) (\(shape.code(of: first.technology.ecosystem)))"
    }

    private func backend() -> String {
        let code = shape.code
        switch shape.kind {
        case .apiService?:
            return "\(backendFrameworks ?? code) service implementing \(subject)"
        case .webApplication?:
            if let frameworks = backendFrameworks { return "\(frameworks) service implementing \(subject)" }
            if let fullStack = shape.fullStackFrontend {
                return "\(fullStack.label) server side (\(code)) implementing \(subject)"
            }
            if !shape.isClientSideWebApplication {
                return "\(code) server implementing \(subject); no source names its framework"
            }
            return
                "none of its own (client-side web application): \(subject) \(verb("runs")) in the browser, in \(code)"
        case .commandLineTool?:
            let libraries = shape.commandLineLibraries.prefix(2).map(\.label)
            return "\(code) command-line tool" + (libraries.isEmpty ? "" : " (\(Prose.list(libraries)))")
                + " implementing \(subject); no server"
        case .library?:
            let framework = shape.label(.backendFramework).map { " for \($0)" } ?? ""
            return "\(code) library\(framework), no service of its own: \(subject) as part of its public API"
        case .mobileApp?:
            return
                "none (mobile app\(shape.device.map { " for \($0)" } ?? "")): \(subject) \(verb("runs")) on the device, in \(code)"
        case .desktopApp?:
            return "none (desktop app): \(subject) \(verb("runs")) on the user's machine, in \(code)"
        case .embedded?:
            return
                "none (embedded firmware\(shape.device.map { " on \($0)" } ?? "")): \(subject) \(verb("runs")) on the device, in \(code)"
        case .dataPipeline?:
            let libraries = shape.profile.choices(for: .library).filter { $0.technology.kindHint == .dataPipeline }
                .prefix(3).map(\.label)
            return "\(code) data pipeline" + (libraries.isEmpty ? "" : " (\(Prose.list(libraries)))")
                + " implementing \(subject)"
        case .infrastructure?:
            return infrastructure()
        case .game?:
            let libraries = shape.gameLibraries.prefix(3).map(\.label)
            return "none (game running on the player's machine): \(subject) in \(code)"
                + (libraries.isEmpty ? "" : " with \(Prose.list(libraries))")
        case nil:
            return "\(backendFrameworks ?? code) implementing \(subject)"
        }
    }

    /// Infrastructure as code, with the service it deploys when the project has one.
    private func infrastructure() -> String {
        let tools =
            shape.infrastructureTools.isEmpty
            ? "infrastructure definitions" : Prose.list(shape.infrastructureTools.prefix(3).map(\.label))
        let hosting = shape.label(.hosting, limit: 2).map { " on \($0)" } ?? ""
        let deployed = backendFrameworks.map { "; the service it deploys: \($0)" } ?? ""
        return "\(tools)\(hosting) for \(subject)\(deployed)"
    }

    private func database() -> String {
        let databases = shape.label(.database, limit: 3)
        let what = spec.entities.isEmpty ? "the feature's stored data" : Prose.list(spec.entities.prefix(5).map(\.name))
        if shape.kind == .infrastructure, let databases {
            return
                "\(databases), run on the infrastructure: the feature provisions and configures it, no schema of its own"
        }
        let cache = shape.label(.cache, limit: 1).map { "; \($0) for caching and short-lived state" } ?? ""
        if shape.databasesAreConnectedTo, let databases {
            return "\(databases), reached by the library's database access: it keeps no schema of its own\(cache)"
        }
        if shape.storesData, let databases { return "\(databases) for \(what)\(cache)" }
        if let databases {
            return "no new storage: the feature stores no data of its own (the project uses \(databases))"
        }
        guard spec.signals.hasStoredData else { return "none: the feature stores no data" }
        guard let kind = shape.kind else { return "none named in the project's stack" }
        switch kind {
        case .library, .commandLineTool, .embedded, .game, .infrastructure:
            return "none (\(kind) without a database of its own)"
        case .apiService, .webApplication, .mobileApp, .desktopApp, .dataPipeline:
            return
                "not chosen: the feature stores \(what), and no source names the project's storage; decide it before Phase 1"
        }
    }

    private func frontend() -> String {
        guard shape.productHasUserInterface else {
            return shape.kind.map { "none (\($0))" } ?? "none named in the project's stack"
        }
        let role = shape.interfaceRole
        guard shape.hasUserInterface else {
            return "no change: the feature has no user interface of its own"
                + (shape.interfaceToolkit.map { " (\($0))" } ?? "")
        }
        let toolkit = shape.interfaceToolkit ?? "the project's user interface"
        let flows = spec.storiesByPriority.prefix(4).map(\.title)
        let noun =
            switch role {
            case .mobileUI?: "screens"
            case .desktopUI?: "windows and views"
            default: shape.kind == .game ? "scenes" : "views"
            }
        return "\(toolkit) \(noun)"
            + (flows.isEmpty ? " for the feature's user flows" : " for: \(flows.joined(separator: "; "))")
    }

    private func services() -> String {
        shape.services.isEmpty ? "none named in the spec's scope" : Prose.list(shape.services.map(\.name))
    }
}
