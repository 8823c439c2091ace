import Testing

@testable import Watcher

/// What the daemon remembers of each plan: a takeover is said once, a deleted plan stays
/// deleted until its spec changes. Pure: the disk is a closure here.
@Suite struct PlanOwnershipTests {
    static let key = SpecKey(root: "/p", folder: "001-a")

    @Test func aManagedPlanRewrittenByAnotherToolIsATakeoverOnce() {
        var ownership = PlanOwnership()
        #expect(ownership.observe(Self.key, .unchanged, author: .unknown) == .none)
        #expect(ownership.observe(Self.key, .skippedUserWritten, author: .specKit) == .takenOver(.specKit))
        #expect(ownership.statusNote == "specs/001-a/plan.md rewritten by Spec Kit's /speckit.plan, no longer synced")
        #expect(
            ownership.observe(Self.key, .skippedUserWritten, author: .specKit) == .none,
            "the next save of the spec must not warn again")
        #expect(ownership.statusNote != nil, "the STATUS line keeps saying it")
        _ = ownership.observe(Self.key, .written(created: false), author: .unknown)
        #expect(ownership.statusNote == nil, "handed back to plansync (generate --force): no longer said")
    }

    @Test func aPlanNeverManagedIsNoTakeover() {
        var ownership = PlanOwnership()
        #expect(ownership.observe(Self.key, .skippedUserWritten, author: .specKit) == .none)
        #expect(ownership.statusNote == nil)
    }

    @Test func aDeletedPlanStaysDeletedUntilItsSpecChanges() {
        var ownership = PlanOwnership()
        _ = ownership.observe(Self.key, .unchanged, author: .unknown)
        #expect(ownership.admit(Self.key, trigger: .plan) { false } == .deletedNow)
        for trigger in [Trigger.plan, .constitution, .dependency, .rescan, .reload, .retry] {
            #expect(ownership.admit(Self.key, trigger: trigger) { false } == .stillDeleted, "\(trigger)")
        }
        #expect(ownership.admit(Self.key, trigger: .spec) { false } == .write)
        #expect(ownership.deleted.isEmpty)
    }

    @Test func aPlanReplacedByRenameOrCheckoutIsNotDeleted() {
        var ownership = PlanOwnership()
        #expect(ownership.admit(Self.key, trigger: .plan) { true } == .write)
        _ = ownership.admit(Self.key, trigger: .plan) { false }
        #expect(ownership.admit(Self.key, trigger: .plan) { true } == .write, "written again by someone: served")
        #expect(ownership.deleted.isEmpty)
    }

    @Test func aMissingPlanIsWrittenWhenNotDeletedWhileRunning() {
        var ownership = PlanOwnership()
        var asked = false
        for trigger in [Trigger.startup, .constitution, .rescan, .spec] {
            #expect(
                ownership.admit(Self.key, trigger: trigger) {
                    asked = true
                    return false
                } == .write)
        }
        #expect(!asked, "no stat when the answer cannot change the decision")
    }

    @Test func aDeletedPlanIsNoLongerTakenOver() {
        var ownership = PlanOwnership()
        _ = ownership.observe(Self.key, .unchanged, author: .unknown)
        _ = ownership.observe(Self.key, .skippedUserWritten, author: .unknown)
        _ = ownership.admit(Self.key, trigger: .plan) { false }
        #expect(ownership.statusNote == nil)
        #expect(
            ownership.observe(Self.key, .skippedUserWritten, author: .specKit) == .none,
            "deleting it first hands it over quietly")
    }

    @Test func forgettingAFolderForgetsEverything() {
        var ownership = PlanOwnership()
        _ = ownership.observe(Self.key, .unchanged, author: .unknown)
        _ = ownership.observe(Self.key, .skippedUserWritten, author: .unknown)
        ownership.forget { $0.root == "/p" }
        #expect(ownership.managed.isEmpty && ownership.statusNote == nil)
    }
}
