import Glibc
import Testing
@testable import Watcher

/// Changes that are not saves, as inotify delivers them.
@Suite struct RootRoutingTests {
    static let root = "/p"

    @Test func aChmodOfTheSpecOrTheConstitutionIsAChange() {
        let attrib = { (name: String) in InotifyEvent(wd: 2, mask: UInt32(bitPattern: IN_ATTRIB), cookie: 0, name: name) }
        #expect(WatchRouting.actions(for: attrib("spec.md"), in: .spec(Self.root, "001-a")) == [.schedule(root: Self.root, folder: "001-a", trigger: "spec.md")])
        #expect(WatchRouting.actions(for: attrib("constitution.md"), in: .memory(Self.root, "/p/.specify/memory")) == [.constitutionChanged(root: Self.root)])
        for name in ["tasks.md", ".plansync-tmp.plan.md.Ab12Cd", ""] {
            #expect(WatchRouting.actions(for: attrib(name), in: .spec(Self.root, "001-a")).isEmpty, "\(name)")
        }
    }
}
