/// What one package manifest says about a project, read without running anything.
///
/// Readers are tolerant: a malformed or truncated manifest gives what could be read, and
/// ``problems`` says what went wrong and where, so that the plan is still written from the rest.
public struct Manifest: Sendable, Equatable {
    /// The manifest's path relative to the project root (`apps/api/composer.json`).
    public var path: String
    public var format: ManifestFormat
    /// The package's own name, when it states one.
    public var name: String?
    /// Technologies the manifest states outside its dependencies, with their versions: the
    /// language (`go 1.22`, `edition = "2021"`), the runtime (`engines.node`, `net8.0`), build
    /// plugins (`com.android.application`, `kotlin("jvm")`), PlatformIO platforms and frameworks.
    public var stated: [StatedTechnology] = []
    public var dependencies: [Dependency] = []
    /// What the manifest says about the kind of project: a binary target, an Android app...
    public var hints: [ManifestHint] = []
    /// What could not be read: "line 12, column 3: expected ':' after a key".
    public var problems: [String] = []

    public init(path: String, format: ManifestFormat, name: String? = nil) {
        self.path = path
        self.format = format
        self.name = name
    }

    /// The family of languages and registries the manifest belongs to.
    public var ecosystem: Ecosystem { format.ecosystem }

    /// The language the manifest states, with its version when it has one (`go 1.22` gives Go 1.22).
    public var language: StatedTechnology? {
        stated.first { TechnologyCatalogue.standard.technology(named: $0.name)?.role == .language }
    }

    mutating func state(_ technology: String, _ version: String? = nil) {
        guard !stated.contains(where: { $0.name == technology }) else { return }
        stated.append(StatedTechnology(name: technology, version: version?.trimmed.nilIfEmpty))
    }

    mutating func hint(_ hint: ManifestHint) {
        if !hints.contains(hint) { hints.append(hint) }
    }

    mutating func depend(
        _ name: String, _ version: String? = nil, scope: DependencyScope = .runtime, indirect: Bool = false
    ) {
        let name = name.trimmed
        guard !name.isEmpty else { return }
        dependencies.append(
            Dependency(name: name, version: version?.trimmed.nilIfEmpty, scope: scope, isIndirect: indirect))
    }
}

/// The manifest formats plansync reads.
public enum ManifestFormat: String, Sendable, CaseIterable {
    case packageJSON, pyproject, requirements, setupCfg, pipfile, goMod, cargo, swiftPackage, mavenPOM, gradle
    case gemfile, gemspec, composer, dotnetProject, pubspec, platformIO

    public var ecosystem: Ecosystem {
        switch self {
        case .packageJSON: .javascript
        case .pyproject, .requirements, .setupCfg, .pipfile: .python
        case .goMod: .go
        case .cargo: .rust
        case .swiftPackage: .swift
        case .mavenPOM, .gradle: .jvm
        case .gemfile, .gemspec: .ruby
        case .composer: .php
        case .dotnetProject: .dotnet
        case .pubspec: .dart
        case .platformIO: .embedded
        }
    }

    /// The registry its dependency names belong to.
    public var registry: PackageRegistry {
        switch self {
        case .packageJSON: .npm
        case .pyproject, .requirements, .setupCfg, .pipfile: .pypi
        case .goMod: .go
        case .cargo: .cargo
        case .swiftPackage: .swiftpm
        case .mavenPOM, .gradle: .maven
        case .gemfile, .gemspec: .rubygems
        case .composer: .composer
        case .dotnetProject: .nuget
        case .pubspec: .pub
        case .platformIO: .platformio
        }
    }
}

/// A declared dependency.
public struct Dependency: Sendable, Equatable {
    public var name: String
    /// The version text as written (`^5.2`, `>=4.2`, `v1.9.0`), when there is one.
    public var version: String?
    public var scope: DependencyScope
    /// Go's `// indirect`: pulled in by another dependency, not chosen by the project.
    public var isIndirect: Bool
}

public enum DependencyScope: String, Sendable {
    /// Needed to run the product.
    case runtime
    /// Needed to develop or test it only (devDependencies, dev-dependencies, require-dev, test scope).
    case development
    /// Required of the host by a library (peerDependencies, provided scope).
    case peer
    /// Needed to build it (build-dependencies, build-system requires, annotation processors).
    case build
}

/// A technology a manifest names directly, by its catalogue name.
public struct StatedTechnology: Sendable, Equatable {
    public var name: String
    public var version: String?
}

/// What a manifest says about the kind of project.
public enum ManifestHint: Sendable, Hashable {
    /// A program people run: `bin`, `[[bin]]`, `<OutputType>Exe</OutputType>`, `.executableTarget`, console scripts.
    case executable
    /// A library product, `[lib]`, `"type": "library"`, a package meant to be published.
    case library
    /// A library for other packages to plug into: peerDependencies, a Maven plugin, a Terraform provider.
    case plugin
    case androidApp
    case androidLibrary
    /// An Apple or other platform the package declares (`.iOS(.v17)` gives "iOS").
    case platform(String)
    /// A web application SDK or layout (`Microsoft.NET.Sdk.Web`, a `war` package).
    case webApp
    case desktopApp
    /// A PlatformIO board or an Arduino sketch.
    case firmware
    /// A workspace of several packages (its member count).
    case workspace(Int)
    /// A test project only (`<IsTestProject>`), which says nothing about the product.
    case testProject
}

extension String {
    var nilIfEmpty: String? { isEmpty ? nil : self }
}
