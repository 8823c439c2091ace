/// Waits for a burst of saves to settle, per spec folder: a folder is due once it has been quiet
/// for `quiet` milliseconds, and at the latest `maxDelay` after its first change, so that a
/// stream of autosaves cannot starve it.
///
/// Keys can belong to a group (the spec folders of one root): a change anywhere in the group
/// holds back every pending key of it, so that a burst that spans many folders (a `git
/// checkout`, a rebase) is handled once it is over, on the final state, and not folder by folder
/// while half of it is written. `maxDelay` still bounds the wait.
///
/// Pure: the caller passes the time in, so tests move the clock by hand and never sleep.
struct Debouncer<Key: Hashable> {
    struct Pending {
        var first: Milliseconds
        var last: Milliseconds
        /// What caused the change; the first reason is kept (`spec.md` before `dependency`), but
        /// `spec.md` outranks `plan.md`: a plan deleted in a burst that changed its spec comes back.
        var trigger: Trigger
    }

    var quiet: Milliseconds
    var maxDelay: Milliseconds
    private(set) var pending: [Key: Pending] = [:]
    /// The group of a key; nil: every key is debounced on its own.
    private let group: ((Key) -> String)?
    /// The last change in each group.
    private var lastInGroup: [String: Milliseconds] = [:]

    init(quiet: Milliseconds, maxDelay: Milliseconds, group: ((Key) -> String)? = nil) {
        self.quiet = quiet
        self.maxDelay = maxDelay
        self.group = group
    }

    var isEmpty: Bool { pending.isEmpty }

    /// Records a change of `key` at `now`.
    mutating func note(_ key: Key, trigger: Trigger, at now: Milliseconds) {
        if let group { lastInGroup[group(key)] = now }
        if var entry = pending[key] {
            entry.last = now
            if entry.trigger == .plan, trigger == .spec { entry.trigger = .spec }
            pending[key] = entry
        } else {
            pending[key] = Pending(first: now, last: now, trigger: trigger)
        }
    }

    private func deadline(of key: Key, _ entry: Pending) -> Milliseconds {
        let last = group.flatMap { lastInGroup[$0(key)] }.map { max($0, entry.last) } ?? entry.last
        return min(last + quiet, entry.first + maxDelay)
    }

    /// The earliest time a key falls due; nil when nothing is pending, so the caller can wait forever.
    func nextDeadline() -> Milliseconds? {
        pending.map { deadline(of: $0.key, $0.value) }.min()
    }

    /// Removes and returns the keys due at `now`, oldest first.
    mutating func takeDue(at now: Milliseconds) -> [(key: Key, trigger: Trigger)] {
        let due = pending.filter { deadline(of: $0.key, $0.value) <= now }.sorted { $0.value.first < $1.value.first }
        for (key, _) in due { pending[key] = nil }
        return due.map { (key: $0.key, trigger: $0.value.trigger) }
    }

    /// Removes and returns every pending key (shutdown: write what is pending).
    mutating func takeAll() -> [(key: Key, trigger: Trigger)] {
        let all = pending.sorted { $0.value.first < $1.value.first }.map { (key: $0.key, trigger: $0.value.trigger) }
        pending = [:]
        return all
    }

    mutating func forget(where predicate: (Key) -> Bool) {
        pending = pending.filter { !predicate($0.key) }
    }
}
