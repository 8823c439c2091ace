extension Daemon {
    /// Once per root, at startup: the spec folders that are not served (a name that is not UTF-8,
    /// a link out of the root) as errors, and the temporary files a killed plansync left behind removed.
    func reportAtStartup(_ root: String) {
        guard let context = projects[root]?.context else { return }
        report(context.folderProblems, of: root)
        let project = SpecProject(root: root)
        for path in LeftoverFiles.remove(in: table.specFolders(of: root).map(project.folderPath)) {
            let relative = Path.relative(path, to: root)
            logger.log(
                .info, "cleanup", "removed \(relative): a temporary file left by an interrupted plansync",
                [("root", .string(root)), ("path", .string(relative))])
        }
    }

    /// A link or a badly named folder appeared in specs/ while running: a link inside the root is
    /// served like any spec folder, anything refused is reported (once, like at startup).
    /// - Parameter scan: specs/ as just listed, when the caller has it.
    func checkFolders(of root: String, at now: Milliseconds, scan: SpecFolderScan? = nil) {
        guard let context = projects[root]?.context else { return }
        let scan = scan ?? SpecProject(root: root).scanSpecFolders(context.files)
        report(scan.problems, of: root)
        for name in scan.folders where table[.spec(root, name)] == nil && watch(.spec(root, name)) {
            deadlines.note(.plan(SpecKey(root: root, folder: name)), .spec, at: now)
        }
    }

    private func report(_ problems: [SpecFolderProblem], of root: String) {
        for problem in problems where projects[root]?.reportedProblems.insert(problem.path).inserted == true {
            logger.log(.error, "error", problem.message, [("root", .string(root)), ("path", .string(problem.path))])
        }
    }
}
