import Foundation
import Testing

@testable import Watcher

/// Where git's index lock is for a project root, and when it counts as held.
@Suite struct GitIndexLockTests {
    @Test func theLockIsFoundAboveTheRootAndThroughAWorktreesGitFile() throws {
        let scratch = try Scratch()
        try scratch.write("repo/.git/HEAD", "ref: refs/heads/main\n")
        try scratch.write("repo/docs/project/specs/001-a/spec.md", "# A\n")
        #expect(
            GitIndexLock.find(above: scratch.path("repo/docs/project").path)?.path
                == scratch.path("repo/.git/index.lock").path)
        // A linked worktree (or a submodule) has a .git file naming its git folder.
        try scratch.write("tree/.git", "gitdir: ../repo/.git/worktrees/tree\n")
        #expect(
            GitIndexLock.find(above: scratch.path("tree").path)?.path
                == scratch.path("repo/.git/worktrees/tree/index.lock").path)
    }

    @Test func aFreshLockIsHeldAndAStaleOneIsNot() throws {
        let scratch = try Scratch()
        try scratch.write("repo/.git/index.lock", "")
        let lock = try #require(GitIndexLock.find(above: scratch.path("repo").path))
        #expect(lock.isHeld)
        try FileManager.default.setAttributes(
            [.modificationDate: Date().addingTimeInterval(-60)], ofItemAtPath: lock.path)
        #expect(!lock.isHeld, "a lock left by a crashed git must not hold plans back for ever")
        try FileManager.default.removeItem(atPath: lock.path)
        #expect(!lock.isHeld)
    }

    /// A checkout that begins and ends while a long batch is generated leaves the lock free but
    /// the titles read before it out of date: the new index tells the batch to wait.
    @Test func aCommandThatRanSinceTheLookupHoldsBackWithTheLockFree() throws {
        let scratch = try Scratch()
        try scratch.write("repo/.git/index", "DIRC one")
        let lock = try #require(GitIndexLock.find(above: scratch.path("repo").path))
        #expect(!lock.isHeldOrWasSinceLookup)
        // git writes index.lock and renames it over the index.
        try scratch.write("repo/.git/index.lock", "DIRC two, longer")
        #expect(lock.isHeldOrWasSinceLookup, "the lock is held")
        try FileManager.default.removeItem(atPath: scratch.path("repo/.git/index").path)
        try FileManager.default.moveItem(atPath: lock.path, toPath: scratch.path("repo/.git/index").path)
        #expect(!lock.isHeld)
        #expect(lock.isHeldOrWasSinceLookup, "git ran a whole command since the lookup")
        #expect(try #require(GitIndexLock.find(above: scratch.path("repo").path)).isHeldOrWasSinceLookup == false)
    }
}
