/// Which files of a project feed its profile, decided from their path alone, so that the
/// Watcher can walk a root without reading what it does not need.
///
/// Real projects keep manifests in subfolders (`apps/api/composer.json`,
/// `src/Tool.Console/Tool.Console.csproj`), so the walk goes a few levels down, skipping the
/// folders that hold dependencies, build output, examples and documentation.
public enum ProfileSourcePath {
    /// How many folders below the root a source may be (`a/b/c/package.json` is 3).
    public static let maximumDepth = 3
    /// How many source files a walk reads at most; the rest is ignored (and counted).
    public static let maximumFiles = 200
    /// How much of one file is read: a 50 MB package.json is cut, and its reader reports the rest as unread.
    public static let maximumBytesPerFile = 1 << 20

    /// Folders a walk never enters: dependencies, build output, caches, examples, docs. `specs` is
    /// among them because the Watcher finds spec folders (and their `plan.md`) itself; ``classify(_:)``
    /// still says what `specs/<feature>/plan.md` is when asked.
    public static let skippedDirectories: Set<String> = [
        "node_modules", "bower_components", "vendor", "target", "build", "dist", "out", "bin", "obj", "Pods",
        "Carthage",
        "DerivedData", "venv", "env", "__pycache__", "site-packages", "coverage", "tmp", "temp", "logs", "_build",
        "deps",
        "examples", "example", "samples", "sample", "fixtures", "testdata", "__fixtures__", "docs", "doc", "specs",
        "third_party", "third-party", "external", "extern",
    ]

    /// Hidden folders that do hold sources; every other hidden folder (`.git`, `.venv`, `.next`,
    /// `.gradle`, `.terraform`, `.pio`, `.dart_tool`...) is skipped.
    public static let visibleHiddenDirectories: Set<String> = [".github", ".gitlab", ".circleci", ".specify"]

    public static func shouldSkipDirectory(named name: String) -> Bool {
        if name.hasPrefix(".") { return !visibleHiddenDirectories.contains(name) }
        return skippedDirectories.contains(name)
    }

    /// What the file at `path` (relative to the project root, `/`-separated) is to the profile,
    /// or nil when it is none. Folders count too: `App.xcodeproj` is a marker.
    public static func classify(_ path: String) -> ProfileSourceKind? {
        let parts = path.split(separator: "/").map(String.init)
        guard let name = parts.last, parts.count - 1 <= maximumDepth else { return nil }
        if let special = classifyProjectFile(parts) { return special }
        if let format = manifestFormat(name) { return .manifest(format) }
        if parts.count >= 2, parts[parts.count - 2] == "requirements", name.hasSuffix(".txt") {
            return .manifest(.requirements)
        }
        if let marker = ProjectMarker.marker(forPath: parts) { return .marker(marker) }
        return nil
    }

    private static func classifyProjectFile(_ parts: [String]) -> ProfileSourceKind? {
        let joined = parts.joined(separator: "/")
        if joined == ".plansync.json" { return .projectSettings }
        if [".specify/memory/constitution.md", "memory/constitution.md", "specs/.specify/memory/constitution.md"]
            .contains(joined)
        {
            return .constitution
        }
        if parts.count == 3, parts[0] == "specs", parts[2] == "plan.md" { return .specKitPlan }
        return nil
    }

    private static func manifestFormat(_ name: String) -> ManifestFormat? {
        switch name {
        case "package.json": return .packageJSON
        case "pyproject.toml": return .pyproject
        case "setup.cfg": return .setupCfg
        case "Pipfile": return .pipfile
        case "go.mod": return .goMod
        case "Cargo.toml": return .cargo
        case "Package.swift": return .swiftPackage
        case "pom.xml": return .mavenPOM
        case "build.gradle", "build.gradle.kts", "settings.gradle", "settings.gradle.kts": return .gradle
        case "Gemfile": return .gemfile
        case "composer.json": return .composer
        case "pubspec.yaml": return .pubspec
        case "platformio.ini": return .platformIO
        default: break
        }
        if name.hasPrefix("requirements"), name.hasSuffix(".txt") { return .requirements }
        if name.hasSuffix(".csproj") || name.hasSuffix(".fsproj") || name.hasSuffix(".vbproj") { return .dotnetProject }
        if name.hasSuffix(".gemspec") { return .gemspec }
        return nil
    }
}

/// What a profile source is.
public enum ProfileSourceKind: Sendable, Equatable {
    case manifest(ManifestFormat)
    case marker(ProjectMarker)
    case constitution
    /// `.plansync.json`.
    case projectSettings
    /// `specs/<feature>/plan.md`: a Spec Kit plan when plansync did not write it.
    case specKitPlan
}
