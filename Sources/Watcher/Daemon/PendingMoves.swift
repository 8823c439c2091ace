/// Spec folders renamed away from `specs/`, each waiting for the IN_MOVED_TO with the same
/// cookie: a rename inside the watched tree sends both halves, a move out of it only the first.
/// The kernel queues both halves together, so a first half still alone after `pairingWindow`
/// was a move out. Pure: the caller passes the time in.
struct PendingMoves {
    struct Move: Equatable {
        var key: SpecKey
        var at: Milliseconds
    }

    static let pairingWindow: Milliseconds = 100

    private var moves: [UInt32: Move] = [:]

    var isEmpty: Bool { moves.isEmpty }

    mutating func movedAway(_ key: SpecKey, cookie: UInt32, at now: Milliseconds) {
        moves[cookie] = Move(key: key, at: now)
    }

    /// The folder the other half of this rename came from, if it was one of ours and is still
    /// waiting; it waits no more.
    mutating func arrived(cookie: UInt32) -> SpecKey? {
        moves.removeValue(forKey: cookie)?.key
    }

    /// When the oldest move stops waiting; nil with none pending.
    func nextDeadline() -> Milliseconds? {
        moves.values.map { $0.at + PendingMoves.pairingWindow }.min()
    }

    /// Removes and returns the folders whose other half did not come in time, oldest first.
    mutating func takeExpired(at now: Milliseconds) -> [SpecKey] {
        let expired = moves.filter { $0.value.at + PendingMoves.pairingWindow <= now }.sorted {
            ($0.value.at, $0.key) < ($1.value.at, $1.key)
        }
        for (cookie, _) in expired { moves[cookie] = nil }
        return expired.map(\.value.key)
    }
}
