/// Plans whose write failed for a reason that goes away without the spec changing (a full disk
/// or quota, a folder or file system that is read-only for now), tried again after 1 s, 2 s,
/// 4 s… and then every minute, per spec folder, until the write goes through.
///
/// A streak of failures is worth two log lines, its first failure and its end, not one per try.
/// Nothing pending means no deadline, so the daemon is not woken for it. Pure: the caller
/// passes the time in, so tests move the clock by hand.
struct WriteRetries<Key: Hashable> {
    struct Streak: Equatable {
        var failures: Int
        /// Nil while the retry is being made.
        var due: Milliseconds?
    }

    static var firstDelay: Milliseconds { 1000 }
    static var longestDelay: Milliseconds { 60_000 }

    /// The errors a later try can get past: space freed, permissions or a mount changed back.
    static func isRetryable(_ error: Errno) -> Bool {
        [.noSpace, .quotaExceeded, .permissionDenied, .notPermitted, .readOnlyFileSystem].contains(error)
    }

    private(set) var streaks: [Key: Streak] = [:]

    var isEmpty: Bool { streaks.isEmpty }

    /// Records a failed write and schedules the next try; returns whether this failure starts a
    /// streak (the one to log) and the delay until the next try.
    mutating func failed(_ key: Key, at now: Milliseconds) -> (first: Bool, delay: Milliseconds) {
        var streak = streaks[key] ?? Streak(failures: 0)
        streak.failures += 1
        let delay = min(WriteRetries.longestDelay, WriteRetries.firstDelay << min(streak.failures - 1, 16))
        streak.due = now + delay
        streaks[key] = streak
        return (streak.failures == 1, delay)
    }

    /// Ends the streak of `key` (written, or no longer to be written); returns the failures it
    /// counted, nil when there was none.
    mutating func ended(_ key: Key) -> Int? {
        streaks.removeValue(forKey: key)?.failures
    }

    func nextDeadline() -> Milliseconds? {
        streaks.values.compactMap(\.due).min()
    }

    /// The keys whose next try is due at `now`, earliest first; each stays in its streak until
    /// `failed` or `ended` says how the try went.
    mutating func takeDue(at now: Milliseconds) -> [Key] {
        let due = streaks.compactMap { key, streak in streak.due.flatMap { $0 <= now ? (key, $0) : nil } }.sorted {
            $0.1 < $1.1
        }
        for (key, _) in due { streaks[key]?.due = nil }
        return due.map(\.0)
    }

    mutating func forget(where predicate: (Key) -> Bool) {
        streaks = streaks.filter { !predicate($0.key) }
    }
}
