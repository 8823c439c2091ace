import Glibc

/// Puts a merged plan in place only over the plan.md it was merged from, so that a save made
/// while plansync was merging (an editor, `git checkout`, a script, a second plansync) is merged
/// in and never lost.
///
/// The new text goes to a temporary file beside plan.md, which is then swapped with plan.md in
/// one step (`renameat2` with `RENAME_EXCHANGE`): the file that comes out is exactly what
/// plan.md held at that instant. If it holds what the merge started from, the replacement is
/// done. If not, someone saved in between: their text is merged again (or, when it needs no
/// change, put back as it is) and swapped in the same way, a few times at most. Where the kernel
/// or the file system cannot exchange, plan.md is compared with what was read right before a
/// plain rename, which narrows the window from the whole merge to microseconds.
///
/// What no replacement by rename can close: an editor that opened plan.md before the swap and
/// writes to it after writes into the file that was replaced.
enum PlanReplacement {
    /// What to do with a plan.md found where the one the merge started from was expected.
    enum Decision: Equatable {
        /// Replace it with this text (a merge of what was found).
        case write(String)
        /// Leave it as it is.
        case keep
    }

    /// What a plan.md holds, as far as a replacement is concerned.
    enum Content: Equatable {
        case absent
        case text(String)
        /// Not a regular text file (binary, not UTF-8, a FIFO, a folder): never merged, only kept.
        case unreadable
    }

    /// Someone else's save could not be put back in plan.md: it is kept beside it.
    struct Failure: Error, CustomStringConvertible {
        var path: String
        var reason: String
        var keptAs: String?
        var description: String {
            "\(path): \(reason)"
                + (keptAs.map { "; the version saved meanwhile is kept as \($0): merge it back by hand" } ?? "")
        }
    }

    /// Saves by someone else in a row, each between plansync's merge and its swap, before giving up.
    static let attempts = 5

    /// What plansync wants plan.md to hold next.
    private enum Want {
        case text(String)
        /// Someone else's save, taken out of plan.md by a swap, to go back as it is.
        case file(String, Content)

        var content: Content {
            switch self {
            case .text(let text): .text(text)
            case .file(_, let content): content
            }
        }
    }

    /// Replaces plan.md at `path`, read as `base` (nil: there was none), with `text`.
    /// - Parameters:
    ///   - usingRenameAt2: false takes the fallbacks even where `renameat2` works (for tests).
    ///   - remerge: what to make of a plan.md found instead of `base` (nil: none).
    /// - Returns: true when `text` or a merge from `remerge` is in place; false when a plan.md
    ///   saved meanwhile was left as it is.
    ///   - newFileLimit: for a new plan, the mode of the spec it is made from (see `FileAttributes`).
    static func replace(
        _ path: String, with text: String, over base: String?, newFileLimit: mode_t? = nil, usingRenameAt2: Bool = true,
        remerge: (String?) -> Decision
    ) throws -> Bool {
        let rename = Rename(usesRenameAt2: usingRenameAt2)
        var want = Want.text(text)
        var expected: Content = base.map(Content.text) ?? .absent
        // The newest save by someone else that plan.md does not hold yet, in a file of ours.
        var unplaced: (file: String, content: Content)?
        for _ in 0..<attempts {
            let (candidate, installed): (String, Installed)
            do {
                (candidate, installed) = try place(
                    want, at: path, expecting: expected, newFileLimit: newFileLimit, rename)
            } catch {
                guard let kept = keepAside(unplaced?.file, of: path, rename) else { throw error }
                throw Failure(path: path, reason: "\(error)", keptAs: kept)
            }
            switch installed {
            case .done(let old):
                if let old { try? FileSystem.remove(old) }
                if let file = unplaced?.file, file != candidate { try? FileSystem.remove(file) }
                AtomicFile.syncFolder(Path.folder(of: path))
                if case .text = want { return true }
                return false
            case .untouched(let found):
                // plan.md changed without our swap: what it holds now supersedes any earlier save.
                if case .text = want { try? FileSystem.remove(candidate) }
                if let file = unplaced?.file { try? FileSystem.remove(file) }
                unplaced = nil
                expected = found
                guard case .write(let text) = decide(found, remerge) else { return false }
                want = .text(text)
            case .displaced(let found, let file):
                if let earlier = unplaced?.file, earlier != file { try? FileSystem.remove(earlier) }
                unplaced = (file, found)
                expected = want.content
                switch decide(found, remerge) {
                case .write(let text): want = .text(text)
                case .keep: want = .file(file, found)
                }
            }
        }
        let kept = keepAside(unplaced?.file, of: path, rename)
        throw Failure(
            path: path, reason: "saved again \(attempts) times while plansync replaced it; left as it is", keptAs: kept)
    }

    /// Writes what is wanted to a temporary file (unless it is a file already) and swaps it in.
    private static func place(
        _ want: Want, at path: String, expecting expected: Content, newFileLimit: mode_t?,
        _ rename: Rename
    ) throws(FileSystem.Failure) -> (String, Installed) {
        let candidate: String
        switch want {
        case .text(let text):
            candidate = try AtomicFile.writeTemporary(
                bytes: Array(text.utf8), replacing: path, newFileLimit: newFileLimit)
        case .file(let file, _): candidate = file
        }
        do { return (candidate, try install(candidate, at: path, expecting: expected, rename)) } catch {
            if case .text = want { try? FileSystem.remove(candidate) }
            throw FileSystem.Failure(path: path, code: error)
        }
    }

    private static func decide(_ found: Content, _ remerge: (String?) -> Decision) -> Decision {
        switch found {
        case .absent: remerge(nil)
        case .text(let text): remerge(text)
        case .unreadable: .keep
        }
    }

    /// What one swap did.
    private enum Installed {
        /// In place; plan.md held what was expected, which is now in `old` (nil: nothing to remove).
        case done(old: String?)
        /// plan.md was left alone: it holds `found`, not what was expected.
        case untouched(found: Content)
        /// In place, but plan.md held `found`, not what was expected; that is now in `file`.
        case displaced(found: Content, file: String)
    }

    private static func install(_ candidate: String, at path: String, expecting expected: Content, _ rename: Rename)
        throws(Errno) -> Installed
    {
        if expected == .absent {
            do { try rename.noReplace(candidate, path) } catch {
                if error == .exists { return .untouched(found: content(of: path)) }
                throw error
            }
            return .done(old: nil)
        }
        do { try rename.exchange(candidate, path) } catch {
            if error == .noEntry { return .untouched(found: .absent) }
            guard Rename.isUnsupported(error) else { throw error }
            // No exchange here: compare, then rename at once.
            let found = content(of: path)
            guard found == expected else { return .untouched(found: found) }
            try FileSystem.rename(candidate, to: path)
            return .done(old: nil)
        }
        let found = content(of: candidate)
        return found == expected ? .done(old: candidate) : .displaced(found: found, file: candidate)
    }

    /// What the file at `path` holds, without following it into a FIFO or a folder.
    static func content(of path: String) -> Content {
        do { _ = try FileSystem.status(of: path, followingLinks: false) } catch {
            return error == .noEntry ? .absent : .unreadable
        }
        guard FileSystem.isFile(path), let text = try? FileSystem.readTextIfPresent(path) else { return .unreadable }
        return .text(text)
    }

    /// Moves someone else's save that could not go back into plan.md to `plan.md.conflict`
    /// (or `.conflict.2`, …), never over an existing file; returns the name.
    private static func keepAside(_ file: String?, of path: String, _ rename: Rename) -> String? {
        guard let file else { return nil }
        let suffixes = [".conflict"] + (2...9).map { ".conflict.\($0)" }
        for suffix in suffixes {
            do {
                try rename.noReplace(file, path + suffix)
                return Path.name(of: path) + suffix
            } catch {
                if error != .exists { break }
            }
        }
        return Path.name(of: file)
    }
}
