import Glibc

/// Nanoseconds on the monotonic clock.
func monotonicNanos() -> UInt64 {
    var ts = timespec()
    clock_gettime(CLOCK_MONOTONIC, &ts)
    return UInt64(ts.tv_sec) * 1_000_000_000 + UInt64(ts.tv_nsec)
}

/// A set of timings and the figures BENCHMARKS.md reports for it.
struct Sample {
    var values: [Double]

    var sorted: [Double] { values.sorted() }
    var min: Double { sorted.first ?? 0 }
    var max: Double { sorted.last ?? 0 }
    var median: Double { percentile(50) }
    var p99: Double { percentile(99) }

    /// Nearest-rank percentile.
    func percentile(_ p: Double) -> Double {
        let s = sorted
        guard !s.isEmpty else { return 0 }
        let rank = Int((p / 100 * Double(s.count)).rounded(.up))
        return s[Swift.max(0, Swift.min(s.count - 1, rank - 1))]
    }
}

/// `1.23 ms`, `456 µs`, `2.1 s`.
func duration(_ milliseconds: Double) -> String {
    if milliseconds >= 1000 { return format(milliseconds / 1000, 2) + " s" }
    if milliseconds >= 1 { return format(milliseconds, 2) + " ms" }
    return format(milliseconds * 1000, 0) + " µs"
}

func format(_ value: Double, _ decimals: Int) -> String {
    var factor = 1.0
    for _ in 0..<decimals { factor *= 10 }
    let rounded = (value * factor).rounded() / factor
    var text = "\(rounded)"
    if decimals == 0, text.hasSuffix(".0") { text.removeLast(2) }
    if let dot = text.firstIndex(of: "."), decimals > 0 {
        let places = text.distance(from: dot, to: text.endIndex) - 1
        if places < decimals { text += String(repeating: "0", count: decimals - places) }
    }
    return text
}
