import Glibc
import Testing

@testable import Watcher

/// Save patterns as inotify delivers them, and what plansync makes of each event.
@Suite struct WatchRoutingTests {
    static let root = "/p"
    static let spec = WatchedFolder.spec(root, "001-a")

    static func event(_ mask: Int32, _ name: String, cookie: UInt32 = 0, directory: Bool = false) -> InotifyEvent {
        InotifyEvent(wd: 5, mask: UInt32(bitPattern: mask | (directory ? IN_ISDIR : 0)), cookie: cookie, name: name)
    }

    /// Routes one read of the queue, as the daemon does.
    static func schedules(_ events: [InotifyEvent], in folder: WatchedFolder = spec) -> Int {
        let own = WatchRouting.ownRenames(in: events)
        return events.flatMap { WatchRouting.actions(for: $0, in: folder, ownRenames: own) }.filter {
            if case .schedule = $0 { true } else { false }
        }.count
    }

    @Test func vimRenamesTheOldFileAwayAndWritesANewOne() {
        let events = [
            Self.event(IN_CREATE, "4913"), Self.event(IN_CLOSE_WRITE, "4913"), Self.event(IN_DELETE, "4913"),
            Self.event(IN_MOVED_FROM, "spec.md", cookie: 7), Self.event(IN_MOVED_TO, "spec.md~", cookie: 7),
            Self.event(IN_CREATE, "spec.md"), Self.event(IN_MODIFY, "spec.md"), Self.event(IN_CLOSE_WRITE, "spec.md"),
            Self.event(IN_DELETE, "spec.md~"),
        ]
        #expect(Self.schedules(events) == 4)
        #expect(
            Self.schedules(events.filter { $0.name != "spec.md" }) == 0,
            "swap, 4913 and backup files must not regenerate")
    }

    @Test func sedAndJetBrainsRenameATemporaryFileOverTheSpec() {
        let events = [
            Self.event(IN_CREATE, "sedAbC123"), Self.event(IN_CLOSE_WRITE, "sedAbC123"),
            Self.event(IN_MOVED_FROM, "sedAbC123", cookie: 9), Self.event(IN_MOVED_TO, "spec.md", cookie: 9),
        ]
        #expect(Self.schedules(events) == 1)
    }

    @Test func filesThatAreNotInputsChangeNothing() {
        for name in [
            "tasks.md", "research.md", ".spec.md.swp", ".#spec.md", "spec.md~", "4913", ".plansync-tmp.plan.md.Ab12Cd",
        ] {
            #expect(Self.schedules([Self.event(IN_CLOSE_WRITE, name), Self.event(IN_MOVED_TO, name)]) == 0, "\(name)")
        }
    }

    @Test func plansyncsOwnPlanWritesChangeNothing() {
        let temporary = ".plansync-tmp.plan.md.Ab12Cd"
        let rename = [
            Self.event(IN_CREATE, temporary), Self.event(IN_CLOSE_WRITE, temporary),
            Self.event(IN_MOVED_FROM, temporary, cookie: 4), Self.event(IN_MOVED_TO, "plan.md", cookie: 4),
        ]
        #expect(Self.schedules(rename) == 0, "a rename into place must not trigger a regeneration")
        // RENAME_EXCHANGE: two renames, the second one taking plan.md out under the temporary name.
        let exchange = [
            Self.event(IN_MOVED_FROM, temporary, cookie: 5), Self.event(IN_MOVED_TO, "plan.md", cookie: 5),
            Self.event(IN_MOVED_FROM, "plan.md", cookie: 6), Self.event(IN_MOVED_TO, temporary, cookie: 6),
            Self.event(IN_DELETE, temporary),
        ]
        #expect(Self.schedules(exchange) == 0, "an exchange into place must not trigger a regeneration")
    }

    /// git unlinks and writes plan.md in the same burst as spec.md; an editor saves it in place or by
    /// rename: the folder's burst waits for it, so that the plan is judged on what it left.
    @Test func aPlanWrittenBySomeoneElseJoinsTheBurst() {
        let checkout = [
            Self.event(IN_DELETE, "plan.md"), Self.event(IN_CREATE, "plan.md"), Self.event(IN_MODIFY, "plan.md"),
            Self.event(IN_CLOSE_WRITE, "plan.md"),
        ]
        #expect(Self.schedules(checkout) == 4)
        let editor = [
            Self.event(IN_CREATE, ".plan.md.swx"), Self.event(IN_MOVED_FROM, "plan.md.tmp", cookie: 8),
            Self.event(IN_MOVED_TO, "plan.md", cookie: 8),
        ]
        #expect(Self.schedules(editor) == 1)
        #expect(
            WatchRouting.actions(for: Self.event(IN_CLOSE_WRITE, "plan.md"), in: Self.spec) == [
                .schedule(root: Self.root, folder: "001-a", trigger: .plan)
            ])
    }

    @Test func aDeletedPlanIsRegenerated() {
        let actions = WatchRouting.actions(for: Self.event(IN_DELETE, "plan.md"), in: Self.spec)
        #expect(actions == [.schedule(root: Self.root, folder: "001-a", trigger: .plan)])
    }

    @Test func specFoldersAppearAndGoInSpecs() {
        let specs = WatchedFolder.specs(Self.root)
        #expect(
            WatchRouting.actions(for: Self.event(IN_CREATE, "009-x", directory: true), in: specs) == [
                .watch(.spec(Self.root, "009-x"))
            ])
        #expect(
            WatchRouting.actions(for: Self.event(IN_MOVED_FROM, "009-x", cookie: 3, directory: true), in: specs)
                == [.movedAway(root: Self.root, folder: "009-x", cookie: 3)])
        #expect(
            WatchRouting.actions(for: Self.event(IN_MOVED_TO, "010-y", cookie: 3, directory: true), in: specs)
                == [.arrived(root: Self.root, folder: "010-y", cookie: 3)])
        #expect(
            WatchRouting.actions(for: Self.event(IN_DELETE, "009-x", directory: true), in: specs) == [
                .deleted(root: Self.root, folder: "009-x")
            ])
        // Not a plain folder (a file, or a link to a folder): a look at specs/ decides.
        #expect(
            WatchRouting.actions(for: Self.event(IN_CREATE, "notes.md"), in: specs) == [.checkFolders(root: Self.root)])
        #expect(WatchRouting.actions(for: Self.event(IN_DELETE, "notes.md"), in: specs).isEmpty)
        // A name that is not UTF-8 arrives decoded lossily: it cannot be watched by that name.
        #expect(
            WatchRouting.actions(for: Self.event(IN_CREATE, "001-caf\u{FFFD}", directory: true), in: specs) == [
                .checkFolders(root: Self.root)
            ])
    }

    @Test func theConstitutionFansOutAndItsFoldersAreFollowed() {
        let memory = WatchedFolder.memory(Self.root, "/p/.specify/memory")
        #expect(
            WatchRouting.actions(for: Self.event(IN_CLOSE_WRITE, "constitution.md"), in: memory) == [
                .constitutionChanged(root: Self.root)
            ])
        #expect(WatchRouting.actions(for: Self.event(IN_CLOSE_WRITE, "notes.md"), in: memory).isEmpty)
        #expect(
            WatchRouting.actions(for: Self.event(IN_CREATE, ".specify", directory: true), in: .root(Self.root)) == [
                .watch(.specify(Self.root))
            ])
        #expect(
            WatchRouting.actions(for: Self.event(IN_CREATE, "specs", directory: true), in: .root(Self.root)) == [
                .watch(.specs(Self.root))
            ])
        #expect(
            WatchRouting.actions(for: Self.event(IN_CREATE, "memory", directory: true), in: .specify(Self.root))
                == [.watch(.memory(Self.root, "/p/.specify/memory"))])
    }

    @Test func overflowAndUnknownWatchesRescan() {
        let overflow = InotifyEvent(wd: -1, mask: UInt32(bitPattern: IN_Q_OVERFLOW), cookie: 0, name: "")
        #expect(
            WatchRouting.actions(for: overflow, in: nil).first.map { if case .rescan = $0 { true } else { false } }
                == true)
        #expect(
            WatchRouting.actions(for: Self.event(IN_CLOSE_WRITE, "spec.md"), in: nil).first.map {
                if case .rescan = $0 { true } else { false }
            } == true)
        let ignored = InotifyEvent(wd: 12, mask: UInt32(bitPattern: IN_IGNORED), cookie: 0, name: "")
        #expect(
            WatchRouting.actions(for: ignored, in: nil) == [.forget(wd: 12)],
            "IN_IGNORED for a watch already forgotten is no reason to rescan")
    }

    @Test func aRecreatedFolderKeepsItsNewWatchWhenTheOldOneIsIgnored() {
        var table = WatchTable()
        table.insert(Self.spec, wd: 4)
        table.insert(Self.spec, wd: 9)
        #expect(table.remove(wd: 4) == nil)
        #expect(table[Self.spec] == 9)
        #expect(table.remove(wd: 9) == Self.spec)
        #expect(table[Self.spec] == nil)
    }
}
