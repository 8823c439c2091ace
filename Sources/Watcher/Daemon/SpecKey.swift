/// One spec folder of one root: the unit the daemon regenerates, retries and follows.
struct SpecKey: Hashable, Sendable {
    var root: String
    /// The spec folder's name in `<root>/specs`.
    var folder: String
}
