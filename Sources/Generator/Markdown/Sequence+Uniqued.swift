extension Sequence where Element: Hashable {
    /// The elements in order, each once: where it first occurs. Lists in a plan (criteria,
    /// dependencies, section names) repeat nothing, and keep the order the spec gave.
    func uniqued() -> [Element] {
        // Sized up front: growing the set re-hashes every element (long criteria, for a String).
        var seen = Set<Element>(minimumCapacity: underestimatedCount)
        return filter { seen.insert($0).inserted }
    }
}
