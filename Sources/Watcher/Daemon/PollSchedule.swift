/// When polled roots are looked at next: every `interval` while any root is polled, and never
/// otherwise, so that a daemon with no polled root is not woken. Pure: the caller passes the time.
struct PollSchedule {
    var interval: Milliseconds
    private(set) var next: Milliseconds?

    init(interval: Milliseconds) { self.interval = interval }

    /// Starts the rounds, the first one `interval` from `now`; a schedule running goes on as it is.
    mutating func start(at now: Milliseconds) {
        if next == nil { next = now + interval }
    }

    mutating func stop() { next = nil }

    /// Whether a round is due at `now`; the next one is then `interval` after the one due (or
    /// after `now`, when a long batch made the loop late: rounds are not made up for).
    mutating func takeDue(at now: Milliseconds) -> Bool {
        guard let due = next, due <= now else { return false }
        next = due + interval > now ? due + interval : now + interval
        return true
    }
}
