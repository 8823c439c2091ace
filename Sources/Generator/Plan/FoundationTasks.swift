/// The tasks of Phase 1 for the kind of project: set-up in the project's own terms, storage only
/// where there is some, screens only where there are, RBAC only where there are users with
/// roles, and security always, in the form that fits (input validation, secrets and tokens,
/// permissions, supply chain).
struct FoundationTasks {
    var spec: Spec
    var shape: ProjectShape
    var phrases: PlanPhrases

    func tasks() -> [String] {
        var tasks = [phrases.foundation(setup())]
        if let storage = storage() { tasks.append(phrases.foundation(storage)) }
        if shape.hasUserInterface, let interface = interface() { tasks.append(phrases.foundation(interface)) }
        tasks += shape.services.filter { $0.role == .service }.map {
            phrases.foundation(.serviceAccess(shape.kind, service: $0.name))
        }
        if shape.hasRoles { tasks.append(phrases.roles) }
        let audit = shape.kind == .infrastructure ? nil : shape.conventions.audit
        tasks.append(phrases.security(securityForm(), !shape.services.isEmpty, audit))
        return tasks
    }

    private var title: String { spec.title }

    private func setup() -> FoundationTask {
        let code = shape.code
        switch shape.kind {
        case .apiService?, .webApplication?:
            if let framework = shape.label(.backendFramework, limit: 1) {
                return .serviceModule(title: title, framework: framework, code: code)
            }
            let app = shape.fullStackFrontend?.label ?? shape.label(.frontendFramework, limit: 1) ?? code
            return .applicationModules(title: title, app: app, code: code)
        case .commandLineTool?:
            return .commandLine(title: title, code: code, commands: shape.commandLineLibraries.first?.technology.name)
        case .library?:
            return .library(title: title, code: code)
        case .mobileApp?, .desktopApp?:
            let toolkit = shape.interfaceRole.flatMap { shape.label($0, limit: 1) }
            return .appModule(title: title, code: code, desktop: shape.kind == .desktopApp, toolkit: toolkit)
        case .embedded?:
            return .firmware(title: title, code: code, device: shape.device)
        case .dataPipeline?:
            return .pipeline(title: title, code: code)
        case .infrastructure?:
            return .infrastructure(title: title, tool: shape.infrastructureTools.first?.label)
        case .game?:
            return .engine(title: title, code: code)
        case nil:
            return .modules(title: title, code: code)
        }
    }

    /// Schema and migrations, collections, or keys: what the project's storage takes; the data
    /// types alone where the project has none.
    private func storage() -> FoundationTask? {
        let names = spec.entities.map(\.name)
        let more = names.count > 6 ? [phrases.moreEntities(names.count - 5)] : []
        let entities = names.count > 6 ? Array(names.prefix(5)) + more : names
        let what = entities.isEmpty ? nil : phrases.list(entities)
        guard shape.storesData, shape.kind != .infrastructure, !shape.databasesAreConnectedTo,
            let database = shape.profile.choices(for: .database).first
        else {
            guard !entities.isEmpty, [.library, .commandLineTool, .embedded, .game, .dataPipeline].contains(shape.kind)
            else { return nil }
            return .storage(nil, database: "", what: what, plural: entities.count > 1, using: nil)
        }
        let tool = shape.profile.choices(for: .library).first {
            DependencyPlanner.dataAccessLibraries.contains($0.technology.name)
        }
        return .storage(
            StorageStyle.of(database.technology), database: database.technology.name, what: what,
            plural: entities.count > 1, using: tool?.technology.name)
    }

    private func interface() -> FoundationTask? {
        guard let role = shape.interfaceRole, let toolkit = shape.label(role, limit: 1) else { return nil }
        switch role {
        case .mobileUI: return .screens(title: title, toolkit: toolkit)
        case .desktopUI: return .windows(title: title, toolkit: toolkit)
        default:
            let routed = shape.fullStackFrontend != nil || shape.profile.has(where: ["Angular", "React Router"])
            return routed ? .routes(toolkit: toolkit) : .components(title: title, toolkit: toolkit)
        }
    }

    /// Security in the form that fits the kind.
    private func securityForm() -> SecurityForm {
        switch shape.kind {
        case .apiService?, .webApplication?:
            let server =
                shape.profile.has(.backendFramework) || shape.fullStackFrontend != nil || shape.kind == .apiService
            return server ? .server : .browser
        case .commandLineTool?: return .commandLine
        case .library?: return .library
        case .mobileApp?: return .mobile
        case .desktopApp?: return .desktop
        case .embedded?: return .embedded
        case .dataPipeline?: return .pipeline
        case .infrastructure?: return .infrastructure
        case .game?: return .game
        case nil: return .other
        }
    }
}

extension ProjectProfile {
    /// Whether the profile chose any of these technologies, in any role.
    func has(where names: Set<String>) -> Bool {
        choices.values.contains { $0.contains { names.contains($0.technology.name) } }
    }
}
