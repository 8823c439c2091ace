import Generator

/// The one path from "this spec folder may have changed" to plan.md on disk, shared by
/// `generate`, `check`, `diff` and the daemon.
struct PlanWriter: Sendable {
    var config: Config
    /// The daemon's choice: true when a plan of this project must not be written now (git is
    /// changing the tree); it is reported `postponed` and tried again later.
    var holdBack: (@Sendable (SpecProject) -> Bool)?

    struct Result: Sendable {
        enum Kind: Equatable, Sendable {
            case written(created: Bool)
            /// `check` and `diff`: plan.md would be written.
            case wouldWrite(created: Bool)
            case unchanged
            case skippedUserWritten
            case skippedTruncated
            /// spec.md is still Spec Kit's template: no plan until it is filled in.
            case skippedTemplate
            /// The folder has no spec.md (yet).
            case noSpec
            /// Not written now (see `holdBack`).
            case postponed
            case failed(String)
        }

        var project: SpecProject
        var folder: String
        var kind: Kind
        var summary = ChangeSummary()
        var oldText: String?
        var newText: String?
        var specTitle: String?
        var referencedFeatures: [String] = []
        /// The written plan's phases, days and risks (see `PlanShape`); nil when nothing was written.
        var shape: PlanShape?
        /// Why writing plan.md (or its backup) failed, so that the daemon can retry a full disk
        /// or a read-only folder and not a broken spec.
        var writeError: Errno?
        /// Where `--force` kept the plan it replaced (`plan.md.orig`, `plan.md.orig.1`…), when it had to.
        var backup: String?

        var planPath: String { Path.join(project.folderPath(folder), "plan.md") }
        var isError: Bool { if case .failed = kind { true } else { false } }
    }

    /// Brings one plan up to date, or with `dryRun` only says what would change.
    /// - Parameter skipEmptySpec: the daemon's choice: an empty spec.md is a save in progress, not a spec.
    ///   - trustFingerprint: the daemon's choice: a plan that records these very inputs is left unread.
    func sync(
        _ project: SpecProject, folder: String, context: ProjectContext, force: Bool = false, dryRun: Bool = false,
        skipEmptySpec: Bool = false, trustFingerprint: Bool = false
    ) -> Result {
        var result = Result(project: project, folder: folder, kind: .unchanged)
        if let error = context.constitutionError {
            result.kind = .failed("constitution unreadable, plans of this project left as they are: \(error)")
            return result
        }
        let files = context.files
        let folderFiles: FolderFiles
        do {
            guard let read = try readFolder(project.folderPath(folder), files: files, skipEmptySpec: skipEmptySpec)
            else {
                result.kind = .noSpec
                return result
            }
            folderFiles = read
        } catch {
            result.kind = .failed("\(error)")
            return result
        }
        let (spec, existing) = (folderFiles.spec, folderFiles.plan)
        // The spec's own folder among the siblings is harmless (a spec never depends on itself) and
        // filtering it out would cost O(specs) per plan, O(specs²) for a fan-out.
        let inputs = PlanInputs(
            spec: spec.text, folder: folder, parsedConstitution: context.constitution, siblings: context.siblings,
            options: context.options, siblingsHash: context.siblingsHash, profile: context.profile,
            profileHash: context.profileHash)
        var update = PlanSync.update(
            existing: existing?.text, inputs: inputs, force: force, trustFingerprint: trustFingerprint)
        result.oldText = existing?.text
        if !dryRun, update.text != nil {
            if let holdBack, holdBack(project) {
                result.kind = .postponed
                return result
            }
            do {
                try write(
                    &update, over: existing, in: folderFiles, force: force, inputs: inputs,
                    trustFingerprint: trustFingerprint,
                    files: files, result: &result)
            } catch {
                result.kind = .failed("\(error)")
                result.writeError = (error as? FileSystem.Failure)?.code
                return result
            }
        }
        result.summary = update.summary
        result.specTitle = update.specTitle
        result.referencedFeatures = update.referencedFeatures
        result.shape = update.shape
        result.newText = update.text
        switch update.outcome {
        case .unchanged: result.kind = .unchanged
        case .skippedUserWritten: result.kind = .skippedUserWritten
        case .skippedTruncated: result.kind = .skippedTruncated
        case .skippedTemplate: result.kind = .skippedTemplate
        case .created, .updated:
            let created = update.outcome == .created
            result.kind =
                dryRun ? .wouldWrite(created: created) : update.text == nil ? .unchanged : .written(created: created)
        }
        return result
    }

    /// What a spec folder holds, read from inside the project only.
    private struct FolderFiles {
        var realFolder: String
        var spec: ProjectFiles.File
        var plan: ProjectFiles.File?
    }

    /// spec.md and plan.md; nil when there is no spec (yet), or with `skipEmptySpec` an empty one.
    private func readFolder(_ folderPath: String, files: ProjectFiles, skipEmptySpec: Bool) throws(ProjectFiles.Refusal)
        -> FolderFiles?
    {
        guard let folder = try files.folder(folderPath),
            let spec = try folder.readText("spec.md", limit: config.maxSpecBytes)
        else { return nil }
        if skipEmptySpec, spec.text.allSatisfy(\.isWhitespace) { return nil }
        return FolderFiles(realFolder: folder.realPath, spec: spec, plan: try folder.readText("plan.md"))
    }

    /// Puts the update's text in place: a plan.md linked to another file of the project is written
    /// there, keeping the link. A plan.md saved by someone else since it was read is merged as it
    /// is, never forced over: `update` becomes that merge, or loses its text when the plan found
    /// needs no change.
    private func write(
        _ update: inout PlanUpdate, over existing: ProjectFiles.File?, in folder: FolderFiles, force: Bool,
        inputs: PlanInputs,
        trustFingerprint: Bool, files: ProjectFiles, result: inout Result
    ) throws {
        guard let text = update.text else { return }
        if force, let existing, PlanBackup.isNeeded(existing: existing.text, forced: text, inputs: inputs) {
            result.backup = try PlanBackup.keep(result.planPath, files: files)
        }
        let target = existing?.realPath ?? Path.join(folder.realFolder, "plan.md")
        // Ctrl-C waits the few milliseconds until the temporary files are renamed or removed.
        let placed = try SignalDescriptor.deferring {
            try PlanReplacement.replace(target, with: text, over: existing?.text, newFileLimit: folder.spec.mode) {
                found in
                update = PlanSync.update(existing: found, inputs: inputs, trustFingerprint: trustFingerprint)
                result.oldText = found
                return update.text.map(PlanReplacement.Decision.write) ?? .keep
            }
        }
        if !placed { update.text = nil }
    }
}
