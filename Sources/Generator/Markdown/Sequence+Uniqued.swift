extension Sequence where Element: Hashable {
    /// The elements in order, each once: where it first occurs. Lists in a plan (criteria,
    /// dependencies, section names) repeat nothing, and keep the order the spec gave.
    func uniqued() -> [Element] {
        var seen = Set<Element>()
        return filter { seen.insert($0).inserted }
    }
}
