import Generator

/// What `generate --force` keeps of the plan.md it replaces: a copy of anything people wrote,
/// under a name no earlier backup has, so that forcing twice never loses the first one.
enum PlanBackup {
    /// Whether replacing `existing` by `forced` drops something people wrote. plansync's own
    /// output, unedited, needs no backup: the ordinary merge would then give what `--force`
    /// gives, the recorded fingerprint of the inputs aside.
    static func isNeeded(existing: String, forced: String, inputs: PlanInputs) -> Bool {
        let merged = PlanSync.update(existing: existing, inputs: inputs)
        switch merged.outcome {
        case .skippedUserWritten, .skippedTruncated: return true
        case .skippedTemplate: return false
        case .created, .updated, .unchanged:
            return withoutFingerprint(merged.text ?? existing) != withoutFingerprint(forced)
        }
    }

    private static func withoutFingerprint(_ text: String) -> String {
        var document = PlanDocument(parsing: text)
        document.inputsHash = nil
        return document.rendered()
    }

    /// Copies plan.md, byte for byte and with its permissions and owner, to the first free name
    /// of `plan.md.orig`, `plan.md.orig.1`, `plan.md.orig.2`…; returns the path written.
    static func keep(_ planPath: String, files: ProjectFiles) throws -> String {
        guard let raw = try files.readBytes(planPath) else { throw FileSystem.Failure(path: planPath, code: .noEntry) }
        var number = 0
        while true {
            let backup = planPath + ".orig" + (number == 0 ? "" : ".\(number)")
            number += 1
            if !isTaken(backup), try create(backup, raw) { return backup }
        }
    }

    /// False when another process took the name first.
    private static func create(_ backup: String, _ raw: ProjectFiles.RawFile) throws(FileSystem.Failure) -> Bool {
        do {
            try AtomicFile.create(backup, bytes: raw.bytes, copying: raw.info)
            return true
        } catch {
            if error.code == .exists { return false }
            throw error
        }
    }

    /// Anything at all under that name, a dangling link included.
    private static func isTaken(_ path: String) -> Bool {
        (try? FileSystem.status(of: path, followingLinks: false)) != nil
    }
}
