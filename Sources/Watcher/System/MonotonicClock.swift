import Glibc

/// Milliseconds on a monotonic clock: only differences mean anything.
typealias Milliseconds = Int64

/// The monotonic clock, in milliseconds.
enum MonotonicClock {
    static func now() -> Milliseconds {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return Milliseconds(ts.tv_sec) * 1000 + Milliseconds(ts.tv_nsec) / 1_000_000
    }

    /// The same clock in microseconds, as systemd's `MONOTONIC_USEC` wants it.
    static func microseconds() -> Int64 {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return Int64(ts.tv_sec) * 1_000_000 + Int64(ts.tv_nsec) / 1000
    }
}
