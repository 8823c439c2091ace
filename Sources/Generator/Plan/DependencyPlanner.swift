/// External Dependencies: what the feature needs, from the project's manifests where they hold
/// it, else the stack's well-known package for it (from the catalogue, in the project's own
/// registries only: never a package of another ecosystem). Each line says where it comes from:
/// the manifest and version, "to add", or the source that names it.
struct DependencyPlanner {
    var spec: Spec
    var shape: ProjectShape
    var phrases: PlanPhrases

    private var profile: ProjectProfile { shape.profile }

    func dependencies() -> [Plan.Dependency] {
        var result: [Plan.Dependency] = []
        var seen = Set<String>()
        func add(_ dependency: Plan.Dependency?) {
            guard let dependency, seen.insert(dependency.name).inserted else { return }
            result.append(dependency)
        }
        // An infrastructure tool is a dependency where a manifest holds its package (`@pulumi/kubernetes`);
        // the catalogue's package for it is a client library (`dockerode`), not what the feature needs.
        for (choice, purpose) in frameworks() {
            add(choice.technology.role == .infrastructure ? manifestOnly(choice, purpose) : dependency(choice, purpose))
        }
        // Storage the platform brings (SharedPreferences, localStorage, EEPROM) has no package to add.
        for (choice, purpose) in storage() { add(dependency(choice, purpose, requirePackage: true)) }
        for item in services() { add(item) }
        for (choice, purpose) in access() { add(dependency(choice, purpose)) }
        for (choice, purpose) in tests() { add(dependency(choice, purpose)) }
        return result
    }

    // MARK: - Needs

    /// The frameworks and libraries the feature's code is written with, by kind.
    private func frameworks() -> [(ProfileChoice, DependencyPurpose)] {
        var needs: [(ProfileChoice, DependencyPurpose)] = []
        let backend = profile.choices(for: .backendFramework).prefix(2)
        switch shape.kind {
        case .commandLineTool?:
            needs += shape.commandLineLibraries.prefix(2).map { ($0, .commands) }
        case .library?:
            needs += backend.map { ($0, .pluggedFramework) }
        case .embedded?:
            // Libraries (`nrf24/RF24`), not the board's framework or platform (`arduino`, `atmelavr`).
            let libraries = profile.choices(for: .embeddedPlatform).filter { choice in
                choice.technology.packages.contains { $0.registry == .platformio && $0.name.contains("/") }
            }
            needs += libraries.prefix(4).map { choice in
                let isItsOwnLibrary = choice.technology.packages.contains {
                    $0.name.lowercased().hasSuffix("/" + choice.technology.name.lowercased())
                }
                return (
                    choice,
                    isItsOwnLibrary ? .hardwareLibrary(choice.technology.name) : .driver(choice.technology.name)
                )
            }
        case .infrastructure?:
            needs += shape.infrastructureTools.prefix(3).map { ($0, .infrastructure) }
        case .game?:
            needs += shape.gameLibraries.prefix(3).map { ($0, .engine) }
        case .dataPipeline?:
            needs += profile.choices(for: .library).filter { $0.technology.kindHint == .dataPipeline }.prefix(3).map {
                ($0, .dataProcessing)
            }
        case .webApplication?, .apiService?, .mobileApp?, .desktopApp?, nil:
            needs += backend.map { ($0, shape.kind == .apiService ? .apiFramework : .serverFramework) }
            if backend.isEmpty, shape.kind == .webApplication, let fullStack = shape.fullStackFrontend {
                needs.append((fullStack, .pagesAndServer))
            }
        }
        if shape.hasUserInterface, let role = shape.interfaceRole {
            needs += profile.choices(for: role).prefix(2).map {
                ($0, role == .frontendFramework ? .userInterface : .screens)
            }
        }
        return needs
    }

    /// The database's migration tool or driver, and the cache's client, when the feature stores data.
    private func storage() -> [(ProfileChoice, DependencyPurpose)] {
        guard shape.storesData, shape.kind != .infrastructure else { return [] }
        let migrations = profile.choices(for: .library).filter {
            DependencyPlanner.dataAccessLibraries.contains($0.technology.name)
        }
        var needs = migrations.prefix(2).map { ($0, DependencyPurpose.dataAccess) }
        if migrations.isEmpty {
            needs += profile.choices(for: .database).prefix(2).map {
                ($0, DependencyPurpose.client($0.technology.name))
            }
        }
        needs += profile.choices(for: .cache).prefix(1).map { ($0, DependencyPurpose.cacheClient($0.technology.name)) }
        return needs
    }

    /// Each service's SDK, else one web API client for those that have none.
    private func services() -> [Plan.Dependency] {
        var result: [Plan.Dependency] = []
        var withoutSDK: [String] = []
        for service in shape.services where service.role == .service {
            let choice = ProfileChoice(technology: service, version: nil, source: .spec, isImplied: false)
            if let sdk = dependency(choice, .serviceClient(service.name), requirePackage: true) {
                result.append(sdk)
            } else {
                withoutSDK.append(service.name)
            }
        }
        // Infrastructure talks to its services from its workflows and tools, not through a client in code.
        if !withoutSDK.isEmpty, shape.kind != .infrastructure, let client = webClient(for: withoutSDK) {
            result.append(client)
        }
        return result
    }

    /// The project's own web client, else the ecosystem's standard one, else the well-known one to add.
    private func webClient(for services: [String]) -> Plan.Dependency? {
        let purpose = DependencyPurpose.webCalls(services)
        if let own = profile.choices(for: .library).first(where: {
            DependencyPlanner.webClients.contains($0.technology.name)
        }) {
            return dependency(own, purpose)
        }
        let conventions = shape.conventions
        if let builtIn = conventions.builtInHTTP {
            return Plan.Dependency(
                name: builtIn, purpose: "\(phrases.purpose(purpose)) (\(phrases.origin(.standardLibrary)))")
        }
        guard let name = conventions.httpClient, let technology = TechnologyCatalogue.standard.technology(named: name)
        else { return nil }
        return dependency(ProfileChoice(technology: technology, version: nil, source: .spec, isImplied: false), purpose)
    }

    /// Authentication libraries, when users with roles use the feature.
    private func access() -> [(ProfileChoice, DependencyPurpose)] {
        guard shape.hasRoles else { return [] }
        let own = profile.choices(for: .library).filter { DependencyPlanner.authLibraries.contains($0.technology.name) }
        if !own.isEmpty { return own.prefix(1).map { ($0, .authentication) } }
        guard profile.technologies(for: .backendFramework).contains(where: { $0.name == "NestJS" }),
            let passport = TechnologyCatalogue.standard.technology(named: "Passport.js")
        else { return [] }
        return [
            (
                ProfileChoice(
                    technology: passport, version: nil, source: profile.choices(for: .backendFramework)[0].source,
                    isImplied: false),
                .roleGuards
            )
        ]
    }

    /// The project's test tools of its own ecosystems (benchmarks only when the spec sets figures),
    /// else the ecosystem's usual one.
    private func tests() -> [(ProfileChoice, DependencyPurpose)] {
        let measurable = spec.successCriteria.contains { PhasePlanner.isMeasurable($0.text) }
        let own = profile.testTools.filter { choice in
            (choice.technology.ecosystem == .any || shape.ecosystems.contains(choice.technology.ecosystem))
                && (measurable || TestToolPurpose.of(choice.technology) != .benchmarks)
                && (shape.hasUserInterface || choice.source == .spec
                    || TestToolPurpose.of(choice.technology) != .endToEnd)
        }
        if !own.isEmpty { return own.prefix(4).map { ($0, .tests(TestToolPurpose.of($0.technology))) } }
        guard let technology = shape.usualTestTool else { return [] }
        let source: ProfileSource = profile.isAssumedDefault ? .assumedDefault : .spec
        return [
            (
                ProfileChoice(technology: technology, version: nil, source: source, isImplied: true),
                .tests(TestToolPurpose.of(technology))
            )
        ]
    }

    // MARK: - Packages

    /// The line for a technology: the manifest dependency that named it (with its version), else
    /// its package in one of the project's registries, else its name; each with where it comes from.
    /// - Parameter requirePackage: nil unless a package is found (a service without an SDK).
    private func dependency(_ choice: ProfileChoice, _ purpose: DependencyPurpose, requirePackage: Bool = false) -> Plan
        .Dependency?
    {
        let purpose = phrases.purpose(purpose)
        if let declared = manifestDependency(of: choice.technology) {
            let version = declared.version.map { " \($0)" } ?? ""
            return Plan.Dependency(name: declared.name, purpose: "\(purpose) (\(declared.manifest)\(version))")
        }
        let package = DependencyPlanner.package(of: choice.technology, in: shape.registries)
        if package == nil, requirePackage { return nil }
        let origin: DependencyOrigin
        switch choice.source {
        case .spec where package != nil: origin = .toAdd
        case .spec where choice.isImplied: origin = .usualTestTool(language: shape.label(.language, limit: 1))
        case .spec: origin = .namedInSpec
        case .assumedDefault: origin = .assumedDefault
        default: origin = .source("\(choice.source)")
        }
        return Plan.Dependency(name: package ?? choice.label, purpose: "\(purpose) (\(phrases.origin(origin)))")
    }

    /// The line for a technology a manifest declares; nil when none does.
    private func manifestOnly(_ choice: ProfileChoice, _ purpose: DependencyPurpose) -> Plan.Dependency? {
        manifestDependency(of: choice.technology).map { declared in
            Plan.Dependency(
                name: declared.name,
                purpose: "\(phrases.purpose(purpose)) (\(declared.manifest)\(declared.version.map { " \($0)" } ?? ""))")
        }
    }

    /// The dependency of a manifest that gave the profile this technology: the technology's own
    /// package (`vitest`) before a plugin of it (`@vitest/coverage-v8`).
    private func manifestDependency(of technology: Technology) -> (name: String, version: String?, manifest: String)? {
        var found: [(name: String, version: String?, manifest: String)] = []
        for fact in profile.facts where fact.technology == technology && !fact.isImplied {
            guard case .manifest(let path) = fact.source, let name = fact.evidence,
                ManifestFormat(rawValue: name) == nil
            else { continue }
            found.append((name, fact.version, path))
        }
        let own = technology.packages.filter { !$0.isPrefix }.map { $0.name.lowercased() }
        return found.min {
            (own.firstIndex(of: $0.name.lowercased()) ?? own.count)
                < (own.firstIndex(of: $1.name.lowercased()) ?? own.count)
        }
    }

    /// The technology's package in one of the registries: a full name, or a prefix that is one
    /// (`github.com/jackc/pgx`), not one that ends inside a name (`@nestjs/`, `androidx.compose.`).
    static func package(of technology: Technology, in registries: [PackageRegistry]) -> String? {
        let candidates = technology.packages.filter { registries.contains($0.registry) }
        if let full = candidates.first(where: { !$0.isPrefix }) { return full.name }
        return candidates.first { name in name.name.last.map { !"/.-_:".contains($0) } ?? false }?.name
    }

    /// Libraries that hold a project's data access and schema migrations.
    static let dataAccessLibraries: Set<String> = [
        "Prisma", "TypeORM", "Sequelize", "Drizzle ORM", "Knex.js", "MikroORM", "Mongoose", "SQLAlchemy", "Alembic",
        "Django ORM", "SQLModel",
        "Peewee", "GORM", "sqlx", "Diesel", "SeaORM", "Hibernate", "Spring Data JPA", "Flyway", "Liquibase",
        "Entity Framework Core", "Dapper",
        "ActiveRecord", "Doctrine ORM", "Phinx", "Eloquent",
    ]

    /// Libraries that call web APIs.
    static let webClients: Set<String> = [
        "Axios", "HTTPX", "Requests", "reqwest", "OkHttp", "Retrofit", "Guzzle", "Alamofire", "Dio",
    ]

    static let authLibraries: Set<String> = ["Auth.js", "Passport.js", "Devise"]
}
