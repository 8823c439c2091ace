/// Plans held back while git holds its index lock (see `GitIndexLock`), per root: the root is
/// looked at again after a quiet window, and once the lock is gone its plans go ahead, with the
/// next batch of the root or on their own. Pure: the caller passes the time in and says when
/// the lock is free.
struct GitHoldBack {
    private struct Held {
        /// In the order they were held, each once with its first trigger.
        var items: [(item: DueItem, trigger: Trigger)] = []
        var due: Milliseconds = 0
    }

    /// The shortest wait between two looks at a lock, so that a `debounceMs` of 0 cannot turn
    /// a long checkout into a busy loop.
    static let shortestRecheck: Milliseconds = 10

    private var held: [String: Held] = [:]

    var isEmpty: Bool { held.isEmpty }

    /// Every plan held back, in no particular order.
    var items: [(item: DueItem, trigger: Trigger)] { held.values.flatMap(\.items) }

    /// Holds `items` back; their roots are looked at again `recheck` after `now` (at least
    /// `shortestRecheck`). An item held already keeps its place and first trigger.
    mutating func hold(_ items: [(item: DueItem, trigger: Trigger)], at now: Milliseconds, recheck: Milliseconds) {
        for (item, trigger) in items {
            var entry = held[item.root] ?? Held()
            if !entry.items.contains(where: { $0.item == item }) { entry.items.append((item, trigger)) }
            entry.due = now + max(recheck, GitHoldBack.shortestRecheck)
            held[item.root] = entry
        }
    }

    /// When the first root is to be looked at again; nil with nothing held.
    func nextDeadline() -> Milliseconds? {
        held.values.map(\.due).min()
    }

    /// Removes and returns the plans of the roots due at `now`, earliest root first: the caller
    /// looks at each lock again and holds back what must wait longer.
    mutating func takeDue(at now: Milliseconds) -> [(item: DueItem, trigger: Trigger)] {
        let due = held.filter { $0.value.due <= now }.sorted { ($0.value.due, $0.key) < ($1.value.due, $1.key) }
        for (root, _) in due { held[root] = nil }
        return due.flatMap(\.value.items)
    }

    /// Removes and returns the plans of `root`: its lock was found free, so they go ahead now.
    mutating func release(_ root: String) -> [(item: DueItem, trigger: Trigger)] {
        held.removeValue(forKey: root)?.items ?? []
    }

    mutating func forget(where predicate: (DueItem) -> Bool) {
        for root in held.keys {
            held[root]?.items.removeAll { predicate($0.item) }
            if held[root]?.items.isEmpty == true { held[root] = nil }
        }
    }
}
