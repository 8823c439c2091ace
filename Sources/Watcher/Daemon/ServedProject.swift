import Generator

/// What the daemon keeps about a root it serves, between batches.
struct ServedProject {
    var project: SpecProject
    var context: ProjectContext
    /// Feature numbers each spec names, to regenerate dependents when a title changes.
    var references: [String: [String]] = [:]
    /// The root folder as attached, to tell the root unmounted from a folder inside it unmounted.
    var identity: FileIdentity?
    /// Spec folders refused and already reported (`specs/caf\xE9`), so that each is reported once.
    var reportedProblems: Set<String> = []

    /// Records the title of the spec in `folder`; returns the title it replaces (nil: the spec
    /// was not known), or nil with `changed` false when the title is the same.
    mutating func setTitle(_ title: String, of folder: String) -> (changed: Bool, old: String?) {
        let old = context.siblings.first(where: { $0.folder == folder })?.title
        guard old != title else { return (false, old) }
        context.siblings.removeAll { $0.folder == folder }
        context.siblings.append(SiblingSpec(folder: folder, title: title))
        context.siblings.sort { $0.folder < $1.folder }
        return (true, old)
    }

    /// The spec folders that name feature `number` as a dependency, but `folder` itself.
    func dependents(onFeature number: String, except folder: String) -> [String] {
        references.compactMap { name, numbers in name != folder && numbers.contains(number) ? name : nil }
    }

    /// Forgets a spec folder that is gone.
    mutating func forget(_ folder: String) {
        context.siblings.removeAll { $0.folder == folder }
        references[folder] = nil
    }
}
