/// Another spec folder of the same project, for resolving feature dependencies.
public struct SiblingSpec: Sendable, Equatable {
    public let folder: String
    public let title: String
    /// `002` for `002-ice-rink`; kept, since feature references are resolved against every sibling.
    let number: Substring

    public init(folder: String, title: String) {
        self.folder = folder
        self.title = title
        number = folder.prefix { $0.isASCII && $0.isNumber }
    }
}
