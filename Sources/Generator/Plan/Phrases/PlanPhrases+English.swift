extension PlanPhrases {
    static let english = PlanPhrases(
        list: { Prose.list($0) },
        onRuntime: { "\($0) on \($1)" },
        unnamedLanguage: "the project's language (no source names it)",
        coverage: { stories, requirements in
            let parts = [
                stories == 0 ? nil : Prose.count(stories, "user story", "user stories"),
                requirements == 0
                    ? nil : Prose.count(requirements, "functional requirement", "functional requirements"),
            ]
            return "It covers \(Prose.list(parts.compactMap { $0 }))."
        },
        moreEntities: { "\($0) more entities" },
        undescribedSpec:
            "spec.md does not describe the feature yet: it has no **Input** description, overview, user story or requirement.",
        foundationPhase: "Foundation & Setup", testingPhase: "Testing", documentationPhase: "Documentation",
        crossCuttingPhase: "Cross-Cutting Requirements", corePhase: "Core Feature",
        definitionPhase: "Feature Definition",
        definitionTask:
            "Write the user stories, functional requirements and success criteria in spec.md; this plan follows on save",
        requirementsPhase: "Requirements",
        nature: { nature in
            switch nature {
            case .security: "Security"
            case .performance: "Performance"
            case .reliability: "Reliability"
            case .observability: "Observability"
            }
        },
        scenario: "Scenario: ", edgeCase: "Edge case: ", constitution: "Constitution: ", implement: "Implement: ",
        acceptance: "Acceptance: ", securityRule: "Apply the constitution's security rule: ",
        foundation: englishFoundation, security: englishSecurity,
        roles: "Define roles and permission guards (RBAC) for the feature's operations",
        otherEdgeCases: { "The other \($0) edge cases of the spec" },
        authorizationTests: "Authorization tests: each role can do exactly what it is allowed to",
        requirementTests: { count, tools in
            "Unit and integration tests\(tools.map { " (\($0))" } ?? "") for each of the \(count) functional requirements"
        },
        acceptanceTests: englishAcceptance,
        performanceChecks: { ids, benchmark in
            "Performance checks against \(Prose.list(ids))\(benchmark.map { " (\($0) benchmarks)" } ?? "")"
        },
        testFirst: { ci in
            "Write each test before the code it covers and keep the suite green in CI" + (ci.map { " (\($0))" } ?? "")
        },
        userDocumentation: englishUserDocumentation,
        userFlows: { "Document the user flows: \($0)" },
        apiDocumentation: { "Document the new API endpoints\($0 ? " in the OpenAPI description" : "")" },
        configurationDocumentation:
            "Document the new configuration: settings, flags and environment variables, with their defaults",
        changelog: "Add a changelog entry",
        architecture: englishArchitecture, kind: { $0.description }, purpose: englishPurpose,
        origin: { origin in
            switch origin {
            case .toAdd: "to add"
            case .namedInSpec: "named in the spec"
            case .assumedDefault: "assumed default stack"
            case .standardLibrary: "standard library"
            case .usualTestTool(let language):
                "the usual one for \(language ?? "the stack"): the project names no test tool"
            case .source(let source): source
            }
        },
        assumption: "Assumption: ", noInternalDependencies: "None identified in the spec", noFeatureDependencies: "None"
    )

    private static func englishFoundation(_ task: FoundationTask) -> String {
        switch task {
        case .serviceModule(let title, let framework, let code):
            "Set up the \(framework) (\(code)) module for \(title) with configuration and structured logging"
        case .applicationModules(let title, let app, let code):
            "Set up the \(title) modules in the \(app) application (\(code)), with their configuration"
        case .commandLine(let title, let code, let commands):
            "Set up the code of \(title) in \(code) and wire it into \(commands.map { "the \($0) commands" } ?? "the command line"), with configuration and clear exit codes"
        case .library(let title, let code):
            "Set up the library module for \(title) in \(code): its public types, errors and documentation"
        case .appModule(let title, let code, let desktop, let toolkit):
            "Set up the \(desktop ? "desktop app" : "app") module for \(title) in \(code)\(toolkit.map { " (\($0))" } ?? ""): its state, navigation entry and configuration"
        case .firmware(let title, let code, let device):
            "Set up the firmware module for \(title) in \(code)\(device.map { " on \($0)" } ?? ""): pins, timing and memory budget"
        case .pipeline(let title, let code):
            "Set up the pipeline stage for \(title) in \(code): its inputs, outputs and configuration"
        case .infrastructure(let title, let tool):
            "Set up the \(tool ?? "infrastructure") definitions for \(title), with configuration per environment"
        case .engine(let title, let code):
            "Set up the engine subsystem for \(title) in \(code) and its place in the game loop"
        case .modules(let title, let code): "Set up the \(code) modules for \(title) with configuration"
        case .storage(let style, let database, let what, let plural, let using):
            englishStorage(style, database: database, what: what ?? "the feature's data", plural: plural, using: using)
        case .screens(let title, let toolkit): "Scaffold the \(toolkit) screens and navigation for \(title)"
        case .windows(let title, let toolkit): "Scaffold the \(toolkit) windows and views for \(title)"
        case .routes(let toolkit): "Scaffold the \(toolkit) routes and shared components"
        case .components(let title, let toolkit): "Scaffold the \(toolkit) components and state for \(title)"
        case .serviceAccess(let kind, let service):
            switch kind {
            case .commandLineTool?, .mobileApp?, .desktopApp?:
                "Configure the \(service) client: tokens from the environment or the user's configuration, never from the repository; a fake for tests"
            case .library?:
                "Define the \(service) client behind an interface, credentials supplied by the caller; a fake for tests"
            case .infrastructure?:
                "Set up access to \(service): credentials in the secret store, scoped to what the deployment needs"
            default: "Configure the \(service) integration: credentials from the environment, a sandbox for tests"
            }
        }
    }

    private static func englishStorage(
        _ style: StorageStyle?, database: String, what: String, plural: Bool, using: String?
    ) -> String {
        let using = using.map { " (\($0))" } ?? ""
        switch style {
        case nil: return "Define the data types for \(what) and their invariants"
        case .relational?: return "Create the \(database) schema and migrations\(using) for \(what)"
        case .document?: return "Define the \(database) collections and indexes\(using) for \(what)"
        case .keyValue?:
            return
                "Define how \(what) \(plural ? "are" : "is") kept in \(database): keys, format and a version for later changes"
        }
    }

    private static func englishSecurity(_ form: SecurityForm, _ services: Bool, _ audit: String?) -> String {
        let secrets = services ? ", and keep tokens and credentials out of the code, logs and output" : ""
        let task: String
        switch form {
        case .server:
            task =
                "Security: validate every input at the API boundary and keep secrets in the environment, out of the code and logs"
        case .browser:
            task =
                "Security: sanitise what users enter before it is rendered, and keep secrets out of the client bundle"
        case .commandLine:
            task =
                "Security: validate arguments and input files before acting on them, and never print or log tokens or credentials"
        case .library:
            task = "Security: validate inputs at the public API (no crash or panic on malformed input)" + secrets
        case .mobile:
            task =
                "Security: request only the permissions the feature needs and keep personal data on the device"
                + secrets
        case .desktop:
            task = "Security: validate the files and input the app reads, and keep credentials in the system's keychain"
        case .embedded:
            task =
                "Security: validate every message and input the firmware receives (radio, serial, buttons) before acting on it"
        case .pipeline:
            task =
                "Security: validate input data against its expected schema"
                + (services ? secrets : ", and keep data-source credentials out of the code")
        case .infrastructure:
            task =
                "Security: keep secrets in the secret store, give tokens and service accounts the least privilege they need, and review each change's preview before it is applied"
        case .game: task = "Security: validate the assets and scripts the engine loads, and keep scripts sandboxed"
        case .other:
            task = "Security: validate inputs" + (services ? secrets : " and keep secrets out of the code and logs")
        }
        return task + (audit.map { "; check new dependencies with `\($0)`" } ?? "")
    }

    private static func englishAcceptance(_ form: AcceptanceForm, _ count: Int, _ tools: String?) -> String {
        let scenarios = count == 1 ? "the acceptance scenario" : "the \(count) acceptance scenarios"
        let tools = tools.map { " (\($0))" } ?? ""
        switch form {
        case .browser(let tool): return "End-to-end tests (\(tool)) for \(scenarios)"
        case .builtCommand: return "Acceptance tests that run the built command for \(scenarios)\(tools)"
        case .publicAPI: return "Tests through the public API for \(scenarios)"
        case .device: return "UI tests on a device or emulator\(tools) for \(scenarios)"
        case .hardware:
            return "On-device checks of \(scenarios) on the real hardware, with the logic unit-tested off the device"
        case .preview: return "Checks of \(scenarios) against a preview environment before production"
        case .plain:
            return count == 1 ? "Acceptance test for the acceptance scenario" : "Acceptance tests for \(scenarios)"
        }
    }

    private static func englishUserDocumentation(_ kind: ProjectKind?, _ title: String, _ apiDocs: String) -> String {
        switch kind {
        case .library?: "Document the public API for \(title) (\(apiDocs)) with a usage example"
        case .commandLineTool?: "Update the command's help text and the README's usage for \(title)"
        case .embedded?: "Document the wiring, settings and how to flash the firmware for \(title)"
        case .infrastructure?:
            "Document the runbook for \(title): what is provisioned, where its secrets live, how to deploy and roll back"
        case .dataPipeline?: "Document how to run \(title): its inputs, outputs and schedule"
        default: "Update the README and user documentation for \(title)"
        }
    }

    private static func englishArchitecture(_ line: ArchitectureLine) -> String {
        switch line {
        case .service(let stack, let subject): "\(stack) service implementing \(subject)"
        case .serverSide(let framework, let code, let subject):
            "\(framework) server side (\(code)) implementing \(subject)"
        case .unnamedServer(let code, let subject):
            "\(code) server implementing \(subject); no source names its framework"
        case .runsElsewhere(let kind, let device, let subject, let code, let plural):
            switch kind {
            case .webApplication:
                "none of its own (client-side web application): \(subject) \(plural ? "run" : "runs") in the browser, in \(code)"
            case .desktopApp:
                "none (desktop app): \(subject) \(plural ? "run" : "runs") on the user's machine, in \(code)"
            default:
                "none (\(kind)\(device.map { " \(kind == .mobileApp ? "for" : "on") \($0)" } ?? "")): \(subject) \(plural ? "run" : "runs") on the device, in \(code)"
            }
        case .commandLine(let code, let libraries, let subject):
            "\(code) command-line tool\(libraries.map { " (\($0))" } ?? "") implementing \(subject); no server"
        case .library(let code, let framework, let subject):
            "\(code) library\(framework.map { " for \($0)" } ?? ""), no service of its own: \(subject) as part of its public API"
        case .pipeline(let code, let libraries, let subject):
            "\(code) data pipeline\(libraries.map { " (\($0))" } ?? "") implementing \(subject)"
        case .game(let subject, let code, let libraries):
            "none (game running on the player's machine): \(subject) in \(code)\(libraries.map { " with \($0)" } ?? "")"
        case .infrastructure(let tools, let hosting, let subject, let deployed):
            "\(tools ?? "infrastructure definitions")\(hosting.map { " on \($0)" } ?? "") for \(subject)\(deployed.map { "; the service it deploys: \($0)" } ?? "")"
        case .implementing(let stack, let subject): "\(stack) implementing \(subject)"
        case .theFeaturesOperations: "the feature's operations"
        case .theFeaturesStoredData: "the feature's stored data"
        case .provisionedDatabase(let databases):
            "\(databases), run on the infrastructure: the feature provisions and configures it, no schema of its own"
        case .connectedDatabase(let databases, let cache):
            "\(databases), reached by the library's database access: it keeps no schema of its own\(englishCache(cache))"
        case .database(let databases, let what, let cache): "\(databases) for \(what)\(englishCache(cache))"
        case .noNewStorage(let databases):
            "no new storage: the feature stores no data of its own (the project uses \(databases))"
        case .storesNothing: "none: the feature stores no data"
        case .noneNamed: "none named in the project's stack"
        case .noDatabaseOfItsOwn(let kind): "none (\(kind) without a database of its own)"
        case .storageNotChosen(let what):
            "not chosen: the feature stores \(what), and no source names the project's storage; decide it before Phase 1"
        case .noInterface(let kind): kind.map { "none (\($0))" } ?? "none named in the project's stack"
        case .interfaceUnchanged(let toolkit):
            "no change: the feature has no user interface of its own\(toolkit.map { " (\($0))" } ?? "")"
        case .theProjectsInterface: "the project's user interface"
        case .views(let toolkit, let noun, let flows):
            "\(toolkit) \(englishNoun(noun))\(flows.map { " for: \($0)" } ?? " for the feature's user flows")"
        case .noServices: "none named in the spec's scope"
        }
    }

    private static func englishCache(_ cache: String?) -> String {
        cache.map { "; \($0) for caching and short-lived state" } ?? ""
    }

    private static func englishNoun(_ noun: InterfaceNoun) -> String {
        switch noun {
        case .screens: "screens"
        case .windows: "windows and views"
        case .scenes: "scenes"
        case .views: "views"
        }
    }

    private static func englishPurpose(_ purpose: DependencyPurpose) -> String {
        switch purpose {
        case .commands: "commands, flags and help"
        case .pluggedFramework: "the framework the library plugs into"
        case .hardwareLibrary(let name): "\(name) hardware library"
        case .driver(let name): "driver for the \(name)"
        case .infrastructure: "infrastructure as code and deployment"
        case .engine: "rendering, input or scripting of the engine"
        case .dataProcessing: "data processing"
        case .apiFramework: "API framework"
        case .serverFramework: "server framework"
        case .pagesAndServer: "pages and server code"
        case .userInterface: "user interface"
        case .screens: "screens"
        case .dataAccess: "data access and migrations"
        case .client(let name): "\(name) client"
        case .cacheClient(let name): "\(name) client for caching"
        case .serviceClient(let name): "\(name) API client"
        case .webCalls(let services): "calls to the \(Prose.list(services)) API\(services.count == 1 ? "" : "s")"
        case .authentication: "authentication and role checks"
        case .roleGuards: "authentication and role guards"
        case .tests(let purpose): purpose.description
        }
    }
}
