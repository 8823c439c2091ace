import Glibc

/// `plansync run`: watches the spec folders of every root and keeps their plans in sync.
///
/// One thread, one blocking poll(2) on the inotify and signal descriptors, with a timeout only
/// while a debounce, a rename pairing or a rescan is pending: idle means no wake-ups at all.
/// Everything below "this folder is due" is the same code path as `plansync generate`.
final class Daemon {
    struct SpecKey: Hashable {
        var root: String
        /// The spec folder's name; empty for the root's constitution.
        var folder: String
    }

    struct Project {
        var project: SpecProject
        var context: ProjectContext
        /// Feature numbers each spec names, to regenerate dependents when a title changes.
        var references: [String: [String]] = [:]
        /// The root folder as attached, to tell the root unmounted from a folder inside it unmounted.
        var identity: FileIdentity?
        /// Spec folders refused and already reported (`specs/caf\xE9`), so that each is reported once.
        var reportedProblems: Set<String> = []
    }

    /// A spec folder renamed away from specs/, waiting for the IN_MOVED_TO with the same cookie.
    struct PendingMove {
        var root: String
        var folder: String
        var at: Milliseconds
    }

    static let movePairingWindow: Milliseconds = 100
    static let rescanInterval: Milliseconds = 1000

    var config: Config
    var logger: Logger
    /// Roots named on the command line replace the config's, and survive a reload.
    let commandLineRoots: [String]?
    let inotify: Inotify
    let signals: SignalDescriptor
    var table = WatchTable()
    var debouncer: Debouncer<SpecKey>
    var projects: [String: Project] = [:]
    /// The lock of each root served (see `RootLock`).
    var locks: [String: RootLock] = [:]
    var pendingMoves: [UInt32: PendingMove] = [:]
    var rescanRequest: (reason: String, due: Milliseconds)?
    /// Roots of the config that are not there, looked for every few seconds.
    var missingRoots = MissingRoots()
    /// Watches removed by us whose IN_IGNORED has not come yet: their queued events are stale.
    var droppedWatches = Set<Int32>()
    /// Plans whose write failed on a full disk or a read-only folder, tried again later.
    var retries = WriteRetries<SpecKey>()
    var lastRescan: Milliseconds?
    var watchLimitReported = false
    /// systemd's notify socket, when running as a `Type=notify` service.
    let notifier: SystemdNotifier?
    var nextWatchdog: Milliseconds?
    /// The last plan written and when (wall clock), for the STATUS line.
    var lastUpdate: (folder: String, at: String)?

    init(config: Config, roots: [String]?, logger: Logger, notifier: SystemdNotifier? = nil) throws(Errno) {
        self.config = config
        self.notifier = notifier
        self.logger = logger
        commandLineRoots = roots
        signals = try SignalDescriptor()
        inotify = try Inotify()
        debouncer = Debouncer(
            quiet: Milliseconds(config.debounceMs), maxDelay: Milliseconds(config.maxDelayMs), group: \.root)
    }

    var roots: [String] { commandLineRoots ?? config.roots }

    /// Runs until SIGTERM or SIGINT; returns the exit status.
    ///
    /// The loop's state, each with its own deadline (none of them set means poll(2) blocks):
    /// - `debouncer`: spec folders changed and waiting for quiet;
    /// - `pendingMoves`: spec folders renamed away, waiting for the other half of the rename;
    /// - `rescanRequest`: an overflow or an unknown watch, at most one rescan a second;
    /// - `missingRoots`: roots gone or absent, looked for every few seconds;
    /// - `retries`: plans whose write failed for want of space or permission, tried again later;
    /// - `nextWatchdog`: systemd's watchdog, also answered between chunks of a long batch.
    func run() -> ExitStatus {
        logger.log(
            .info, "startup", "plansync \(plansyncVersion) watching \(roots.count) root(s)",
            [("version", .string(plansyncVersion)), ("roots", .strings(roots))])
        let present = roots.filter { root in
            guard FileSystem.isDirectory(root) else {
                logger.log(
                    .error, "error",
                    "root \(root) does not exist or is not a folder; fix \"roots\" in \(config.path ?? "the command line"), or create it: it is looked for every few seconds",
                    [("root", .string(root))])
                return false
            }
            return true
        }
        guard !present.isEmpty else {
            logger.log(.error, "shutdown", "no root to watch", [("status", .status(.config))])
            return .config
        }
        for root in roots where !present.contains(root) { missingRoots.add(root, .notFound) }
        if let interval = notifier?.watchdogInterval { nextWatchdog = MonotonicClock.now() + interval }
        for root in present { attach(root, trigger: "startup") }
        guard !projects.isEmpty else {
            logger.log(
                .error, "shutdown", "no root left to serve: each is served by another plansync",
                [("status", .status(.config))])
            return .config
        }
        logReady(event: "ready")
        notifier?.ready(status: statusLine)
        while true {
            let ready = waitForEvents()
            if ready.signals, let status = handleSignals() { return status }
            let events = ready.inotify ? handleInotify() : 0
            let now = MonotonicClock.now()
            expireMoves(at: now)
            if let request = rescanRequest, request.due <= now { rescan(reason: request.reason) }
            if let check = missingRoots.nextDeadline(), events > 0 || check <= now { lookForMissingRoots() }
            answerWatchdog()
            let due = debouncer.takeDue(at: now) + retries.takeDue(at: now).map { (key: $0, trigger: "retry") }
            if !due.isEmpty { regenerate(due) }
        }
    }

    /// WATCHDOG=1 once it is due: from the loop, and between the chunks of a long batch, so that
    /// systemd does not take a fan-out to thousands of plans for a hung daemon.
    func answerWatchdog() {
        guard let due = nextWatchdog, let interval = notifier?.watchdogInterval else { return }
        let now = MonotonicClock.now()
        guard due <= now else { return }
        notifier?.watchdog()
        nextWatchdog = now + interval
    }

    var specCount: Int { projects.keys.reduce(0) { $0 + table.specFolders(of: $1).count } }

    func logReady(event: String) {
        let missing = missingRoots.roots
        let waiting =
            missing.isEmpty
            ? ""
            : "; \(missing.count) root(s) missing, waiting for them to come back: \(missing.joined(separator: ", "))"
        logger.log(
            missing.isEmpty ? .info : .warning, event,
            "\(projects.count) root(s), \(specCount) spec folder(s), \(table.count) watch(es)\(waiting)",
            [
                ("roots", .int(projects.count)), ("specs", .int(specCount)), ("watches", .int(table.count)),
                ("missing", .strings(missing)),
            ])
    }

    /// What `systemctl status` shows: "watching 14 specs in 2 projects; last update 001-auth at 09:30:01".
    var statusLine: String {
        let specs = specCount == 1 ? "1 spec" : "\(specCount) specs"
        let roots = projects.count == 1 ? "1 project" : "\(projects.count) projects"
        let last = lastUpdate.map { "last update \($0.folder) at \($0.at)" } ?? "no plan written yet"
        let missing = missingRoots.isEmpty ? "" : "; \(missingRoots.roots.count) root(s) missing"
        return "watching \(specs) in \(roots)\(missing); \(last)"
    }

    /// Blocks in poll(2) until an event, a signal, or the next deadline; says which descriptors
    /// have something to read (a deadline alone reads neither).
    private func waitForEvents() -> (inotify: Bool, signals: Bool) {
        let deadlines = [
            debouncer.nextDeadline(), pendingMoves.values.map { $0.at + Daemon.movePairingWindow }.min(),
            rescanRequest?.due, missingRoots.nextDeadline(), retries.nextDeadline(), nextWatchdog,
        ].compactMap { $0 }
        let timeout = deadlines.min().map { $0 - MonotonicClock.now() }
        let readable = FileDescriptor.waitForInput(on: [inotify.fd, signals.fd], timeout: timeout)
        return (readable[0], readable[1])
    }

    /// Handles every queued event; returns how many there were.
    private func handleInotify() -> Int {
        let events: [InotifyEvent]
        do { events = try inotify.readEvents() } catch {
            // Events may be lost: recovered as from an overflow. Logged once per rescan, not per wake-up.
            if rescanRequest == nil {
                logger.log(.error, "error", "cannot read inotify events: \(error); every root is rescanned")
            }
            requestRescan(reason: "inotify events could not be read", at: MonotonicClock.now())
            return 0
        }
        let own = WatchRouting.ownRenames(in: events)
        for event in events {
            if droppedWatches.contains(event.wd) {
                if event.has(IN_IGNORED) { droppedWatches.remove(event.wd) }
                continue
            }
            let actions = WatchRouting.actions(for: event, in: table[event.wd], ownRenames: own)
            for action in actions { apply(action, event: event) }
        }
        return events.count
    }

    /// SIGTERM and SIGINT: write what is pending and stop. SIGHUP: reload the config.
    private func handleSignals() -> ExitStatus? {
        let received: [Int32]
        do { received = try signals.read() } catch {
            logger.log(.error, "error", "cannot read signals: \(error)")
            return nil
        }
        for signal in received {
            if signal == SIGHUP {
                reload()
                continue
            }
            notifier?.stopping()
            let pending = debouncer.takeAll()
            regenerate(pending)
            // A clean stop leaves no lock file behind (a crash leaves one, unlocked: harmless).
            for lock in locks.values { lock.release() }
            locks = [:]
            logger.log(
                .info, "shutdown",
                "on \(signal == SIGTERM ? "SIGTERM" : "SIGINT"), \(pending.count) pending plan(s) written",
                [("signal", .string(signal == SIGTERM ? "SIGTERM" : "SIGINT")), ("pending", .int(pending.count))])
            return .ok
        }
        return nil
    }
}
