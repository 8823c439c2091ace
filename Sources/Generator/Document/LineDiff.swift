/// Which lines of an old and a new text are removed and inserted: the line diff behind the
/// change summary of every save and `plansync diff`.
///
/// Myers' algorithm finds a shortest edit script in time proportional to the lines times the
/// number of edits: instant for a save that changes a few lines, but quadratic when a 12,000-line
/// plan changes throughout (the standard library's `difference(from:)` took seconds there, and
/// the daemon diffs on every save). So Myers runs with a bounded number of edits; when a part
/// of the texts needs more, it is split at the lines that occur exactly once in both old and
/// new (the patience diff's anchors, in order by a longest increasing subsequence) and each
/// piece is diffed again; a piece with no such line that Myers cannot finish is replaced whole.
/// The result is always a correct script, the shortest one whenever the texts differ in a few
/// hundred lines or fewer, and the work stays within a constant times the size of the texts.
struct LineDiff {
    /// `removed[i]`: line i of the old text is not in the new one.
    private(set) var removed: [Bool]
    /// `inserted[j]`: line j of the new text is not in the old one.
    private(set) var inserted: [Bool]
    /// The work done: diagonals and snake steps in Myers, lines looked at when anchoring. The
    /// tests bound it; it is not a timing.
    private(set) var steps = 0

    private let old: [Int]
    private let new: [Int]
    /// Edits Myers may spend on a piece of `size` lines: every edit costs up to `size` steps.
    private static func editLimit(size: Int) -> Int { Swift.max(256, 1_000_000 / Swift.max(size, 1)) }
    /// How many times a piece may be split at anchors before an unfinished piece is replaced whole.
    private static let maximumDepth = 8

    var removedCount: Int { removed.reduce(0) { $0 + ($1 ? 1 : 0) } }
    var insertedCount: Int { inserted.reduce(0) { $0 + ($1 ? 1 : 0) } }

    init(old oldLines: [String], new newLines: [String]) {
        // Lines become numbers once, so that every comparison after this is of two integers.
        var numbers: [String: Int] = [:]
        func number(_ line: String) -> Int {
            if let known = numbers[line] { return known }
            numbers[line] = numbers.count
            return numbers.count - 1
        }
        old = oldLines.map(number)
        new = newLines.map(number)
        removed = Array(repeating: false, count: old.count)
        inserted = Array(repeating: false, count: new.count)
        steps = old.count + new.count
        solve(0..<old.count, 0..<new.count, depth: 0)
    }

    private mutating func solve(_ a: Range<Int>, _ b: Range<Int>, depth: Int) {
        var (a, b) = (a, b)
        while !a.isEmpty, !b.isEmpty, old[a.lowerBound] == new[b.lowerBound] {
            a = a.dropFirst()
            b = b.dropFirst()
            steps += 1
        }
        while !a.isEmpty, !b.isEmpty, old[a.upperBound - 1] == new[b.upperBound - 1] {
            a = a.dropLast()
            b = b.dropLast()
            steps += 1
        }
        if a.isEmpty || b.isEmpty {
            replace(a, b)
            return
        }
        if myers(a, b, limit: Self.editLimit(size: a.count + b.count)) { return }
        let anchors = depth < Self.maximumDepth ? uniqueCommonLines(a, b) : []
        guard !anchors.isEmpty else {
            replace(a, b)
            return
        }
        var (i, j) = (a.lowerBound, b.lowerBound)
        for (anchorI, anchorJ) in anchors {
            solve(i..<anchorI, j..<anchorJ, depth: depth + 1)
            (i, j) = (anchorI + 1, anchorJ + 1)
        }
        solve(i..<a.upperBound, j..<b.upperBound, depth: depth + 1)
    }

    /// Every line of `a` removed, every line of `b` inserted.
    private mutating func replace(_ a: Range<Int>, _ b: Range<Int>) {
        for i in a { removed[i] = true }
        for j in b { inserted[j] = true }
        steps += a.count + b.count
    }

    /// Myers' greedy forward search for a shortest script of at most `limit` edits; marks it and
    /// returns true, or returns false having marked nothing.
    private mutating func myers(_ a: Range<Int>, _ b: Range<Int>, limit: Int) -> Bool {
        let (n, m) = (a.count, b.count)
        let maxD = Swift.min(n + m, limit)
        let offset = maxD + 1
        var v = [Int](repeating: 0, count: 2 * maxD + 3)
        // After each round d, v on the diagonals -d...d, one round after another.
        var trace: [Int] = []
        for d in 0...maxD {
            for k in stride(from: -d, through: d, by: 2) {
                var x =
                    k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1])
                    ? v[offset + k + 1] : v[offset + k - 1] + 1
                var y = x - k
                while x < n, y < m, old[a.lowerBound + x] == new[b.lowerBound + y] {
                    x += 1
                    y += 1
                    steps += 1
                }
                v[offset + k] = x
                steps += 1
                if x >= n, y >= m {
                    trace += v[(offset - d)...(offset + d)]
                    markScript(a, b, trace: trace, rounds: d)
                    return true
                }
            }
            trace += v[(offset - d)...(offset + d)]
        }
        return false
    }

    /// Walks the rounds back from the end of both ranges, marking each edit.
    private mutating func markScript(_ a: Range<Int>, _ b: Range<Int>, trace: [Int], rounds: Int) {
        // Round d starts at d * d in `trace` and holds diagonals -d...d.
        func value(_ d: Int, _ k: Int) -> Int { trace[d * d + k + d] }
        var (x, y) = (a.count, b.count)
        var d = rounds
        while d > 0 {
            let k = x - y
            let down = k == -d || (k != d && value(d - 1, k - 1) < value(d - 1, k + 1))
            let previousK = down ? k + 1 : k - 1
            let previousX = value(d - 1, previousK)
            let previousY = previousX - previousK
            if down { inserted[b.lowerBound + previousY] = true } else { removed[a.lowerBound + previousX] = true }
            (x, y) = (previousX, previousY)
            d -= 1
        }
    }

    /// Pairs of positions of the lines that occur exactly once in each range, the longest run of
    /// them in the same order in both (patience sorting, n log n).
    private mutating func uniqueCommonLines(_ a: Range<Int>, _ b: Range<Int>) -> [(Int, Int)] {
        var inOld: [Int: Int] = [:]  // line -> position, or -1 when it occurs more than once
        for i in a { inOld[old[i]] = inOld[old[i]] == nil ? i : -1 }
        var inNew: [Int: Int] = [:]
        for j in b { inNew[new[j]] = inNew[new[j]] == nil ? j : -1 }
        steps += a.count + b.count
        let pairs = a.compactMap { i -> (Int, Int)? in
            guard inOld[old[i]] == i, let j = inNew[old[i]], j >= 0 else { return nil }
            return (i, j)
        }
        // tails[k]: the pair ending the best increasing run of length k + 1 found so far.
        var tails: [Int] = []
        var previous = Array(repeating: -1, count: pairs.count)
        for (index, pair) in pairs.enumerated() {
            var (low, high) = (0, tails.count)
            while low < high {
                let middle = (low + high) / 2
                if pairs[tails[middle]].1 < pair.1 { low = middle + 1 } else { high = middle }
                steps += 1
            }
            if low > 0 { previous[index] = tails[low - 1] }
            if low == tails.count { tails.append(index) } else { tails[low] = index }
        }
        var run: [(Int, Int)] = []
        var index = tails.last ?? -1
        while index >= 0 {
            run.append(pairs[index])
            index = previous[index]
        }
        return run.reversed()
    }
}
