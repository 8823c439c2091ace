import Generator

/// What a plan is generated from besides its own spec: read once per project and run.
struct ProjectContext: Sendable {
    /// Parsed once per read of constitution.md, not once per spec.
    var constitution: Constitution?
    var siblings: [SiblingSpec] { didSet { siblingsHash = PlanInputs.siblingsHash(siblings) } }
    /// Computed when the siblings change, not once per plan.
    var siblingsHash = PlanInputs.siblingsHash([])
    /// Set when the constitution exists but cannot be read: no plan of the project is written then,
    /// since every one of them would silently lose the constitution's rules.
    var constitutionError: String?

    static func read(_ project: SpecProject, config: Config) -> ProjectContext {
        var context = ProjectContext(constitution: nil, siblings: [], constitutionError: nil)
        context.readConstitution(of: project, config: config)
        context.siblings = project.specFolders().map { folder in
            let text = (try? FileSystem.readTextIfPresent(Path.join(project.folderPath(folder), "spec.md"), limit: config.maxSpecBytes)) ?? nil
            return SiblingSpec(folder: folder, title: text.map { SpecTitle.of(spec: $0, folder: folder) } ?? SpecTitle.of(spec: "", folder: folder))
        }
        return context
    }

    /// Reads constitution.md again (it changed), leaving the sibling titles as they are.
    mutating func readConstitution(of project: SpecProject, config: Config) {
        constitution = nil
        constitutionError = nil
        guard let path = project.constitutionPath else { return }
        do { constitution = try FileSystem.readTextIfPresent(path, limit: config.maxSpecBytes).flatMap(ConstitutionParser.parse) } catch {
            constitutionError = "\(error)"
        }
    }
}


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

        var planPath: String { Path.join(project.folderPath(folder), "plan.md") }
        var isError: Bool { if case .failed = kind { true } else { false } }
    }

    /// Brings one plan up to date, or with `dryRun` only says what would change.
    /// - Parameter skipEmptySpec: the daemon's choice: an empty spec.md is a save in progress, not a spec.
    ///   - trustFingerprint: the daemon's choice: a plan that records these very inputs is left unread.
    func sync(_ project: SpecProject, folder: String, context: ProjectContext, force: Bool = false, dryRun: Bool = false,
              skipEmptySpec: Bool = false, trustFingerprint: Bool = false) -> Result {
        var result = Result(project: project, folder: folder, kind: .unchanged)
        if let error = context.constitutionError {
            result.kind = .failed("constitution unreadable, plans of this project left as they are: \(error)")
            return result
        }
        let folderPath = project.folderPath(folder)
        let specPath = Path.join(folderPath, "spec.md")
        let spec: String
        let existing: String?
        do {
            guard let text = try FileSystem.readTextIfPresent(specPath, limit: config.maxSpecBytes) else {
                result.kind = .noSpec
                return result
            }
            spec = text
            if skipEmptySpec, spec.allSatisfy(\.isWhitespace) {
                result.kind = .noSpec
                return result
            }
            existing = try FileSystem.readTextIfPresent(result.planPath)
        } catch {
            result.kind = .failed("\(error)")
            return result
        }
        // The spec's own folder among the siblings is harmless (a spec never depends on itself) and
        // filtering it out would cost O(specs) per plan, O(specs²) for a fan-out.
        let inputs = PlanInputs(spec: spec, folder: folder, parsedConstitution: context.constitution, siblings: context.siblings,
                                options: config.options, siblingsHash: context.siblingsHash)
        var update = PlanSync.update(existing: existing, inputs: inputs, force: force, trustFingerprint: trustFingerprint)
        result.oldText = existing
        if !dryRun, update.text != nil {
            if let holdBack, holdBack(project) {
                result.kind = .postponed
                return result
            }
            do { try write(&update, over: existing, force: force, inputs: inputs, trustFingerprint: trustFingerprint, result: &result) } catch {
                result.kind = .failed("\(error)")
                return result
            }
        }
        result.summary = update.summary
        result.specTitle = update.specTitle
        result.referencedFeatures = update.referencedFeatures
        result.newText = update.text
        switch update.outcome {
        case .unchanged: result.kind = .unchanged
        case .skippedUserWritten: result.kind = .skippedUserWritten
        case .skippedTruncated: result.kind = .skippedTruncated
        case .created, .updated:
            let created = update.outcome == .created
            result.kind = dryRun ? .wouldWrite(created: created) : update.text == nil ? .unchanged : .written(created: created)
        }
        return result
    }

    /// Puts the update's text in place. A plan.md saved by someone else since it was read is
    /// merged as it is, never forced over: `update` becomes that merge, or loses its text when
    /// the plan found needs no change.
    private func write(_ update: inout PlanUpdate, over existing: String?, force: Bool, inputs: PlanInputs, trustFingerprint: Bool,
                       result: inout Result) throws {
        guard let text = update.text else { return }
        if force, existing != nil { try AtomicFile.copy(result.planPath, to: result.planPath + ".orig") }
        let placed = try PlanReplacement.replace(result.planPath, with: text, over: existing) { found in
            update = PlanSync.update(existing: found, inputs: inputs, trustFingerprint: trustFingerprint)
            result.oldText = found
            return update.text.map(PlanReplacement.Decision.write) ?? .keep
        }
        if !placed { update.text = nil }
    }
}
