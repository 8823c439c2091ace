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
}
