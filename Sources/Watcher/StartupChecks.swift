extension Daemon {
    /// Once per root, at startup: the spec folders that are not served (a name that is not UTF-8,
    /// a link out of the root) as errors, and the temporary files a killed plansync left behind removed.
    func reportAtStartup(_ root: String) {
        guard let context = projects[root]?.context else { return }
        for problem in context.folderProblems {
            logger.log(.error, "error", problem.message, [("root", .string(root)), ("path", .string(problem.path))])
        }
        let project = SpecProject(root: root)
        for path in LeftoverFiles.remove(in: table.specFolders(of: root).map(project.folderPath)) {
            let relative = Path.relative(path, to: root)
            logger.log(.info, "cleanup", "removed \(relative): a temporary file left by an interrupted plansync",
                       [("root", .string(root)), ("path", .string(relative))])
        }
    }
}
