/// Every deadline of the daemon's loop in one value: poll(2) waits for the earliest and blocks
/// when there is none, so an idle daemon is never woken, and each rule is tested with a clock
/// moved by hand. Pure: the caller passes the time in, and does the work that falls due.
struct Deadlines {
    /// Spec folders and constitutions changed, waiting for their root to be quiet.
    var debouncer: Debouncer<DueItem>
    /// Plans that fell due while git held its index lock, waiting for it to be let go.
    var gitHoldBack = GitHoldBack()
    /// Plans whose write failed for want of room or permission, tried again later.
    var retries = WriteRetries<SpecKey>()
    /// Spec folders renamed away, waiting for the other half of the rename.
    var moves = PendingMoves()
    /// An overflow or an unknown watch: every root rescanned, at most once a second.
    var rescan = RescanSchedule()
    /// Roots gone or absent, looked for every few seconds.
    var missingRoots = MissingRoots()
    /// systemd's watchdog, when the unit sets `WatchdogSec=`.
    var watchdog: WatchdogSchedule?
    /// The rounds of polling, while any root is polled.
    var poll = PollSchedule(interval: 1000)

    /// The housekeeping due at a moment, in the order the loop does it, before the plans.
    struct Housekeeping: Equatable {
        /// Spec folders moved out of the watched tree: unwatched and forgotten.
        var expiredMoves: [SpecKey] = []
        /// The reason of the rescan due, if one is.
        var rescan: String?
        /// Whether to look for the missing roots (that look starts their next interval).
        var lookForMissingRoots = false
        /// Whether to look at the polled roots.
        var poll = false
    }

    init(quiet: Milliseconds, maxDelay: Milliseconds) {
        debouncer = Debouncer(quiet: quiet, maxDelay: maxDelay, group: \.root)
    }

    /// The earliest deadline; nil when nothing waits for time.
    var next: Milliseconds? {
        [
            debouncer.nextDeadline(), gitHoldBack.nextDeadline(), retries.nextDeadline(), moves.nextDeadline(),
            rescan.nextDeadline(), missingRoots.nextDeadline(), watchdog?.next, poll.next,
        ].compactMap { $0 }.min()
    }

    /// Records a change of `item`: due once its root has been quiet (see `Debouncer`).
    mutating func note(_ item: DueItem, _ trigger: Trigger, at now: Milliseconds) {
        debouncer.note(item, trigger: trigger, at: now)
    }

    /// Holds back plans of roots where git holds its lock: looked at again after a quiet window.
    mutating func holdBack(_ items: [(item: DueItem, trigger: Trigger)], at now: Milliseconds) {
        gitHoldBack.hold(items, at: now, recheck: debouncer.quiet)
    }

    /// Drops what waits for a change (debounced or held back), not the write retries.
    mutating func forgetPending(where predicate: (DueItem) -> Bool) {
        debouncer.forget(where: predicate)
        gitHoldBack.forget(where: predicate)
    }

    /// Moves that expired, the rescan, whether to look for missing roots (at their interval, and
    /// after any event: a root may come back with it), and whether a round of polling is due.
    mutating func takeHousekeeping(at now: Milliseconds, afterEvents: Bool) -> Housekeeping {
        let lookForRoots = missingRoots.nextDeadline().map { afterEvents || $0 <= now } ?? false
        return Housekeeping(
            expiredMoves: moves.takeExpired(at: now), rescan: rescan.takeDue(at: now),
            lookForMissingRoots: lookForRoots,
            poll: poll.takeDue(at: now))
    }

    /// Whether systemd's watchdog is to be answered at `now`; the next answer is then scheduled.
    mutating func takeWatchdog(at now: Milliseconds) -> Bool {
        watchdog?.takeDue(at: now) ?? false
    }

    /// The plans due at `now`: the debounced ones (oldest change first), those held back for
    /// git whose root is to be looked at again, and the write retries (earliest first).
    mutating func takePlans(at now: Milliseconds) -> [(item: DueItem, trigger: Trigger)] {
        debouncer.takeDue(at: now).map { (item: $0.key, trigger: $0.trigger) } + gitHoldBack.takeDue(at: now)
            + retries.takeDue(at: now).map { (item: .plan($0), trigger: .retry) }
    }

    /// Everything waiting for a change, debounced or held back: shutdown writes it.
    mutating func takeAllPending() -> [(item: DueItem, trigger: Trigger)] {
        let held = gitHoldBack.items
        gitHoldBack.forget { _ in true }
        return debouncer.takeAll().map { (item: $0.key, trigger: $0.trigger) } + held
    }

    /// The spec folders waiting for a change, debounced or held back, with their triggers.
    var pendingPlans: [(key: SpecKey, trigger: Trigger)] {
        let items = debouncer.pending.map { (item: $0.key, trigger: $0.value.trigger) } + gitHoldBack.items
        return items.compactMap { entry in entry.item.specKey.map { (key: $0, trigger: entry.trigger) } }
    }
}
