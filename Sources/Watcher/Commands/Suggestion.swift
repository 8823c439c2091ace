/// "Did you mean …?" for a mistyped command or option: the known word nearest to what was typed,
/// when it is near enough to be the one meant (git's and cargo's manners).
enum Suggestion {
    /// The candidate closest to `typed`, or nil when none is close: within a third of the typed
    /// length in edits (at least one), or the only candidate that `typed` begins. Case is
    /// compared last, so that `-v` finds `-V` before `-h`.
    static func closest(to typed: String, among candidates: [String]) -> String? {
        let folded = typed.lowercased()
        let prefixed = candidates.filter { $0.lowercased().hasPrefix(folded) && folded.count >= 2 }
        if prefixed.count == 1 { return prefixed[0] }
        let limit = max(1, typed.count / 3)
        let ranked = candidates.map { candidate in
            (candidate, distance(folded, candidate.lowercased()), distance(typed, candidate))
        }
        .filter { $0.1 <= limit }
        .sorted { ($0.1, $0.2) < ($1.1, $1.2) }
        return ranked.first?.0
    }

    /// "; did you mean 'X'?", or nothing when no candidate is close.
    static func phrase(for typed: String, among candidates: [String]) -> String {
        closest(to: typed, among: candidates).map { "; did you mean '\($0)'?" } ?? ""
    }

    /// Edits (insert, delete, replace, swap two neighbours) that turn `a` into `b`.
    static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a)
        let b = Array(b)
        if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
        var previous2 = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + [Int](repeating: 0, count: b.count)
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    current[j] = min(current[j], previous2[j - 2] + 1)
                }
            }
            previous2 = previous
            previous = current
        }
        return previous[b.count]
    }
}
