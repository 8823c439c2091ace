import Generator

/// What `generate`, `check` and `diff` print for each plan: one line per plan, or the diff, as
/// much as the verbosity asks for; paths relative to the working folder, and those of a staged
/// copy (`--staged`) shown at the place they stand for.
struct PlanReport {
    var mode: PlanWalk.Mode
    var verbosity: Verbosity
    /// Folders whose paths are shown as other paths: a staged copy's root as the project's own.
    var shownAs: [(folder: String, shown: String)] = []
    /// `status --json`: one JSON object per line instead of words.
    var json = false
    private let cwd = Path.currentDirectory()

    init(mode: PlanWalk.Mode, verbosity: Verbosity) {
        self.mode = mode
        self.verbosity = verbosity
    }

    /// `path` relative to the working folder, as it is, for diff headers (which quote it).
    func relative(_ path: String) -> String {
        var path = path
        for (folder, shown) in shownAs where path == folder || path.hasPrefix(folder + "/") {
            path = shown + path.dropFirst(folder.count)
            break
        }
        let relative = Path.relative(path, to: cwd)
        return relative == path && path == cwd ? "." : relative
    }

    /// `path` relative to the working folder, its control characters escaped, for a line of output.
    func display(_ path: String) -> String { ControlCharacters.escaped(relative(path)) }

    /// A line of normal output; `--quiet` drops it.
    func info(_ text: String) {
        if verbosity >= .normal { StandardStreams.line(text) }
    }

    /// A line only `--verbose` prints, on stderr (so that `diff`'s stdout stays a patch).
    func detail(_ text: String) {
        if verbosity == .verbose { StandardStreams.error(text) }
    }

    func report(_ result: PlanWriter.Result) {
        if mode == .status {
            status(PlanStatus(result), folder: result.project.folderPath(result.folder), root: result.project.root)
            return
        }
        let plan = display(result.planPath)
        let folder = display(result.project.folderPath(result.folder))
        switch result.kind {
        case .written(let created):
            let backup = result.backup.map { "; the old file is kept as \(Path.name(of: $0))" } ?? ""
            info(
                "wrote \(plan) (\(created ? "new, \(result.summary.added) lines" : result.summary.description)\(backup))"
                    + shapeSuffix(result.shape))
            if verbosity == .verbose {
                for line in result.shape?.phaseLines ?? [] {
                    StandardStreams.line("  " + ControlCharacters.escaped(line))
                }
            }
        case .wouldWrite(let created):
            if mode == .diff {
                if verbosity >= .normal { printDiff(result) }
            } else {
                StandardStreams.line(
                    "out of date \(plan) (\(created ? "missing, \(result.summary.added) lines to write" : result.summary.description))"
                )
            }
        case .unchanged:
            notDiff("unchanged \(plan)" + keptNote(result.summary))
        case .skippedUserWritten:
            notDiff(
                "skipped \(plan): written by hand, not by plansync; to replace it, run 'plansync generate --force \(folder)' (the old file is kept as plan.md.orig)"
            )
        case .skippedTruncated:
            StandardStreams.error(
                "skipped \(plan): it has plansync's header but no end marker, so it looks cut short; kept as it is. Restore it, or run 'plansync generate --force \(folder)' (the old file is kept as plan.md.orig)"
            )
        case .skippedTemplate:
            notDiff("skipped \(plan): \(PlanUpdate.templateReason)")
        case .noSpec:
            notDiff("skipped \(folder): no spec.md")
        case .postponed:
            break  // only the daemon holds plans back
        case .failed(let message):
            StandardStreams.error("error \(plan): \(ControlCharacters.escaped(message))")
        }
    }

    /// `status`'s line (or JSON object) for the spec folder at `folder`, of the project at `root`.
    func status(_ status: PlanStatus, folder: String, root: String) {
        if json {
            let plan = Path.relative(Path.join(folder, "plan.md"), to: root)
            // Valid JSON as it is: its control characters are escaped as JSON escapes them.
            StandardStreams.raw(status.json(folder: relative(folder), root: root, plan: plan) + "\n")
        } else {
            StandardStreams.line(status.line(folder: display(folder)))
        }
    }

    /// A line that `generate` and `check` print and `diff` keeps off its patch: on stderr with
    /// `--verbose`, else not at all.
    private func notDiff(_ text: String) {
        if mode == .diff { detail(text) } else { info(text) }
    }

    private func printDiff(_ result: PlanWriter.Result) {
        let name = relative(result.planPath)
        StandardStreams.raw(
            UnifiedDiff.make(
                from: result.oldText ?? "", to: result.newText ?? "",
                oldName: result.oldText == nil ? "/dev/null" : "a/\(name)", newName: "b/\(name)"))
    }

    /// ` — 5 phases, 12 days; risks: "…", "…" and 1 more`: the plan as written, at a glance,
    /// its titles' control characters escaped; empty when nothing of it is known.
    private func shapeSuffix(_ shape: PlanShape?) -> String {
        guard let description = shape?.description, !description.isEmpty else { return "" }
        return " — " + ControlCharacters.escaped(description)
    }

    private func keptNote(_ summary: ChangeSummary) -> String {
        summary.kept.isEmpty ? "" : " (\(ChangeSummary.keptDescription(summary.kept)))"
    }
}
