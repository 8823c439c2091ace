extension PlanBuilder {
    /// The spec's own dependency and assumption sections.
    func internalDependencies() -> [String] {
        let items =
            spec.dependencies.map { Prose.shortened($0, to: 220) }
            + spec.assumptions.map { phrases.assumption + Prose.shortened($0, to: 220) }
        return items.isEmpty ? [phrases.noInternalDependencies] : items.uniqued()
    }

    /// Other features the spec names, resolved against the project's spec folders: the folder of
    /// that name, else the first of that number. A reference that is not certain (`240-second`)
    /// is left out unless a folder of that name (or a longer one that starts with it) exists.
    func featureDependencies() -> [String] {
        let references = spec.featureReferences
        // A spec names a few features: scanning the folders for each is cheapest. One that names
        // hundreds gets an index, so that the work stays the folders plus the references.
        let byNumber = references.count > 8 ? Dictionary(grouping: siblings, by: \.number) : nil
        func folders(numbered number: Substring) -> [SiblingSpec] {
            byNumber.map { $0[number] ?? [] } ?? siblings.filter { $0.number == number }
        }
        let result = references.compactMap { reference -> String? in
            let (name, number) = (reference.name, reference.number)
            let matches = folders(numbered: number)
            guard reference.isCertain else {
                return matches.first { $0.folder == name || $0.folder.hasPrefix(name + "-") }.map {
                    "Spec \($0.number): \($0.title)"
                }
            }
            if let sibling = matches.first(where: { $0.folder == name }) ?? matches.first {
                return "Spec \(sibling.number): \(sibling.title)"
            }
            let title = name.count > 3 ? SpecTitle.fromFolder(name) : "(unknown title)"
            return "Spec \(number): \(title) — not found in specs/ (referenced as `\(name)`)"
        }
        return result.isEmpty ? [phrases.noFeatureDependencies] : result.uniqued()
    }
}
