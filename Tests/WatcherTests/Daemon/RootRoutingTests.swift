import Glibc
import Testing

@testable import Watcher

/// A root that goes away and comes back, and changes that are not saves, as inotify delivers them.
@Suite struct RootRoutingTests {
    static let root = "/p"

    static func selfEvent(_ mask: Int32) -> InotifyEvent {
        InotifyEvent(wd: 1, mask: UInt32(bitPattern: mask | IN_ISDIR), cookie: 0, name: "")
    }

    @Test func theRootsOwnDeleteRenameAndUnmountMeanItIsGone() {
        #expect(
            WatchRouting.actions(for: Self.selfEvent(IN_DELETE_SELF), in: .root(Self.root)) == [
                .rootGone(root: Self.root, loss: .removed)
            ])
        #expect(
            WatchRouting.actions(for: Self.selfEvent(IN_MOVE_SELF), in: .root(Self.root)) == [
                .rootGone(root: Self.root, loss: .renamed)
            ])
        #expect(
            WatchRouting.actions(for: Self.selfEvent(IN_UNMOUNT), in: .root(Self.root)) == [
                .rootGone(root: Self.root, loss: .unmounted)
            ])
        // A spec folder deleted or renamed is followed through specs/, not through its own watch.
        #expect(WatchRouting.actions(for: Self.selfEvent(IN_DELETE_SELF), in: .spec(Self.root, "001-a")).isEmpty)
        #expect(WatchRouting.actions(for: Self.selfEvent(IN_MOVE_SELF), in: .specs(Self.root)).isEmpty)
    }

    @Test func aFolderUnmountedInsideTheRootIsLookedAt() {
        let actions = WatchRouting.actions(for: Self.selfEvent(IN_UNMOUNT), in: .specs(Self.root))
        #expect(actions == [.unmounted(root: Self.root, path: "/p/specs")])
    }

    @Test func aChmodOfTheSpecOrTheConstitutionIsAChange() {
        let attrib = { (name: String) in InotifyEvent(wd: 2, mask: UInt32(bitPattern: IN_ATTRIB), cookie: 0, name: name)
        }
        #expect(
            WatchRouting.actions(for: attrib("spec.md"), in: .spec(Self.root, "001-a")) == [
                .schedule(root: Self.root, folder: "001-a", trigger: .spec)
            ])
        #expect(
            WatchRouting.actions(for: attrib("constitution.md"), in: .memory(Self.root, "/p/.specify/memory")) == [
                .constitutionChanged(root: Self.root)
            ])
        for name in ["tasks.md", ".plansync-tmp.plan.md.Ab12Cd", ""] {
            #expect(WatchRouting.actions(for: attrib(name), in: .spec(Self.root, "001-a")).isEmpty, "\(name)")
        }
    }

    @Test func aMissingRootIsLookedForOnlyWhileOneIsMissing() {
        var missing = MissingRoots()
        #expect(missing.nextDeadline() == nil, "nothing missing must mean no wake-up")
        missing.add("/a", .removed)
        missing.add("/b", .unmounted, leftBehind: FileIdentity(device: 1, inode: 2))
        let mountPoint = FileIdentity(device: 1, inode: 2)
        #expect(
            missing.takeReturned(at: 1000) { $0 == "/b" ? mountPoint : nil }.isEmpty,
            "the mount point left behind is not the root")
        #expect(missing.nextDeadline() == 1000 + MissingRoots.checkInterval)
        let back = missing.takeReturned(at: 3000) { _ in FileIdentity(device: 7, inode: 9) }
        #expect(back == ["/a", "/b"])
        #expect(missing.isEmpty && missing.nextDeadline() == nil)
    }
}
