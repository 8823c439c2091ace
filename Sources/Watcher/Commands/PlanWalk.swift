import Generator

/// What `generate`, `check`, `diff` and `status` share: the same walk over the spec folders,
/// differing only in whether they write and what they print.
struct PlanWalk {
    enum Mode {
        case generate, check, diff, status

        /// The status when a spec could not be handled: `generate` handled the others;
        /// `check` and `diff` cannot give a complete answer; `status` names no project for a path.
        var errorStatus: ExitStatus { self == .generate ? .failure : .trouble }
    }

    var mode: Mode
    var config: Config
    var force: Bool
    var report: PlanReport

    init(mode: Mode, config: Config, force: Bool, verbosity: Verbosity = .normal) {
        self.mode = mode
        self.config = config
        self.force = force
        self.report = PlanReport(mode: mode, verbosity: verbosity)
    }

    /// The command in `mode` with its command line: the config, the paths (else the config's
    /// roots, else the current folder when it is a Spec Kit project), with `--staged` the git
    /// index written out in their place, then the walk; a path that is no project is reported,
    /// the others done.
    static func run(_ mode: Mode, _ arguments: ParsedArguments) -> ExitStatus {
        guard let verbosity = Verbosity(arguments) else {
            StandardStreams.error(
                "error: --quiet and --verbose ask for opposite things; pass one\n"
                    + "Run 'plansync \(arguments.command) --help' for usage.")
            return .usage
        }
        guard let config = ConfigOption.loadReportingErrors(arguments) else { return .config }
        guard let paths = ProjectPaths.resolve(arguments, config: config) else {
            StandardStreams.error(ProjectPaths.nothingToDo)
            return .usage
        }
        var walk = PlanWalk(
            mode: mode, config: config, force: arguments.flags.contains("--force"), verbosity: verbosity)
        walk.report.json = arguments.flags.contains("--json")
        walk.report.detail("config: " + (config.path.map(ControlCharacters.escaped) ?? "none, the built-in defaults"))
        var (targets, problems) = resolve(paths)
        var staged: StagedTree?
        if arguments.flags.contains("--staged") {
            do {
                let tree = try StagedTree()
                targets = try targets.map { target throws(StagedTree.Failure) in try tree.stage(target) }
                walk.report.shownAs = tree.shownAs
                staged = tree
            } catch {
                StandardStreams.error("error: \(ControlCharacters.escaped(error.description))")
                return mode.errorStatus
            }
        }
        let status = withExtendedLifetime(staged) { walk.run(targets: targets) }
        if mode == .check && status == .failure && problems == 0 {
            adviseGenerate(arguments.positional, staged: staged != nil)
        }
        return problems > 0 ? mode.errorStatus : status
    }

    /// What each path names; those that name nothing are reported and counted.
    private static func resolve(_ paths: [String]) -> ([SpecProject.Target], problems: Int) {
        var targets: [SpecProject.Target] = []
        var problems = 0
        for path in paths {
            switch ProjectPaths.target(for: path) {
            case .success(let target): targets.append(target)
            case .failure(let problem):
                StandardStreams.error("error \(problem)")
                problems += 1
            }
        }
        return (targets, problems)
    }

    /// `check`'s last word when plans are out of date: the command that updates them.
    private static func adviseGenerate(_ paths: [String], staged: Bool) {
        let update = "plansync generate" + paths.map { " " + ControlCharacters.escaped($0) }.joined()
        StandardStreams.error("plans are out of date: run '\(update)'" + (staged ? ", then stage them (git add)" : ""))
    }

    /// Runs over the targets and returns the exit status: for `check` and `diff`, 1 when a plan
    /// would change (as `diff` and `git diff --exit-code` do); `status` only reports.
    func run(targets: [SpecProject.Target]) -> ExitStatus {
        let writer = PlanWriter(config: config)
        var errors = 0
        var outOfDate = 0
        for (project, targeted) in grouped(targets) {
            let context = ProjectContext.read(project, config: config)
            // A source of the stack that cannot be read is said once per project; the plans are
            // written from the others.
            for problem in context.profileProblems {
                StandardStreams.error(
                    "warning \(report.display(Path.join(project.root, problem.path))): "
                        + "\(ControlCharacters.escaped(problem.reason)); plans are written from the other sources")
            }
            if targeted == nil {
                for problem in context.folderProblems {
                    if mode == .status {
                        report.status(
                            PlanStatus(state: .unreadable, error: problem.message),
                            folder: Path.join(project.root, problem.path), root: project.root)
                        continue
                    }
                    StandardStreams.error(
                        "error \(report.display(Path.join(project.root, problem.path))): \(problem.message)")
                    errors += 1
                }
            }
            let folders = targeted ?? context.siblings.map(\.folder)
            report.detail("project \(report.display(project.root)): \(folders.count) spec folder(s)")
            let stack = context.profile.provenanceNote
            report.detail("stack of \(report.display(project.root)): \(stack.isEmpty ? "none named" : stack)")
            if mode == .generate {
                for leftover in LeftoverFiles.remove(in: folders.map(project.folderPath)) {
                    report.info(
                        "removed \(report.display(leftover)): a temporary file left by an interrupted plansync")
                }
            }
            for folder in folders {
                let result = writer.sync(
                    project, folder: folder, context: context, force: force, dryRun: mode != .generate)
                report.report(result)
                if mode == .status { continue }
                if result.isError || result.kind == .skippedTruncated && mode == .check { errors += 1 }
                if case .wouldWrite = result.kind { outOfDate += 1 }
            }
        }
        if errors > 0 { return mode.errorStatus }
        if mode == .status { return .ok }
        return mode != .generate && outOfDate > 0 ? .failure : .ok
    }

    /// Projects in the order given, each with the spec folders named (nil: the whole project,
    /// whose folders its context lists).
    private func grouped(_ targets: [SpecProject.Target]) -> [(SpecProject, [String]?)] {
        var result: [(SpecProject, [String]?)] = []
        for target in targets {
            let (project, folders): (SpecProject, [String]?)
            switch target {
            case .project(let p): (project, folders) = (p, nil)
            case .specFolder(let p, let folder): (project, folders) = (p, [folder])
            }
            if let index = result.firstIndex(where: { $0.0 == project }) {
                if let known = result[index].1, let folders {
                    result[index].1 = known + folders.filter { !known.contains($0) }
                } else {
                    result[index].1 = nil
                }
            } else {
                result.append((project, folders))
            }
        }
        return result
    }
}
