/// Where a fact of the project profile came from, so that Notes can say it and a stronger source
/// can win over a weaker one.
public enum ProfileSource: Sendable, Hashable, CustomStringConvertible {
    /// `.plansync.json` at the project root.
    case projectSettings
    /// The user's config.json `stack`.
    case config
    case constitution
    /// The spec the plan is written for.
    case spec
    /// The Technical Context of a plan.md that Spec Kit (not plansync) wrote for another feature.
    case specKitPlan(String)
    /// A package manifest, by its path relative to the project root.
    case manifest(String)
    /// A file whose presence alone says something (`Dockerfile`, `.github/workflows/ci.yml`).
    case marker(String)
    /// The prompt's default stack, used only when nothing at all is known.
    case assumedDefault

    /// Lower is stronger: `.plansync.json` beats config.json beats the constitution, and so on.
    public var rank: Int {
        switch self {
        case .projectSettings: 0
        case .config: 1
        case .constitution: 2
        case .spec: 3
        case .specKitPlan: 4
        case .manifest: 5
        case .marker: 6
        case .assumedDefault: 7
        }
    }

    /// How much a kind hint from this source counts (see ``KindEvidence``). Manifests say what the
    /// code is; prose says what the authors mean it to be, which is worth a little more.
    var kindFactor: Int {
        switch self {
        case .projectSettings, .config: 6
        case .constitution: 3
        case .spec, .specKitPlan: 2
        case .manifest: 2
        case .marker: 1
        case .assumedDefault: 0
        }
    }

    /// How Notes cite it: "Cargo.toml", "constitution", "plan of 003-import-contract".
    public var description: String {
        switch self {
        case .projectSettings: ".plansync.json"
        case .config: "config"
        case .constitution: "constitution"
        case .spec: "spec"
        case .specKitPlan(let path): "plan of \(ProfileSource.featureFolder(path))"
        case .manifest(let path), .marker(let path): path
        case .assumedDefault: "assumed default"
        }
    }

    /// `specs/003-import-contract/plan.md` -> `003-import-contract`.
    static func featureFolder(_ path: String) -> String {
        let parts = path.split(separator: "/")
        return parts.count >= 2 ? String(parts[parts.count - 2]) : path
    }
}
