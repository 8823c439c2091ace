import Generator

/// What `generate`, `check` and `diff` share: the same walk over the spec folders, differing
/// only in whether they write and what they print.
struct PlanWalk {
    enum Mode {
        case generate, check, diff

        /// The status when a spec could not be handled: `generate` handled the others;
        /// `check` and `diff` cannot give a complete answer.
        var errorStatus: ExitStatus { self == .generate ? .failure : .trouble }
    }

    var mode: Mode
    var config: Config
    var force: Bool
    private let cwd = Path.currentDirectory()

    init(mode: Mode, config: Config, force: Bool) {
        self.mode = mode
        self.config = config
        self.force = force
    }

    /// The command in `mode` with its command line: the config, the paths (the config's roots
    /// when none is given), then the walk; a path that is no project is reported, the others done.
    static func run(_ mode: Mode, _ arguments: ParsedArguments) -> ExitStatus {
        guard let config = ConfigOption.loadReportingErrors(arguments) else { return .config }
        var targets: [SpecProject.Target] = []
        var missing = 0
        let paths = arguments.positional.isEmpty ? config.roots : arguments.positional
        if paths.isEmpty {
            StandardStreams.error(
                "plansync: nothing to do: pass a project root or spec folder, or list \"roots\" in config.json (--config FILE, $XDG_CONFIG_HOME/plansync/config.json or ~/.config/plansync/config.json)"
            )
            return .usage
        }
        for path in paths {
            do { targets.append(try SpecProject.target(for: path)) } catch {
                StandardStreams.error("error \(ControlCharacters.escaped(error.description))")
                missing += 1
            }
        }
        let status = PlanWalk(mode: mode, config: config, force: arguments.flags.contains("--force")).run(
            targets: targets)
        return missing > 0 ? mode.errorStatus : status
    }

    /// Runs over the targets and returns the exit status.
    func run(targets: [SpecProject.Target]) -> ExitStatus {
        let writer = PlanWriter(config: config)
        var errors = 0
        var outOfDate = 0
        for (project, targeted) in grouped(targets) {
            let context = ProjectContext.read(project, config: config)
            if targeted == nil {
                for problem in context.folderProblems {
                    StandardStreams.error("error \(display(Path.join(project.root, problem.path))): \(problem.message)")
                    errors += 1
                }
            }
            let folders = targeted ?? context.siblings.map(\.folder)
            if mode == .generate {
                for leftover in LeftoverFiles.remove(in: folders.map(project.folderPath)) {
                    StandardStreams.line(
                        "removed \(display(leftover)): a temporary file left by an interrupted plansync")
                }
            }
            for folder in folders {
                let result = writer.sync(
                    project, folder: folder, context: context, force: force, dryRun: mode != .generate)
                report(result)
                if result.isError || result.kind == .skippedTruncated && mode == .check { errors += 1 }
                if case .wouldWrite = result.kind { outOfDate += 1 }
            }
        }
        if errors > 0 { return mode.errorStatus }
        return mode == .check && outOfDate > 0 ? .failure : .ok
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

    /// `path` relative to the working folder, as it is, for diff headers (which quote it).
    private func relative(_ path: String) -> String {
        let relative = Path.relative(path, to: cwd)
        return relative == path && path == cwd ? "." : relative
    }

    /// `path` relative to the working folder, its control characters escaped, for a line of output.
    private func display(_ path: String) -> String { ControlCharacters.escaped(relative(path)) }

    private func report(_ result: PlanWriter.Result) {
        let plan = display(result.planPath)
        let folder = display(result.project.folderPath(result.folder))
        switch result.kind {
        case .written(let created):
            let backup = result.backup.map { "; the old file is kept as \(Path.name(of: $0))" } ?? ""
            StandardStreams.line(
                "wrote \(plan) (\(created ? "new, \(result.summary.added) lines" : result.summary.description)\(backup))"
            )
        case .wouldWrite(let created):
            if mode == .diff {
                let name = relative(result.planPath)
                StandardStreams.raw(
                    UnifiedDiff.make(
                        from: result.oldText ?? "", to: result.newText ?? "",
                        oldName: result.oldText == nil ? "/dev/null" : "a/\(name)", newName: "b/\(name)"))
            } else {
                StandardStreams.line(
                    "out of date \(plan) (\(created ? "missing, \(result.summary.added) lines to write" : result.summary.description))"
                )
            }
        case .unchanged:
            if mode != .diff { StandardStreams.line("unchanged \(plan)" + keptNote(result.summary)) }
        case .skippedUserWritten:
            if mode != .diff {
                StandardStreams.line(
                    "skipped \(plan): written by hand, not by plansync; to replace it, run 'plansync generate --force \(folder)' (the old file is kept as plan.md.orig)"
                )
            }
        case .skippedTruncated:
            StandardStreams.error(
                "skipped \(plan): it has plansync's header but no end marker, so it looks cut short; kept as it is. Restore it, or run 'plansync generate --force \(folder)' (the old file is kept as plan.md.orig)"
            )
        case .skippedTemplate:
            if mode != .diff { StandardStreams.line("skipped \(plan): \(PlanUpdate.templateReason)") }
        case .noSpec:
            if mode != .diff { StandardStreams.line("skipped \(folder): no spec.md") }
        case .postponed:
            break  // only the daemon holds plans back
        case .failed(let message):
            StandardStreams.error("error \(plan): \(ControlCharacters.escaped(message))")
        }
    }

    private func keptNote(_ summary: ChangeSummary) -> String {
        summary.kept.isEmpty ? "" : " (\(ChangeSummary.keptDescription(summary.kept)))"
    }
}
