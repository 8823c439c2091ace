/// Reads any manifest plansync knows, chosen by its file name (see ``ProfileSourcePath``).
public enum ManifestReader {
    /// The manifest at `path` (relative to the project root), read from `text`; nil when the
    /// file is no manifest. `truncated` says the caller cut the file (at
    /// ``ProfileSourcePath/maximumBytesPerFile``), which is reported with what was read.
    public static func read(path: String, text: String, truncated: Bool = false) -> Manifest? {
        guard case .manifest(let format) = ProfileSourcePath.classify(path) else { return nil }
        var manifest = read(format, text: text, path: path)
        if truncated {
            manifest.problems.insert(
                "only the first \(ProfileSourcePath.maximumBytesPerFile / 1024) KiB were read", at: 0)
        }
        return manifest
    }

    static func read(_ format: ManifestFormat, text: String, path: String) -> Manifest {
        switch format {
        case .packageJSON: NodeManifestReader.read(text, path: path)
        case .composer: ComposerManifestReader.read(text, path: path)
        case .pyproject: PythonManifestReader.pyproject(text, path: path)
        case .requirements: PythonManifestReader.requirements(text, path: path)
        case .setupCfg: PythonManifestReader.setupCfg(text, path: path)
        case .pipfile: PythonManifestReader.pipfile(text, path: path)
        case .goMod: GoModReader.read(text, path: path)
        case .cargo: CargoManifestReader.read(text, path: path)
        case .swiftPackage: SwiftPackageReader.read(text, path: path)
        case .mavenPOM: MavenPOMReader.read(text, path: path)
        case .gradle: GradleBuildReader.read(text, path: path)
        case .gemfile: RubyManifestReader.gemfile(text, path: path)
        case .gemspec: RubyManifestReader.gemspec(text, path: path)
        case .dotnetProject: DotNetProjectReader.read(text, path: path)
        case .pubspec: PubspecReader.read(text, path: path)
        case .platformIO: PlatformIOReader.read(text, path: path)
        }
    }

    /// The top-level object of a JSON manifest; problems are added to `manifest`.
    static func jsonObject(_ text: String, into manifest: inout Manifest) -> ManifestValue? {
        let (value, problem) = TolerantJSON.parse(text)
        if let problem { manifest.problems.append(problem) }
        guard let value, case .table = value else {
            if problem == nil { manifest.problems.append("the file is not a JSON object") }
            return nil
        }
        return value
    }
}
