/// The tasks of Phase 1 for the kind of project: set-up in the project's own terms, storage only
/// where there is some, screens only where there are, RBAC only where there are users with
/// roles, and security always, in the form that fits (input validation, secrets and tokens,
/// permissions, supply chain).
struct FoundationTasks {
    var spec: Spec
    var shape: ProjectShape

    func tasks() -> [String] {
        var tasks = [setup()]
        if let storage = storage() { tasks.append(storage) }
        if shape.hasUserInterface, let interface = interface() { tasks.append(interface) }
        tasks += shape.services.filter { $0.role == .service }.map(service)
        if shape.hasRoles { tasks.append("Define roles and permission guards (RBAC) for the feature's operations") }
        tasks.append(security())
        return tasks
    }

    private var title: String { spec.title }

    private func setup() -> String {
        let code = shape.code
        switch shape.kind {
        case .apiService?, .webApplication?:
            if let framework = shape.label(.backendFramework, limit: 1) {
                return "Set up the \(framework) (\(code)) module for \(title) with configuration and structured logging"
            }
            let app = shape.fullStackFrontend?.label ?? shape.label(.frontendFramework, limit: 1) ?? code
            return "Set up the \(title) modules in the \(app) application (\(code)), with their configuration"
        case .commandLineTool?:
            let entry =
                shape.commandLineLibraries.first.map { "the \($0.technology.name) commands" } ?? "the command line"
            return
                "Set up the code of \(title) in \(code) and wire it into \(entry), with configuration and clear exit codes"
        case .library?:
            return "Set up the library module for \(title) in \(code): its public types, errors and documentation"
        case .mobileApp?, .desktopApp?:
            let app = shape.kind == .mobileApp ? "app" : "desktop app"
            let toolkit = shape.interfaceRole.flatMap { shape.label($0, limit: 1) }.map { " (\($0))" } ?? ""
            return
                "Set up the \(app) module for \(title) in \(code)\(toolkit): its state, navigation entry and configuration"
        case .embedded?:
            return
                "Set up the firmware module for \(title) in \(code)\(shape.device.map { " on \($0)" } ?? ""): pins, timing and memory budget"
        case .dataPipeline?:
            return "Set up the pipeline stage for \(title) in \(code): its inputs, outputs and configuration"
        case .infrastructure?:
            let tool = shape.infrastructureTools.first?.label ?? "infrastructure"
            return "Set up the \(tool) definitions for \(title), with configuration per environment"
        case .game?:
            return "Set up the engine subsystem for \(title) in \(code) and its place in the game loop"
        case nil:
            return "Set up the \(code) modules for \(title) with configuration"
        }
    }

    /// Schema and migrations, collections, or keys: what the project's storage takes; the data
    /// types alone where the project has none.
    private func storage() -> String? {
        let names = spec.entities.map(\.name)
        let entities = names.count > 6 ? Array(names.prefix(5)) + ["\(names.count - 5) more entities"] : names
        let what = entities.isEmpty ? "the feature's data" : Prose.list(entities)
        guard shape.storesData, shape.kind != .infrastructure, !shape.databasesAreConnectedTo,
            let database = shape.profile.choices(for: .database).first
        else {
            guard !entities.isEmpty, [.library, .commandLineTool, .embedded, .game, .dataPipeline].contains(shape.kind)
            else { return nil }
            return "Define the data types for \(what) and their invariants"
        }
        let tool = shape.profile.choices(for: .library).first {
            DependencyPlanner.dataAccessLibraries.contains($0.technology.name)
        }
        let using = tool.map { " (\($0.technology.name))" } ?? ""
        switch StorageStyle.of(database.technology) {
        case .relational: return "Create the \(database.technology.name) schema and migrations\(using) for \(what)"
        case .document: return "Define the \(database.technology.name) collections and indexes\(using) for \(what)"
        case .keyValue:
            let verb = entities.count > 1 ? "are" : "is"
            return
                "Define how \(what) \(verb) kept in \(database.technology.name): keys, format and a version for later changes"
        }
    }

    private func interface() -> String? {
        guard let role = shape.interfaceRole, let toolkit = shape.label(role, limit: 1) else { return nil }
        switch role {
        case .mobileUI: return "Scaffold the \(toolkit) screens and navigation for \(title)"
        case .desktopUI: return "Scaffold the \(toolkit) windows and views for \(title)"
        default:
            let routed = shape.fullStackFrontend != nil || shape.profile.has(where: ["Angular", "React Router"])
            return routed
                ? "Scaffold the \(toolkit) routes and shared components"
                : "Scaffold the \(toolkit) components and state for \(title)"
        }
    }

    private func service(_ service: Technology) -> String {
        switch shape.kind {
        case .commandLineTool?, .mobileApp?, .desktopApp?:
            "Configure the \(service.name) client: tokens from the environment or the user's configuration, never from the repository; a fake for tests"
        case .library?:
            "Define the \(service.name) client behind an interface, credentials supplied by the caller; a fake for tests"
        case .infrastructure?:
            "Set up access to \(service.name): credentials in the secret store, scoped to what the deployment needs"
        default:
            "Configure the \(service.name) integration: credentials from the environment, a sandbox for tests"
        }
    }

    /// Security in the form that fits the kind, with the dependency audit where the ecosystem has one.
    private func security() -> String {
        let secrets = shape.services.isEmpty ? "" : ", and keep tokens and credentials out of the code, logs and output"
        var task: String
        switch shape.kind {
        case .apiService?, .webApplication?:
            let server =
                shape.profile.has(.backendFramework) || shape.fullStackFrontend != nil || shape.kind == .apiService
            task =
                server
                ? "Security: validate every input at the API boundary and keep secrets in the environment, out of the code and logs"
                : "Security: sanitise what users enter before it is rendered, and keep secrets out of the client bundle"
        case .commandLineTool?:
            task =
                "Security: validate arguments and input files before acting on them, and never print or log tokens or credentials"
        case .library?:
            task = "Security: validate inputs at the public API (no crash or panic on malformed input)" + secrets
        case .mobileApp?:
            task =
                "Security: request only the permissions the feature needs and keep personal data on the device"
                + secrets
        case .desktopApp?:
            task = "Security: validate the files and input the app reads, and keep credentials in the system's keychain"
        case .embedded?:
            task =
                "Security: validate every message and input the firmware receives (radio, serial, buttons) before acting on it"
        case .dataPipeline?:
            task =
                "Security: validate input data against its expected schema"
                + (secrets.isEmpty ? ", and keep data-source credentials out of the code" : secrets)
        case .infrastructure?:
            task =
                "Security: keep secrets in the secret store, give tokens and service accounts the least privilege they need, and review each change's preview before it is applied"
        case .game?:
            task = "Security: validate the assets and scripts the engine loads, and keep scripts sandboxed"
        case nil:
            task =
                "Security: validate inputs" + (secrets.isEmpty ? " and keep secrets out of the code and logs" : secrets)
        }
        if let audit = shape.conventions.audit, shape.kind != .infrastructure {
            task += "; check new dependencies with `\(audit)`"
        }
        return task
    }
}

extension ProjectProfile {
    /// Whether the profile chose any of these technologies, in any role.
    func has(where names: Set<String>) -> Bool {
        choices.values.contains { $0.contains { names.contains($0.technology.name) } }
    }
}
