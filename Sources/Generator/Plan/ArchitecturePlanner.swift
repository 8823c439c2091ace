/// The Architecture list: always Backend, Database, Frontend and External Services, in the
/// format's order, each for the project's real stack and kind. A line that does not apply says so
/// and why ("**Frontend**: none (command-line tool)") rather than being left out.
struct ArchitecturePlanner {
    var spec: Spec
    var shape: ProjectShape
    var phrases: PlanPhrases

    func items() -> [Plan.ArchitectureItem] {
        [
            Plan.ArchitectureItem(label: "Backend", value: backend()),
            Plan.ArchitectureItem(label: "Database", value: database()),
            Plan.ArchitectureItem(label: "Frontend", value: frontend()),
            Plan.ArchitectureItem(label: "External Services", value: services()),
        ]
    }

    /// Whether several things run ("run" rather than "runs").
    private var plural: Bool { spec.entities.count != 1 }

    /// "InstallerBase and HelmRepoConfig (FR-001–FR-005)": what the code implements.
    private var subject: String {
        let entities = spec.entities.prefix(5).map(\.name)
        return (entities.isEmpty ? phrases.architecture(.theFeaturesOperations) : phrases.list(entities))
            + requirementRange
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
        phrases.architecture(backendLine())
    }

    private func backendLine() -> ArchitectureLine {
        let code = shape.code
        func list(_ items: [String]) -> String? { items.isEmpty ? nil : phrases.list(items) }
        switch shape.kind {
        case .apiService?:
            return .service(stack: backendFrameworks ?? code, subject: subject)
        case .webApplication?:
            if let frameworks = backendFrameworks { return .service(stack: frameworks, subject: subject) }
            if let fullStack = shape.fullStackFrontend {
                return .serverSide(framework: fullStack.label, code: code, subject: subject)
            }
            if !shape.isClientSideWebApplication { return .unnamedServer(code: code, subject: subject) }
            return .runsElsewhere(.webApplication, device: nil, subject: subject, code: code, plural: plural)
        case .commandLineTool?:
            return .commandLine(
                code: code, libraries: list(shape.commandLineLibraries.prefix(2).map(\.label)), subject: subject)
        case .library?:
            return .library(code: code, framework: shape.label(.backendFramework), subject: subject)
        case .mobileApp?, .desktopApp?, .embedded?:
            return .runsElsewhere(
                shape.kind ?? .embedded, device: shape.device, subject: subject, code: code, plural: plural)
        case .dataPipeline?:
            let libraries = shape.profile.choices(for: .library).filter { $0.technology.kindHint == .dataPipeline }
                .prefix(3).map(\.label)
            return .pipeline(code: code, libraries: list(libraries), subject: subject)
        case .infrastructure?:
            let tools = list(shape.infrastructureTools.prefix(3).map(\.label))
            return .infrastructure(
                tools: tools, hosting: shape.label(.hosting, limit: 2), subject: subject, deployed: backendFrameworks)
        case .game?:
            return .game(subject: subject, code: code, libraries: list(shape.gameLibraries.prefix(3).map(\.label)))
        case nil:
            return .implementing(stack: backendFrameworks ?? code, subject: subject)
        }
    }

    private func database() -> String {
        phrases.architecture(databaseLine())
    }

    private func databaseLine() -> ArchitectureLine {
        let databases = shape.label(.database, limit: 3)
        let what =
            spec.entities.isEmpty
            ? phrases.architecture(.theFeaturesStoredData) : phrases.list(spec.entities.prefix(5).map(\.name))
        if shape.kind == .infrastructure, let databases { return .provisionedDatabase(databases: databases) }
        let cache = shape.label(.cache, limit: 1)
        if shape.databasesAreConnectedTo, let databases {
            return .connectedDatabase(databases: databases, cache: cache)
        }
        if shape.storesData, let databases { return .database(databases: databases, what: what, cache: cache) }
        if let databases { return .noNewStorage(databases: databases) }
        guard spec.signals.hasStoredData else { return .storesNothing }
        guard let kind = shape.kind else { return .noneNamed }
        switch kind {
        case .library, .commandLineTool, .embedded, .game, .infrastructure:
            return .noDatabaseOfItsOwn(kind)
        case .apiService, .webApplication, .mobileApp, .desktopApp, .dataPipeline:
            return .storageNotChosen(what: what)
        }
    }

    private func frontend() -> String {
        guard shape.productHasUserInterface else { return phrases.architecture(.noInterface(shape.kind)) }
        let role = shape.interfaceRole
        guard shape.hasUserInterface else {
            return phrases.architecture(.interfaceUnchanged(toolkit: shape.interfaceToolkit))
        }
        let toolkit = shape.interfaceToolkit ?? phrases.architecture(.theProjectsInterface)
        let flows = spec.storiesByPriority.prefix(4).map(\.title)
        let noun: InterfaceNoun =
            switch role {
            case .mobileUI?: .screens
            case .desktopUI?: .windows
            default: shape.kind == .game ? .scenes : .views
            }
        return phrases.architecture(
            .views(toolkit: toolkit, noun: noun, flows: flows.isEmpty ? nil : flows.joined(separator: "; ")))
    }

    private func services() -> String {
        shape.services.isEmpty ? phrases.architecture(.noServices) : phrases.list(shape.services.map(\.name))
    }
}
