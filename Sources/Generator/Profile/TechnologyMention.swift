/// A technology named in a text: which one, how it was written, and where.
public struct TechnologyMention: Sendable, Equatable, CustomStringConvertible {
    public let technology: Technology
    /// The words as written: "Golang", "Arduino Nano", "Postgres".
    public let text: String
    /// The version written right after the name ("1.22" in "Go 1.22", ">= 18" in "Node >= 18").
    public let version: String?
    /// The line it stands on, counted from 0 (CRLF and CR count as line ends).
    public let line: Int
    /// Byte offsets in the text's UTF-8, name and version included.
    public let utf8Range: Range<Int>
    /// Inside an `inline code` span.
    public let inCode: Bool
    /// Where its line starts in the text's UTF-8: the matcher finds the line starts anyway, so the
    /// reader need not find them again to make the range relative to the line.
    let lineStart: Int

    public var description: String { version.map { "\(technology.name) \($0)" } ?? technology.name }
}
