/// Everything a project profile is read from, as plain values: the Watcher fills it from files,
/// tests from strings, so both go through the same reading.
public struct ProfileSources: Sendable, Equatable {
    /// `stack` of the project's `.plansync.json`.
    public var projectSettingsStack: TechStack?
    /// `stack` of the user's config.json.
    public var configStack: TechStack?
    /// The constitution's text; nil when there is none (or it is still the unfilled template).
    public var constitution: String?
    /// plan.md files of other features that plansync did not write (paths like `specs/003-x/plan.md`).
    public var specKitPlans: [SourceFile] = []
    /// Manifests found by the walk (see ``ProfileSourcePath``), at most their first MiB each.
    public var manifests: [SourceFile] = []
    /// Paths of marker files and folders (`Dockerfile`, `.github/workflows/ci.yml`, `App.xcodeproj`).
    public var markers: [String] = []
    /// Sources that exist but could not be read, reported with the profile.
    public var unreadable: [SourceProblem] = []

    public init(
        projectSettingsStack: TechStack? = nil, configStack: TechStack? = nil, constitution: String? = nil,
        specKitPlans: [SourceFile] = [], manifests: [SourceFile] = [], markers: [String] = [],
        unreadable: [SourceProblem] = []
    ) {
        self.projectSettingsStack = projectSettingsStack
        self.configStack = configStack
        self.constitution = constitution
        self.specKitPlans = specKitPlans
        self.manifests = manifests
        self.markers = markers
        self.unreadable = unreadable
    }
}

/// A file's path (relative to the project root) and text.
public struct SourceFile: Sendable, Equatable {
    public var path: String
    public var text: String
    /// The file was longer than what was read.
    public var isTruncated: Bool

    public init(path: String, text: String, isTruncated: Bool = false) {
        self.path = path
        self.text = text
        self.isTruncated = isTruncated
    }
}

/// A source that could not be read, or was read only in part: which file, and why.
public struct SourceProblem: Sendable, Equatable, CustomStringConvertible {
    public var path: String
    public var reason: String

    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }

    public var description: String { "\(path): \(reason)" }
}
