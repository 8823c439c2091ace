/// When to rescan every root: an overflow or an event for an unknown watch asks for one, and
/// however many come, there is at most one pending and at most one every `interval`, since
/// each rescan reads every spec folder. Pure: the caller passes the time in.
struct RescanSchedule {
    struct Request: Equatable {
        /// Why, for the log: the first reason asked is kept.
        var reason: String
        var due: Milliseconds
    }

    static let interval: Milliseconds = 1000

    private(set) var request: Request?
    private var last: Milliseconds?

    /// Asks for a rescan: at once, unless one was made less than `interval` ago.
    mutating func request(reason: String, at now: Milliseconds) {
        guard request == nil else { return }
        request = Request(reason: reason, due: last.map { max(now, $0 + RescanSchedule.interval) } ?? now)
    }

    func nextDeadline() -> Milliseconds? { request?.due }

    /// The reason of the rescan due at `now`, if one is; it counts as made at `now`.
    mutating func takeDue(at now: Milliseconds) -> String? {
        guard let request, request.due <= now else { return nil }
        self.request = nil
        last = now
        return request.reason
    }
}
