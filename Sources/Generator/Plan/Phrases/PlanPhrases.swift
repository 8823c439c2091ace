/// Every sentence a plan writes itself, in one language: summary lines, the phases it invents,
/// task prefixes, Foundation, Testing and Documentation tasks, Architecture lines that say why a
/// part is absent, External Dependencies purposes. Headings and field labels are the format's and
/// stay English; what is quoted from the spec and technology names pass through the functions.
///
/// One static table per language (`PlanPhrases+Spanish.swift` …): a lookup is a property read.
struct PlanPhrases: Sendable {
    // MARK: Lists and summary

    /// `A, B and C`.
    let list: @Sendable ([String]) -> String
    /// `TypeScript 5.x on Node.js 18+`: the project's languages on their runtime.
    let onRuntime: @Sendable (_ languages: String, _ runtime: String) -> String
    /// What the plan calls the project's language when no source names one.
    let unnamedLanguage: String
    /// The summary's line when the spec says little: its stories and requirements counted (either may be 0).
    let coverage: @Sendable (_ stories: Int, _ requirements: Int) -> String
    /// `12 more entities`, after the first five of a long list.
    let moreEntities: @Sendable (Int) -> String
    /// The summary of a spec that describes nothing yet.
    let undescribedSpec: String

    // MARK: Phases the plan invents

    let foundationPhase: String
    let testingPhase: String
    let documentationPhase: String
    let crossCuttingPhase: String
    /// The one feature phase of a spec with scenarios only.
    let corePhase: String
    /// The phase of a spec with nothing to plan yet, and its task.
    let definitionPhase: String
    let definitionTask: String
    /// A phase of requirements with no word in common.
    let requirementsPhase: String
    let nature: @Sendable (RequirementHomes.Nature) -> String

    // MARK: Task prefixes (with their separator)

    let scenario: String
    let edgeCase: String
    let constitution: String
    let implement: String
    let acceptance: String
    let securityRule: String

    // MARK: Tasks

    let foundation: @Sendable (FoundationTask) -> String
    /// The security task: its form for the kind, tokens kept out where there are services, the audit command.
    let security: @Sendable (_ form: SecurityForm, _ services: Bool, _ audit: String?) -> String
    let roles: String
    let otherEdgeCases: @Sendable (Int) -> String
    let authorizationTests: String
    /// `tools`: " (go test, Testify)" style names, or nil.
    let requirementTests: @Sendable (_ count: Int, _ tools: String?) -> String
    let acceptanceTests: @Sendable (_ form: AcceptanceForm, _ count: Int, _ tools: String?) -> String
    let performanceChecks: @Sendable (_ ids: [String], _ benchmark: String?) -> String
    let testFirst: @Sendable (_ ci: String?) -> String
    let userDocumentation: @Sendable (_ kind: ProjectKind?, _ title: String, _ apiDocs: String) -> String
    let userFlows: @Sendable (_ titles: String) -> String
    let apiDocumentation: @Sendable (_ openAPI: Bool) -> String
    let configurationDocumentation: String
    let changelog: String

    // MARK: Architecture and dependencies

    let architecture: @Sendable (ArchitectureLine) -> String
    let kind: @Sendable (ProjectKind) -> String
    let purpose: @Sendable (DependencyPurpose) -> String
    let origin: @Sendable (DependencyOrigin) -> String
    let assumption: String
    let noInternalDependencies: String
    let noFeatureDependencies: String
}

/// What Phase 1 sets up, by the kind of project, with the names it needs.
enum FoundationTask {
    case serviceModule(title: String, framework: String, code: String)
    case applicationModules(title: String, app: String, code: String)
    /// `commands`: the command-line library's name, nil for the plain command line.
    case commandLine(title: String, code: String, commands: String?)
    case library(title: String, code: String)
    case appModule(title: String, code: String, desktop: Bool, toolkit: String?)
    case firmware(title: String, code: String, device: String?)
    case pipeline(title: String, code: String)
    case infrastructure(title: String, tool: String?)
    case engine(title: String, code: String)
    case modules(title: String, code: String)
    /// The storage task; `what` is the entities listed, or nil for the feature's data.
    case storage(StorageStyle?, database: String, what: String?, plural: Bool, using: String?)
    case screens(title: String, toolkit: String)
    case windows(title: String, toolkit: String)
    case routes(toolkit: String)
    case components(title: String, toolkit: String)
    case serviceAccess(ProjectKind?, service: String)
}

/// The security task's form, by the kind of project.
enum SecurityForm {
    case server, browser, commandLine, library, mobile, desktop, embedded, pipeline, infrastructure, game, other
}

/// How acceptance scenarios are tested: in the form the product takes.
enum AcceptanceForm {
    case browser(tool: String)
    case builtCommand, publicAPI, device, hardware, preview, plain
}

/// A line of Architecture the generator words (technology names and the subject filled in).
enum ArchitectureLine {
    /// `subject`: the entities and requirement range the code implements.
    case service(stack: String, subject: String)
    case serverSide(framework: String, code: String, subject: String)
    case unnamedServer(code: String, subject: String)
    /// The code runs in the browser, on the device, on the user's machine…
    case runsElsewhere(ProjectKind, device: String?, subject: String, code: String, plural: Bool)
    case commandLine(code: String, libraries: String?, subject: String)
    case library(code: String, framework: String?, subject: String)
    case pipeline(code: String, libraries: String?, subject: String)
    case game(subject: String, code: String, libraries: String?)
    case infrastructure(tools: String?, hosting: String?, subject: String, deployed: String?)
    case implementing(stack: String, subject: String)
    case theFeaturesOperations
    case theFeaturesStoredData
    case provisionedDatabase(databases: String)
    case connectedDatabase(databases: String, cache: String?)
    case database(databases: String, what: String, cache: String?)
    case noNewStorage(databases: String)
    case storesNothing
    case noneNamed
    case noDatabaseOfItsOwn(ProjectKind)
    case storageNotChosen(what: String)
    case noInterface(ProjectKind?)
    case interfaceUnchanged(toolkit: String?)
    case theProjectsInterface
    case views(toolkit: String, noun: InterfaceNoun, flows: String?)
    case noServices
}

/// What the feature's screens are called.
enum InterfaceNoun { case screens, windows, scenes, views }

/// What an external dependency is for.
enum DependencyPurpose {
    case commands, pluggedFramework, hardwareLibrary(String), driver(String), infrastructure, engine, dataProcessing
    case apiFramework, serverFramework, pagesAndServer, userInterface, screens, dataAccess
    case client(String), cacheClient(String), serviceClient(String), webCalls([String]), authentication, roleGuards
    case tests(TestToolPurpose)
}

/// Where an external dependency comes from, when no manifest declares it.
enum DependencyOrigin {
    case toAdd, namedInSpec, assumedDefault, standardLibrary
    /// The ecosystem's usual test tool; `language` is the stack's, nil when unknown.
    case usualTestTool(language: String?)
    case source(String)
}
