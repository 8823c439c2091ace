import Foundation

/// Follows a daemon's log until every spec folder that changed has had its plan dealt with
/// after its last change: the daemon has caught up with what is on disk.
struct SettledPlans {
    /// How many folders (of all roots) must have changed before the burst counts as seen.
    var expected: Int
    /// Only these folders are followed (nil: all); a folder deleted by the burst gets no plan.
    var only: Set<String>? = nil
    /// Root and folder, `/p 001-a`.
    private(set) var changed: Set<String> = []
    private(set) var pending: Set<String> = []

    static let results: Set<String> = ["plan.updated", "plan.unchanged", "plan.skipped", "plan.deleted", "error"]

    /// Takes one log event; true once settled.
    mutating func consume(_ json: [String: Any]) -> Bool {
        let event = json["event"] as? String ?? ""
        let root = json["root"] as? String ?? ""
        if event == "change", let folder = Self.folder(of: json["path"]), only?.contains(folder) ?? true {
            changed.insert(root + " " + folder)
            pending.insert(root + " " + folder)
        } else if Self.results.contains(event), let folder = Self.folder(of: json["plan"]) {
            pending.remove(root + " " + folder)
        }
        return changed.count >= expected && pending.isEmpty
    }

    /// `specs/001-a/spec.md` -> `001-a`.
    static func folder(of path: Any?) -> String? {
        guard let path = path as? String, path.hasPrefix("specs/") else { return nil }
        return path.dropFirst(6).split(separator: "/").first.map(String.init)
    }
}

extension DaemonProcess {
    /// Waits until at least `folders` spec folders changed after line `skip` and each has had
    /// its plan regenerated (or found current) after its last change.
    func waitUntilSettled(folders: Int, after skip: Int, only: Set<String>? = nil, timeout: TimeInterval = 60) throws {
        var settled = SettledPlans(expected: folders, only: only)
        do {
            try follow("\(folders) spec folder(s) to settle", after: skip, timeout: timeout) { settled.consume($0) }
        } catch let timeout as Timeout {
            // The whole log of a burst is thousands of lines: name what is missing instead.
            let pending = settled.pending.sorted()
            throw Timeout(
                what: "\(timeout.what): \(settled.changed.count) changed, still pending \(pending.prefix(10))",
                log: timeout.log.filter { line in pending.prefix(3).contains { line.contains($0) } }.suffix(30))
        }
    }
}
