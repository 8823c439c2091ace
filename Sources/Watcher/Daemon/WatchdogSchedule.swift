/// When systemd's watchdog wants its next WATCHDOG=1: every `interval` (half the unit's
/// `WatchdogSec=`, see `SystemdNotifier.watchdogInterval`). Pure: the caller passes the time in.
struct WatchdogSchedule {
    let interval: Milliseconds
    private(set) var next: Milliseconds

    init(interval: Milliseconds, startingAt now: Milliseconds) {
        self.interval = interval
        next = now + interval
    }

    /// True once the next answer is due at `now`; the one after is then `interval` later.
    mutating func takeDue(at now: Milliseconds) -> Bool {
        guard next <= now else { return false }
        next = now + interval
        return true
    }
}
