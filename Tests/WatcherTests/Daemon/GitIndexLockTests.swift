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
}
