import Testing

@testable import Watcher

/// Every deadline of the daemon's loop, with a clock moved by hand: no test here sleeps.
@Suite struct DeadlinesTests {
    static let a1 = SpecKey(root: "/a", folder: "001-one")
    static let a2 = SpecKey(root: "/a", folder: "002-two")
    static let b1 = SpecKey(root: "/b", folder: "001-one")

    static func keys(_ plans: [(item: DueItem, trigger: Trigger)]) -> [DueItem] { plans.map(\.item) }

    @Test func nothingPendingMeansNoDeadlineSoTheLoopBlocks() {
        var deadlines = Deadlines(quiet: 200, maxDelay: 2000)
        #expect(deadlines.next == nil, "an idle daemon must not be woken")
        deadlines.note(.plan(Self.a1), .spec, at: 0)
        deadlines.moves.movedAway(Self.a2, cookie: 7, at: 0)
        deadlines.rescan.request(reason: "overflow", at: 0)
        _ = deadlines.retries.failed(Self.b1, at: 0)
        #expect(deadlines.next == 0)
        _ = deadlines.takeHousekeeping(at: 1000, afterEvents: false)
        _ = deadlines.takePlans(at: 1000)
        #expect(deadlines.next == nil, "once everything due is taken, the loop must block again")
    }

    @Test func theNextDeadlineIsTheEarliestOfAll() {
        var deadlines = Deadlines(quiet: 200, maxDelay: 2000)
        deadlines.note(.plan(Self.a1), .spec, at: 1000)
        #expect(deadlines.next == 1200)
        deadlines.moves.movedAway(Self.a2, cookie: 7, at: 1050)
        #expect(deadlines.next == 1150)
        deadlines.watchdog = WatchdogSchedule(interval: 100, startingAt: 1000)
        #expect(deadlines.next == 1100)
        deadlines.missingRoots.add("/c", .removed)
        #expect(deadlines.next == 1100, "missing roots are looked for every 2 s from the last look (none yet: at 2000)")
        deadlines.rescan.request(reason: "overflow", at: 1010)
        #expect(deadlines.next == 1010)
    }

    @Test func aRenameWhoseOtherHalfNeverComesIsAMoveOutOfTheTree() {
        var deadlines = Deadlines(quiet: 200, maxDelay: 2000)
        deadlines.moves.movedAway(Self.a1, cookie: 1, at: 0)
        deadlines.moves.movedAway(Self.a2, cookie: 2, at: 10)
        #expect(deadlines.moves.arrived(cookie: 2) == Self.a2, "the other half came: a rename inside the tree")
        #expect(deadlines.takeHousekeeping(at: 99, afterEvents: false).expiredMoves.isEmpty)
        #expect(deadlines.takeHousekeeping(at: 100, afterEvents: false).expiredMoves == [Self.a1])
        #expect(deadlines.moves.isEmpty && deadlines.next == nil)
        #expect(deadlines.moves.arrived(cookie: 1) == nil, "a half that comes too late is a folder moved in")
    }

    @Test func rescansComeAtMostOnceASecondHoweverManyOverflows() {
        var deadlines = Deadlines(quiet: 200, maxDelay: 2000)
        deadlines.rescan.request(reason: "first", at: 0)
        #expect(deadlines.takeHousekeeping(at: 0, afterEvents: true).rescan == "first", "the first rescan is at once")
        for now in stride(from: Milliseconds(10), to: 500, by: 10) {
            deadlines.rescan.request(reason: "overflow at \(now)", at: now)
        }
        #expect(deadlines.next == 1000)
        #expect(deadlines.takeHousekeeping(at: 999, afterEvents: true).rescan == nil)
        #expect(
            deadlines.takeHousekeeping(at: 1000, afterEvents: false).rescan == "overflow at 10",
            "one rescan, for the first reason")
        #expect(
            deadlines.takeHousekeeping(at: 5000, afterEvents: false).rescan == nil,
            "the overflows were all served by one rescan")
        deadlines.rescan.request(reason: "later", at: 5000)
        #expect(deadlines.takeHousekeeping(at: 5000, afterEvents: false).rescan == "later")
    }

    @Test func missingRootsAreLookedForAfterEventsAndEveryTwoSeconds() {
        var deadlines = Deadlines(quiet: 200, maxDelay: 2000)
        #expect(
            !deadlines.takeHousekeeping(at: 0, afterEvents: true).lookForMissingRoots,
            "no root missing: nothing to look for")
        deadlines.missingRoots.add("/gone", .removed)
        #expect(!deadlines.takeHousekeeping(at: 500, afterEvents: false).lookForMissingRoots)
        #expect(
            deadlines.takeHousekeeping(at: 500, afterEvents: true).lookForMissingRoots,
            "a root may come back with any event")
        #expect(deadlines.takeHousekeeping(at: 2000, afterEvents: false).lookForMissingRoots)
        #expect(deadlines.missingRoots.takeReturned(at: 2000, folderAt: { _ in nil }).isEmpty)
        #expect(deadlines.next == 4000, "each look starts the next interval")
        #expect(
            deadlines.missingRoots.takeReturned(at: 4000, folderAt: { _ in FileIdentity(device: 1, inode: 2) }) == [
                "/gone"
            ])
        #expect(deadlines.next == nil, "with every root back, nothing wakes the daemon")
    }

    @Test func theWatchdogIsAnsweredEveryIntervalAndOnlyWhenAsked() {
        var deadlines = Deadlines(quiet: 200, maxDelay: 2000)
        var answers: [Milliseconds] = []
        for now in [Milliseconds(0), 1_000_000] where deadlines.takeWatchdog(at: now) { answers.append(now) }
        #expect(answers.isEmpty && deadlines.next == nil, "no WatchdogSec=, no wake-ups")
        deadlines.watchdog = WatchdogSchedule(interval: 500, startingAt: 0)
        for now in [Milliseconds(499), 500, 700, 999, 1000, 2300] where deadlines.takeWatchdog(at: now) {
            answers.append(now)
        }
        #expect(answers == [500, 1000, 2300], "once per interval, not at each call between the chunks of a batch")
        #expect(deadlines.next == 2800, "a late answer is not followed by a burst of catch-ups")
    }

    @Test func plansHeldBackForGitAreLookedAtAgainAfterAQuietWindow() {
        var deadlines = Deadlines(quiet: 200, maxDelay: 2000)
        deadlines.holdBack([(.plan(Self.a1), .spec), (.constitution(root: "/a"), .constitution)], at: 1000)
        #expect(deadlines.next == 1200)
        #expect(deadlines.takePlans(at: 1199).isEmpty)
        #expect(Self.keys(deadlines.takePlans(at: 1200)) == [.plan(Self.a1), .constitution(root: "/a")])
        #expect(deadlines.gitHoldBack.isEmpty && deadlines.next == nil)
    }

    @Test func aPlanHeldBackTwiceIsHeldOnceWithItsFirstTrigger() {
        var holdBack = GitHoldBack()
        holdBack.hold([(.plan(Self.a1), .plan)], at: 0, recheck: 200)
        holdBack.hold([(.plan(Self.a1), .spec), (.plan(Self.a2), .spec)], at: 300, recheck: 200)
        #expect(holdBack.nextDeadline() == 500, "holding more of a root back waits from the last time")
        let due = holdBack.takeDue(at: 500)
        #expect(due.map(\.item) == [.plan(Self.a1), .plan(Self.a2)] && due.map(\.trigger) == [.plan, .spec])
    }

    @Test func aRootWhoseLockIsFreeTakesItsHeldPlansAlong() {
        var holdBack = GitHoldBack()
        holdBack.hold([(.plan(Self.a1), .spec), (.plan(Self.b1), .spec)], at: 0, recheck: 200)
        #expect(holdBack.release("/a").map(\.item) == [.plan(Self.a1)])
        #expect(holdBack.release("/a").isEmpty, "released once")
        #expect(holdBack.takeDue(at: 200).map(\.item) == [.plan(Self.b1)], "another root still waits for its own look")
    }

    @Test func aDebounceOfZeroDoesNotTurnAHeldLockIntoABusyLoop() {
        var deadlines = Deadlines(quiet: 0, maxDelay: 0)
        deadlines.holdBack([(.plan(Self.a1), .spec)], at: 100)
        #expect(deadlines.next == 100 + GitHoldBack.shortestRecheck)
    }

    @Test func debouncedPlansComeFirstThenHeldBackOnesThenRetries() {
        var deadlines = Deadlines(quiet: 200, maxDelay: 2000)
        _ = deadlines.retries.failed(Self.b1, at: 0)
        deadlines.holdBack([(.plan(Self.a2), .dependency)], at: 800)
        deadlines.note(.plan(Self.a1), .spec, at: 800)
        let due = deadlines.takePlans(at: 1000)
        #expect(due.map(\.item) == [.plan(Self.a1), .plan(Self.a2), .plan(Self.b1)])
        #expect(due.map(\.trigger) == [.spec, .dependency, .retry])
        #expect(deadlines.next == nil, "a retry being made has no deadline until it says how it went")
    }

    @Test func shutdownTakesWhatIsDebouncedAndWhatIsHeldBack() {
        var deadlines = Deadlines(quiet: 10_000, maxDelay: 60_000)
        deadlines.note(.plan(Self.a1), .spec, at: 0)
        deadlines.holdBack([(.plan(Self.b1), .spec)], at: 0)
        #expect(
            Set(Self.keys(deadlines.takeAllPending())) == [.plan(Self.a1), .plan(Self.b1)],
            "a pending change was lost at shutdown")
        #expect(deadlines.next == nil)
    }

    @Test func forgettingAFolderDropsItsPendingChangesButNotItsRoots() {
        var deadlines = Deadlines(quiet: 200, maxDelay: 2000)
        deadlines.note(.plan(Self.a1), .spec, at: 0)
        deadlines.note(.constitution(root: "/a"), .constitution, at: 0)
        deadlines.holdBack([(.plan(Self.a1), .spec), (.plan(Self.a2), .spec)], at: 0)
        #expect(
            deadlines.pendingPlans.map(\.key).sorted { $0.folder < $1.folder } == [Self.a1, Self.a1, Self.a2],
            "the constitution is no spec folder")
        deadlines.forgetPending { $0 == .plan(Self.a1) }
        #expect(Self.keys(deadlines.takePlans(at: 200)) == [.constitution(root: "/a"), .plan(Self.a2)])
    }
}
