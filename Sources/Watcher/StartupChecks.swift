extension Daemon {
    /// Once per root, at startup: the spec folders that are not served (a name that is not UTF-8,
    /// a link out of the root) as errors.
    func reportAtStartup(_ root: String) {
        guard let context = projects[root]?.context else { return }
        for problem in context.folderProblems {
            logger.log(.error, "error", problem.message, [("root", .string(root)), ("path", .string(problem.path))])
        }
    }
}
