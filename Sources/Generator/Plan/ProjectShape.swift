/// What the project is and what the feature touches, as every part of a plan asks it: the kind
/// of project, its languages and frameworks, whether the feature has screens, stores data, has
/// users with roles, and which third-party services it talks to.
///
/// Built once per plan from the project's profile (read once per root), the profile with the
/// spec's own statements on top, and the spec.
struct ProjectShape {
    /// The project's profile with the spec's own stack statements laid on top.
    let profile: ProjectProfile
    /// The kind of project: the project's own sources decide; the spec's words only when they say nothing.
    let kind: ProjectKind?
    let secondaryKinds: [ProjectKind]
    /// The product has screens of its own (a web, mobile or desktop app, a game).
    let productHasUserInterface: Bool
    /// The feature adds or changes screens.
    let hasUserInterface: Bool
    /// The feature keeps data in the project's storage.
    let storesData: Bool
    /// The product has users with roles, so access control is part of the feature.
    let hasRoles: Bool
    /// Third-party services the feature talks to, named in the spec's in-scope text.
    let services: [Technology]
    /// The ecosystems of the project's languages, the one the plan's packages come from first.
    let ecosystems: [Ecosystem]
    /// The project already has code: a manifest, a marker file or Spec Kit's plan of another
    /// feature says so. A small feature of such a project changes code, it does not set one up.
    let hasExistingCode: Bool
    /// The plan's language, for the labels the shape words itself ("Kotlin 2.3.0 and Java 17",
    /// "TypeScript on Node.js"): a Chinese plan joins them in Chinese.
    let phrases: PlanPhrases

    init(spec: Spec, project: ProjectProfile, specStack: SpecStack, phrases: PlanPhrases = .english) {
        self.phrases = phrases
        let profile = project.applying(specStack)
        self.profile = profile
        let kind = project.isAssumedDefault ? profile.kind : project.kind ?? profile.kind
        let secondaryKinds = (project.isAssumedDefault ? profile : project).secondaryKinds.filter { $0 != kind }
        self.kind = kind
        self.secondaryKinds = secondaryKinds
        let uiRoles: [TechnologyRole] = [.frontendFramework, .mobileUI, .desktopUI]
        let productHasUserInterface =
            kind.map { $0.hasUserInterface || secondaryKinds.contains(where: \.hasUserInterface) }
            ?? uiRoles.contains(where: profile.has)
        self.productHasUserInterface = productHasUserInterface
        hasUserInterface = productHasUserInterface && spec.signals.hasUserInterface
        storesData = spec.signals.hasStoredData && profile.has(.database)
        let serverKinds: Set<ProjectKind> = [.webApplication, .apiService]
        hasRoles = spec.signals.hasAccessControl && (kind.map(serverKinds.contains) ?? profile.has(.backendFramework))
        services = FeatureServices.named(in: specStack)
        ecosystems = ProjectShape.ecosystems(of: profile, kind: kind)
        hasExistingCode = project.facts.contains { fact in
            switch fact.source {
            case .manifest, .marker, .specKitPlan: true
            default: false
            }
        }
    }

    /// The project's languages' ecosystems, strongest source first; an embedded project's own
    /// (PlatformIO, not C++'s) first.
    private static func ecosystems(of profile: ProjectProfile, kind: ProjectKind?) -> [Ecosystem] {
        var result: [Ecosystem] = []
        if kind == .embedded, profile.has(.embeddedPlatform) { result.append(.embedded) }
        for role in [TechnologyRole.language, .runtime, .backendFramework, .frontendFramework, .mobileUI, .desktopUI] {
            for technology in profile.technologies(for: role)
            where technology.ecosystem != .any && !result.contains(technology.ecosystem) {
                result.append(technology.ecosystem)
            }
        }
        return result
    }

    // MARK: - Names for sentences

    /// The primary ecosystem's conventions (registry, docs, audit, default test tool).
    var conventions: EcosystemConventions { EcosystemConventions.of(ecosystems.first ?? .any) }

    /// The registries packages may come from: the project's own ecosystems', never another's.
    var registries: [PackageRegistry] { ecosystems.compactMap { EcosystemConventions.of($0).registry } }

    /// "Go 1.25.4", "Kotlin 2.3.0 and Java 17": the chosen technologies of a role, with versions.
    func label(_ role: TechnologyRole, limit: Int = 2) -> String? {
        let choices = profile.choices(for: role).prefix(limit)
        return choices.isEmpty ? nil : phrases.list(choices.map(\.label))
    }

    /// The project's languages, on their runtime when one is named: "TypeScript 5.x on Node.js 18+".
    var code: String { code(of: nil) }

    /// The languages of one ecosystem (a framework's), on its runtime; all of them when none is of it.
    func code(of ecosystem: Ecosystem?) -> String {
        let all = profile.choices(for: .language)
        let own = all.filter { $0.technology.ecosystem == ecosystem }
        let languages = (own.isEmpty ? all : own).prefix(2)
        guard !languages.isEmpty else { return phrases.unnamedLanguage }
        let language = phrases.list(languages.map(\.label))
        // Node.js for TypeScript, .NET for C#; not WebAssembly for Go, nor Node.js for a page in the browser.
        let runtime = profile.choices(for: .runtime).first {
            $0.technology.ecosystem == languages[languages.startIndex].technology.ecosystem
        }
        guard let runtime, !isClientSideWebApplication else { return language }
        return phrases.onRuntime(language, runtime.label)
    }

    /// A web application whose code runs in the browser only: no backend framework, no server-side
    /// one, no database but the browser's.
    var isClientSideWebApplication: Bool {
        kind == .webApplication && !profile.has(.backendFramework) && fullStackFrontend == nil
            && profile.technologies(for: .database).allSatisfy { StorageStyle.of($0) == .keyValue }
    }

    /// A library that plugs into no framework keeping its data (Django's models do): the
    /// databases it names are ones it connects to or supports, not where its own types live,
    /// so it has no schema or migrations of its own.
    var databasesAreConnectedTo: Bool {
        kind == .library && !profile.has(.backendFramework)
            && !profile.choices(for: .library).contains {
                DependencyPlanner.dataAccessLibraries.contains($0.technology.name)
            }
    }

    /// The test tool a project has when none is named: the ecosystem's usual one (Vitest beside Vite).
    var usualTestTool: Technology? {
        var name = conventions.defaultTest
        if ecosystems.first == .javascript { name = profile.has(where: ["Vite"]) ? "Vitest" : "Jest" }
        return name.flatMap { TechnologyCatalogue.standard.technology(named: $0) }
    }

    /// Libraries that make the project a command-line tool (Cobra, clap, Commander.js).
    var commandLineLibraries: [ProfileChoice] {
        profile.choices(for: .library).filter { $0.technology.kindHint == .commandLineTool }
    }

    /// Libraries and engines of a game (SDL2, gopher-lua, Bevy).
    var gameLibraries: [ProfileChoice] {
        profile.choices(for: .library).filter { $0.technology.kindHint == .game || $0.technology.name == "gopher-lua" }
    }

    /// The screens' technology: the mobile or desktop toolkit, else the web frontend.
    var interfaceRole: TechnologyRole? {
        [TechnologyRole.mobileUI, .desktopUI, .frontendFramework].first(where: profile.has)
    }

    /// What draws the screens: "Jetpack Compose", "React 19.x", a game's "SDL2 v0.4.33".
    var interfaceToolkit: String? {
        if let role = interfaceRole { return label(role) }
        let rendering = gameLibraries.filter { $0.technology.kindHint == .game }.prefix(2)
        return kind == .game && !rendering.isEmpty ? phrases.list(rendering.map(\.label)) : nil
    }

    /// Web frameworks that serve pages and run server code too (Next.js, Nuxt, Remix, SvelteKit, Astro).
    var fullStackFrontend: ProfileChoice? {
        profile.choices(for: .frontendFramework).first { ProjectShape.fullStackFrameworks.contains($0.technology.name) }
    }

    static let fullStackFrameworks: Set<String> = ["Next.js", "Nuxt", "Remix", "SvelteKit", "Astro"]

    /// What the product runs on, for mobile and embedded sentences: "Android", "Arduino (ATmega328P)".
    var device: String? {
        if let platforms = label(.embeddedPlatform, limit: 2) { return platforms }
        return profile.choices(for: .platform).first {
            ["Android", "iOS", "iPadOS", "watchOS", "macOS"].contains($0.technology.name)
        }?.label
    }

    /// Infrastructure tools, the ones that define infrastructure as code (Pulumi, Terraform) first.
    var infrastructureTools: [ProfileChoice] {
        let all = profile.choices(for: .infrastructure)
        return all.filter { $0.technology.kindHint == .infrastructure }
            + all.filter { $0.technology.kindHint != .infrastructure }
    }

    /// The CI/CD system, when the project names one.
    var continuousIntegration: String? { label(.ciCd, limit: 1) }
}
