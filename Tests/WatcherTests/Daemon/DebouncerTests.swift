import Testing

@testable import Watcher

/// The debounce rules with a clock moved by hand: no test here sleeps.
@Suite struct DebouncerTests {
    @Test func aFolderIsDueOnceQuietForTheDebounce() {
        var debouncer = Debouncer<String>(quiet: 200, maxDelay: 2000)
        debouncer.note("a", trigger: .spec, at: 1000)
        #expect(debouncer.nextDeadline() == 1200)
        #expect(debouncer.takeDue(at: 1199).isEmpty)
        #expect(debouncer.takeDue(at: 1200).map(\.key) == ["a"])
        #expect(
            debouncer.isEmpty && debouncer.nextDeadline() == nil,
            "nothing pending must mean no deadline, so the loop can block")
    }

    @Test func eachChangeRestartsTheQuietWindow() {
        var debouncer = Debouncer<String>(quiet: 200, maxDelay: 2000)
        debouncer.note("a", trigger: .spec, at: 0)
        debouncer.note("a", trigger: .spec, at: 150)
        #expect(debouncer.takeDue(at: 200).isEmpty)
        #expect(debouncer.takeDue(at: 350).map(\.key) == ["a"])
    }

    @Test func aStreamOfAutosavesCannotStarveTheFolder() {
        var debouncer = Debouncer<String>(quiet: 200, maxDelay: 2000)
        var due: [Milliseconds] = []
        for now in stride(from: Milliseconds(0), through: 5000, by: 100) {
            debouncer.note("a", trigger: .spec, at: now)
            if !debouncer.takeDue(at: now).isEmpty { due.append(now) }
        }
        #expect(due == [2000, 4100], "regeneration must happen at most maxDelay after the first change")
    }

    @Test func foldersAreDebouncedIndependentlyAndKeepTheirFirstTrigger() {
        var debouncer = Debouncer<String>(quiet: 200, maxDelay: 2000)
        debouncer.note("a", trigger: .dependency, at: 0)
        debouncer.note("b", trigger: .spec, at: 100)
        debouncer.note("a", trigger: .spec, at: 50)
        let first = debouncer.takeDue(at: 250)
        #expect(first.map(\.key) == ["a"] && first.map(\.trigger) == [.dependency])
        #expect(debouncer.takeDue(at: 300).map(\.key) == ["b"])
    }

    /// plan.md deleted and spec.md saved in one burst (a checkout): the spec changed, so the plan
    /// comes back; a deleted plan alone would stay deleted.
    @Test func aSpecChangeOutranksAPlanChangeInOneBurst() {
        var debouncer = Debouncer<String>(quiet: 200, maxDelay: 2000)
        debouncer.note("a", trigger: .plan, at: 0)
        debouncer.note("a", trigger: .spec, at: 50)
        debouncer.note("a", trigger: .plan, at: 60)
        #expect(debouncer.takeDue(at: 260).map(\.trigger) == [.spec])
    }

    /// A checkout writes folder after folder: none is due until the whole root has been quiet,
    /// so the plans are judged on the final state; another root goes on as before.
    @Test func aBurstAcrossTheFoldersOfARootIsHandledOnceItIsOver() {
        var debouncer = Debouncer<String>(
            quiet: 200, maxDelay: 2000, group: { String($0.prefix(while: { $0 != "/" })) })
        debouncer.note("a/001", trigger: .spec, at: 0)
        debouncer.note("b/001", trigger: .spec, at: 0)
        for (index, now) in stride(from: Milliseconds(100), through: 1000, by: 100).enumerated() {
            debouncer.note("a/\(index + 2)", trigger: .spec, at: now)
        }
        #expect(debouncer.takeDue(at: 200).map(\.key) == ["b/001"], "another root must not wait")
        #expect(debouncer.takeDue(at: 1199).isEmpty, "a folder of a root still changing must wait")
        #expect(debouncer.takeDue(at: 1200).count == 11)
        debouncer.note("a/001", trigger: .spec, at: 3000)
        for now in stride(from: Milliseconds(3100), through: 6000, by: 100) {
            debouncer.note("a/002", trigger: .spec, at: now)
        }
        #expect(
            debouncer.takeDue(at: 4999).isEmpty && debouncer.takeDue(at: 5000).map(\.key) == ["a/001"],
            "maxDelay still bounds the wait")
    }

    @Test func shutdownTakesEverythingPendingOldestFirst() {
        var debouncer = Debouncer<String>(quiet: 200, maxDelay: 2000)
        debouncer.note("b", trigger: .spec, at: 10)
        debouncer.note("a", trigger: .spec, at: 20)
        #expect(debouncer.takeAll().map(\.key) == ["b", "a"])
        #expect(debouncer.isEmpty)
    }

    @Test func aChangeDuringARegenerationCausesExactlyOneMore() {
        var debouncer = Debouncer<String>(quiet: 200, maxDelay: 2000)
        debouncer.note("a", trigger: .spec, at: 0)
        #expect(debouncer.takeDue(at: 200).count == 1)
        // Three saves land while the plan is being written.
        for now in [Milliseconds(201), 202, 203] { debouncer.note("a", trigger: .spec, at: now) }
        #expect(debouncer.takeDue(at: 403).count == 1)
        #expect(debouncer.isEmpty)
    }
}
