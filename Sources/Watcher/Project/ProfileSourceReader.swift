import Generator
import Glibc

/// Reads what a project's profile is made from, once per root and again when one of its sources
/// changes: the manifests and marker files a bounded walk finds (``ProfileSourcePath``: a few
/// folders deep, dependencies, build output and examples skipped, at most the first MiB of each
/// file), the root's `.plansync.json`, and the plan.md files of spec folders that plansync did not
/// write (Spec Kit's own plans of other features).
///
/// Every file is read through ``ProjectFiles``: regular files inside the root only, opened
/// without blocking. A source that cannot be read, or only in part, becomes a ``SourceProblem``
/// (file and reason) and the profile is read from the others.
struct ProfileSourceReader {
    var project: SpecProject
    var files: ProjectFiles

    /// What one read found.
    struct Found: Sendable {
        /// Manifests, markers, Spec Kit plans and the unreadable ones; the constitution and the
        /// stated stacks are added by the caller.
        var sources = ProfileSources()
        /// `.plansync.json`, when it is there and valid.
        var settings: ProjectSettings?
        /// The folders below the root that hold a manifest or marker (absolute paths), for watches.
        var folders: [String] = []
    }

    /// The plan.md files of these spec folders are read unless plansync wrote them.
    func read(specFolders: [String]) -> Found {
        var found = Found()
        var budget = ProfileSourcePath.maximumFiles
        walk("", depth: 0, into: &found, budget: &budget)
        if budget < 0 {
            found.sources.unreadable.append(
                SourceProblem(
                    path: ".",
                    reason:
                        "holds more than \(ProfileSourcePath.maximumFiles) manifests within \(ProfileSourcePath.maximumDepth) folders; \(-budget) were not read"
                ))
        }
        for folder in specFolders { readSpecKitPlan(of: folder, into: &found) }
        return found
    }

    /// Lists `relative` (the root for ""), reads its sources, and walks its folders.
    private func walk(_ relative: String, depth: Int, into found: inout Found, budget: inout Int) {
        let absolute = relative.isEmpty ? project.root : Path.join(project.root, relative)
        let folder: ProjectFolder
        let entries: [FileSystem.Entry]
        do {
            guard let opened = try files.folder(absolute) else { return }
            folder = opened
            entries = try FileSystem.entries(of: absolute)
        } catch {
            if !relative.isEmpty {
                found.sources.unreadable.append(
                    SourceProblem(path: relative, reason: ProfileSourceReader.reason(error)))
            }
            return
        }
        var holdsSources = false
        for entry in entries {
            guard let name = entry.name else { continue }
            let path = relative.isEmpty ? name : relative + "/" + name
            if entry.type == UInt8(DT_DIR) {
                if case .marker? = ProfileSourcePath.classify(path) {
                    found.sources.markers.append(path)
                } else if depth < ProfileSourcePath.maximumDepth, !ProfileSourcePath.shouldSkipDirectory(named: name) {
                    walk(path, depth: depth + 1, into: &found, budget: &budget)
                }
                continue
            }
            guard !entry.isDirectory else { continue }
            switch ProfileSourcePath.classify(path) {
            case .manifest?:
                holdsSources = true
                budget -= 1
                if budget >= 0 { readManifest(name, path: path, in: folder, into: &found) }
            case .marker?:
                holdsSources = true
                found.sources.markers.append(path)
            case .projectSettings?:
                readSettings(in: folder, into: &found)
            default:
                break
            }
        }
        if holdsSources, !relative.isEmpty { found.folders.append(absolute) }
    }

    private func readManifest(_ name: String, path: String, in folder: ProjectFolder, into found: inout Found) {
        do {
            guard let read = try folder.readPrefix(name, limit: ProfileSourcePath.maximumBytesPerFile) else { return }
            let text = try ProfileSourceReader.text(read.bytes, complete: !read.isTruncated, path: path)
            found.sources.manifests.append(SourceFile(path: path, text: text, isTruncated: read.isTruncated))
        } catch {
            found.sources.unreadable.append(SourceProblem(path: path, reason: ProfileSourceReader.reason(error)))
        }
    }

    /// `.plansync.json`: a file that cannot be read or is not valid is reported and left out.
    private func readSettings(in folder: ProjectFolder, into found: inout Found) {
        let name = ProjectSettings.fileName
        do {
            guard let read = try folder.readPrefix(name, limit: Config.maxBytes) else { return }
            guard !read.isTruncated else {
                found.sources.unreadable.append(
                    SourceProblem(path: name, reason: "is over the 1 MiB limit for a settings file; it is ignored"))
                return
            }
            let settings = try ProjectSettings.parse(read.bytes, path: name)
            found.settings = settings
        } catch let invalid as Config.Invalid {
            found.sources.unreadable.append(
                SourceProblem(path: name, reason: invalid.message + "; it is ignored until it is fixed"))
        } catch {
            found.sources.unreadable.append(
                SourceProblem(
                    path: name, reason: ProfileSourceReader.reason(error) + "; it is ignored until it is fixed"))
        }
    }

    /// A spec folder's plan.md, when plansync did not write it: its first lines say.
    private func readSpecKitPlan(of folder: String, into found: inout Found) {
        let path = "specs/\(folder)/plan.md"
        do {
            guard let specFolder = try files.folder(project.folderPath(folder)),
                let head = try specFolder.readPrefix("plan.md", limit: 600),
                !PlanSync.isWrittenByPlansync(String(decoding: head.bytes, as: UTF8.self))
            else { return }
            guard let read = try specFolder.readPrefix("plan.md", limit: ProfileSourcePath.maximumBytesPerFile) else {
                return
            }
            let text = try ProfileSourceReader.text(read.bytes, complete: !read.isTruncated, path: path)
            found.sources.specKitPlans.append(SourceFile(path: path, text: text, isTruncated: read.isTruncated))
        } catch {
            found.sources.unreadable.append(SourceProblem(path: path, reason: ProfileSourceReader.reason(error)))
        }
    }

    /// UTF-8 text; the last character of a file cut short is dropped, since the cut may fall inside it.
    private static func text(_ bytes: [UInt8], complete: Bool, path: String) throws -> String {
        var bytes = bytes[...]
        if !complete {
            // Back to the start of the last character, and drop it unless it is whole.
            var start = bytes.endIndex
            while start > bytes.startIndex, bytes[start - 1] & 0xC0 == 0x80 { start -= 1 }
            if start > bytes.startIndex, bytes[start - 1] >= 0xC0 { bytes = bytes[..<(start - 1)] }
        }
        return try TextFile.decode(Array(bytes), path: path)
    }

    /// Why a source could not be read, without its path (the problem names it).
    static func reason(_ error: any Error) -> String {
        switch error {
        case let refusal as ProjectFiles.Refusal:
            switch refusal {
            case .outsideRoot(_, let target):
                "is a symlink to \(target), outside the project root; plansync reads only files inside the project"
            case .symlinkLoop: "is a symlink loop"
            case .notRegular(_, let mode): "is \(FileSystem.kindName(of: mode)), not a regular file"
            case .replaced: "was replaced while it was being read; it is read again at its next change"
            case .rootUnavailable(_, let code): "the project root cannot be read: \(code)"
            case .failed(let error): reason(error)
            }
        case let failure as FileSystem.Failure: "cannot be read: \(failure.code)"
        case let notText as TextFile.NotText: notText.reason
        default: "\(error)"
        }
    }
}
