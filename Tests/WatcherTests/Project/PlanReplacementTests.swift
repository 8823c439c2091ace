import Foundation
import Glibc
import Testing

@testable import Watcher

/// The replace step on real files, with the exchange and with the fallback a kernel or file
/// system without `renameat2` gets: a plan.md that changed since it was read is merged again,
/// never overwritten, and no temporary file is left behind.
@Suite struct PlanReplacementTests {
    static let modes = [true, false]

    let scratch: Scratch
    let plan: String

    init() throws {
        scratch = try Scratch()
        plan = scratch.path("plan.md").path
    }

    func write(_ text: String) throws { try text.write(toFile: plan, atomically: false, encoding: .utf8) }
    func read(_ path: String? = nil) throws -> String { try String(contentsOfFile: path ?? plan, encoding: .utf8) }
    func inode(_ path: String? = nil) -> UInt {
        var info = stat()
        return stat(path ?? plan, &info) == 0 ? UInt(info.st_ino) : 0
    }
    var leftovers: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: scratch.url.path)) ?? []).filter { $0 != "plan.md" }
    }

    @Test(arguments: modes)
    func aPlanStillAsReadIsReplaced(renameAt2: Bool) throws {
        try write("old")
        var remerged = 0
        let placed = try PlanReplacement.replace(plan, with: "new", over: "old", usingRenameAt2: renameAt2) { _ in
            remerged += 1
            return .keep
        }
        #expect(placed && remerged == 0)
        #expect(try read() == "new")
        #expect(leftovers.isEmpty, "\(leftovers)")
    }

    @Test(arguments: modes)
    func aPlanSavedInPlaceSinceItWasReadIsMergedAgain(renameAt2: Bool) throws {
        try write("old and the user's edit")
        var seen: [String?] = []
        let placed = try PlanReplacement.replace(plan, with: "new", over: "old", usingRenameAt2: renameAt2) { found in
            seen.append(found)
            return .write("new and the user's edit")
        }
        #expect(placed && seen == ["old and the user's edit"])
        #expect(try read() == "new and the user's edit", "the user's edit was lost")
        #expect(leftovers.isEmpty, "\(leftovers)")
    }

    @Test(arguments: modes)
    func aPlanSavedMeanwhileThatNeedsNoChangeIsPutBackAsItIs(renameAt2: Bool) throws {
        try write("the user's own")
        let saved = inode()
        let placed = try PlanReplacement.replace(plan, with: "new", over: "old", usingRenameAt2: renameAt2) { _ in .keep
        }
        #expect(!placed)
        #expect(try read() == "the user's own")
        #expect(inode() == saved, "the user's file must be the one in place, not a copy")
        #expect(leftovers.isEmpty, "\(leftovers)")
    }

    @Test(arguments: modes)
    func aPlanDeletedOrCreatedMeanwhileIsMergedFromWhatIsThere(renameAt2: Bool) throws {
        var seen: [String?] = []
        // Read as "old", deleted since: merged from nothing.
        #expect(
            try PlanReplacement.replace(plan, with: "merged from old", over: "old", usingRenameAt2: renameAt2) {
                found in
                seen.append(found)
                return .write("fresh")
            })
        #expect(try read() == "fresh")
        // Read as missing, created since: merged from what was created.
        try FileManager.default.removeItem(atPath: plan)
        try write("someone else's")
        #expect(
            try PlanReplacement.replace(plan, with: "created", over: nil, usingRenameAt2: renameAt2) { found in
                seen.append(found)
                return .write("merged with someone else's")
            })
        #expect(seen == [nil, "someone else's"])
        #expect(try read() == "merged with someone else's")
        #expect(leftovers.isEmpty, "\(leftovers)")
    }

    @Test func aFileThatIsNotTextIsLeftAlone() throws {
        try scratch.writeBytes("plan.md", [0x23, 0x00, 0xFF])
        let placed = try PlanReplacement.replace(plan, with: "new", over: "old") { _ in .write("never") }
        #expect(!placed)
        #expect(try Data(contentsOf: URL(fileURLWithPath: plan)) == Data([0x23, 0x00, 0xFF]))
        #expect(leftovers.isEmpty, "\(leftovers)")
    }

    /// Someone saves again each time plansync merges: after a few rounds it gives up, and their
    /// last save is in plan.md or kept beside it, never dropped.
    @Test(arguments: modes)
    func aPlanSavedOverAndOverIsGivenUpWithoutLosingTheLastSave(renameAt2: Bool) throws {
        try write("save 0")
        var saves = 0
        #expect(throws: PlanReplacement.Failure.self) {
            try PlanReplacement.replace(plan, with: "merge", over: "old", usingRenameAt2: renameAt2) { found in
                saves += 1
                try? self.write("save \(saves)")
                return .write("merge of \(found ?? "nothing")")
            }
        }
        let last = "save \(saves)"
        let kept = [plan, plan + ".conflict"].compactMap { try? read($0) }
        #expect(kept.contains(last), "the last save (\(last)) was lost: \(kept)")
        #expect(leftovers.allSatisfy { $0 == "plan.md.conflict" }, "\(leftovers)")
    }
}
