import Testing

@testable import Watcher

/// Polling with a file system in a dictionary: a change between two rounds is seen at the next
/// round, an unchanged file is nothing, plansync's own write is no change. No test here sleeps.
@Suite struct PollerTests {
    static let spec = WatchedFolder.spec("/p", "001-a")
    static let specs = WatchedFolder.specs("/p")

    /// A stamp whose every field but the one varied is fixed.
    static func stamp(inode: UInt64 = 1, size: Int64 = 10, modified: Int64 = 1_000, mode: UInt32 = 0o100644)
        -> FileStamp
    {
        FileStamp(device: 1, inode: inode, size: size, modified: modified, mode: mode)
    }

    struct Disk {
        var files: [String: FileStamp] = [
            "/p/specs": stamp(inode: 2), "/p/specs/001-a/spec.md": stamp(inode: 3),
            "/p/specs/001-a/plan.md": stamp(inode: 4),
        ]
        func stat(_ path: String) -> FileStamp? { files[path] }
    }

    @Test func aChangeIsSeenAtTheNextRoundAndOnlyOnce() {
        var disk = Disk()
        var poller = Poller()
        for folder in [Self.spec, Self.specs] { poller.start(folder, stat: disk.stat) }
        let idle = poller.poll([Self.specs, Self.spec], stat: disk.stat)
        #expect(idle.isEmpty, "nothing changed: nothing to do")
        disk.files["/p/specs/001-a/spec.md"] = Self.stamp(inode: 3, modified: 1_001)
        let next = poller.poll([Self.specs, Self.spec], stat: disk.stat)
        #expect(next == [.file(Self.spec, name: "spec.md")])
        let after = poller.poll([Self.specs, Self.spec], stat: disk.stat)
        #expect(after.isEmpty, "a change is said once")
    }

    /// Size, modification time to the nanosecond, inode (a save by rename) and mode (a chmod).
    @Test(arguments: [
        stamp(inode: 3, size: 11), stamp(inode: 3, modified: 1_000 + 1), stamp(inode: 9),
        stamp(inode: 3, mode: 0o100600),
    ])
    func everyFieldOfTheStampCounts(changed: FileStamp) {
        var disk = Disk()
        var poller = Poller()
        poller.start(Self.spec, stat: disk.stat)
        disk.files["/p/specs/001-a/spec.md"] = changed
        let changes = poller.poll([Self.spec], stat: disk.stat)
        #expect(changes == [.file(Self.spec, name: "spec.md")])
    }

    @Test func aFileThatAppearsOrGoesIsAChange() {
        var disk = Disk()
        var poller = Poller()
        poller.start(Self.spec, stat: disk.stat)
        disk.files["/p/specs/001-a/plan.md"] = nil
        let gone = poller.poll([Self.spec], stat: disk.stat)
        #expect(gone == [.file(Self.spec, name: "plan.md")])
        disk.files["/p/specs/001-a/plan.md"] = Self.stamp(inode: 5)
        let back = poller.poll([Self.spec], stat: disk.stat)
        #expect(back == [.file(Self.spec, name: "plan.md")])
    }

    @Test func plansyncsOwnWriteIsNoChange() {
        var disk = Disk()
        var poller = Poller()
        poller.start(Self.spec, stat: disk.stat)
        disk.files["/p/specs/001-a/plan.md"] = Self.stamp(inode: 6)
        poller.restamp("/p/specs/001-a/plan.md", stat: disk.stat)
        let own = poller.poll([Self.spec], stat: disk.stat)
        #expect(own.isEmpty)
        poller.restamp("/p/specs/009-x/plan.md", stat: disk.stat)
        let other = poller.poll([Self.spec], stat: disk.stat)
        #expect(other.isEmpty, "a path not polled is not taken up")
    }

    @Test func aFolderWhoseEntriesChangedIsSaidAsSuch() {
        var disk = Disk()
        var poller = Poller()
        poller.start(Self.specs, stat: disk.stat)
        disk.files["/p/specs"] = Self.stamp(inode: 2, modified: 2_000)
        let changes = poller.poll([Self.specs], stat: disk.stat)
        #expect(changes == [.specs("/p")])
    }

    /// Two stats per spec folder, one per folder whose entries matter: O(spec folders), and nothing read.
    @Test func aRoundStatsEachProbeOnce() {
        var poller = Poller()
        var paths: [String] = []
        let folders =
            [WatchedFolder.root("/p"), .specs("/p"), .specify("/p"), .memory("/p", "/p/.specify/memory")]
            + (1...50).map { WatchedFolder.spec("/p", "0\($0)") }
        for folder in folders { poller.start(folder) { _ in nil } }
        _ = poller.poll(folders) { path in
            paths.append(path)
            return nil
        }
        #expect(paths.count == 4 + 2 * 50)
        #expect(Set(paths).count == paths.count)
    }

    @Test func aFolderNoLongerPolledIsForgotten() {
        var disk = Disk()
        var poller = Poller()
        poller.start(Self.spec, stat: disk.stat)
        poller.stop(Self.spec)
        disk.files["/p/specs/001-a/spec.md"] = nil
        let changes = poller.poll([Self.spec], stat: disk.stat)
        #expect(changes.isEmpty)
    }

    @Test func descriptorsOfPolledFoldersAreNeverTheKernels() {
        var poller = Poller()
        let first = poller.newDescriptor()
        let second = poller.newDescriptor()
        #expect(first < 0 && second < 0 && first != second)
    }

    @Test func aRootIsSaidOnceEvenWhenItComesBack() {
        var poller = Poller()
        let first = poller.add("/p", reason: "NFS")
        #expect(first)
        poller.remove("/p")
        #expect(!poller.polls("/p"))
        let again = poller.add("/p", reason: "NFS")
        #expect(!again)
        #expect(poller.polls("/p"))
    }

    @Test func roundsComeAtTheIntervalAndNotAtAllWithoutAPolledRoot() {
        var schedule = PollSchedule(interval: 1000)
        let unstarted = schedule.takeDue(at: 5_000)
        #expect(schedule.next == nil && !unstarted)
        schedule.start(at: 0)
        schedule.start(at: 500)
        let early = schedule.takeDue(at: 999)
        let due = schedule.takeDue(at: 1000)
        #expect(!early && due)
        #expect(schedule.next == 2000)
        let late = schedule.takeDue(at: 7_300)
        #expect(late && schedule.next == 8_300, "a late loop does not make up rounds")
        schedule.stop()
        #expect(schedule.next == nil)
    }
}
