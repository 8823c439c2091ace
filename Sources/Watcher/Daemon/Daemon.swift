import Glibc

/// `plansync run`: watches the spec folders of every root and keeps their plans in sync.
///
/// One thread, one blocking poll(2) on the inotify and signal descriptors, with a timeout only
/// while something waits for time (see `Deadlines`): idle means no wake-ups at all.
/// Everything below "this folder is due" is the same code path as `plansync generate`.
final class Daemon {
    var config: Config
    var logger: Logger
    /// Roots named on the command line replace the config's, and survive a reload.
    let commandLineRoots: [String]?
    let inotify: Inotify
    let signals: SignalDescriptor
    /// systemd's notify socket, when running as a `Type=notify` service.
    let notifier: SystemdNotifier?
    // The loop's state: see `run()`.
    var table = WatchTable()
    var droppedWatches = Set<Int32>()
    var projects: [String: ServedProject] = [:]
    var locks: [String: RootLock] = [:]
    var deadlines: Deadlines
    var lastUpdate: (folder: String, at: String)?
    var watchLimitReported = false
    var ownership = PlanOwnership()
    var poller = Poller()
    var reloadRejection: String?

    init(config: Config, roots: [String]?, logger: Logger, notifier: SystemdNotifier? = nil) throws(Errno) {
        self.config = config
        self.notifier = notifier
        self.logger = logger
        commandLineRoots = roots
        signals = try SignalDescriptor()
        inotify = try Inotify()
        deadlines = Deadlines(quiet: Milliseconds(config.debounceMs), maxDelay: Milliseconds(config.maxDelayMs))
        deadlines.poll.interval = Milliseconds(config.pollIntervalMs)
    }

    var roots: [String] { commandLineRoots ?? config.roots }

    /// Runs until SIGTERM or SIGINT; returns the exit status.
    func run() -> ExitStatus {
        if let status = start() { return status }
        // The loop's state, each piece named here (as entr does at its watch_loop):
        //   table             : each watch descriptor and the folder it stands for (a root, specs/,
        //                       a spec folder, .specify/, a memory/ folder), both ways
        //   droppedWatches    : watches removed by us whose IN_IGNORED has not come yet: events
        //                       still queued for them are stale and skipped
        //   projects          : each root served: its context (constitution, sibling titles, files),
        //                       the features each spec names, its identity, problems reported
        //   locks             : the lock of each root served, so that no second daemon serves it
        //   deadlines         : everything that waits for time; with none of it pending poll(2)
        //                       blocks, so an idle daemon is never woken:
        //     .debouncer      :   spec folders and constitutions changed, waiting for their root
        //                         to be quiet (and at most maxDelayMs)
        //     .gitHoldBack    :   plans due while git held its index.lock, waiting for it to go
        //     .retries        :   writes that failed for want of room or permission, tried again
        //     .moves          :   spec folders renamed away, waiting for the rename's other half
        //     .rescan         :   an overflow or an unknown watch: a rescan, at most one a second
        //     .missingRoots   :   roots gone or absent, looked for after events and every 2 s
        //     .watchdog       :   systemd's WATCHDOG=1, also answered between chunks of a batch
        //     .poll           :   the next look at the roots inotify cannot see into
        //   poller            : the polled roots and the stamps of what they hold (see `Poller`)
        //   config, logger    : replaced by a reload (SIGHUP), as are the debounce windows
        //   lastUpdate        : the last plan written and when, for systemd's STATUS line
        //   ownership         : plans plansync manages, plans taken over by another tool, plans
        //                       the user deleted (left deleted until their spec changes)
        //   reloadRejection   : why the last SIGHUP's config was refused, shown in STATUS until a good one
        //   watchLimitReported: the inotify watch limit is said once, not once per folder
        while true {
            let ready = waitForEvents()
            if ready.signals, let status = handleSignals() { return status }
            let events = ready.inotify ? handleInotify() : 0
            let now = MonotonicClock.now()
            doHousekeeping(deadlines.takeHousekeeping(at: now, afterEvents: events > 0))
            answerWatchdog()
            let due = deadlines.takePlans(at: now)
            if !due.isEmpty { regenerate(due) }
        }
    }

    /// Attaches every root that is there; an exit status when there is none to serve.
    private func start() -> ExitStatus? {
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
        for root in roots where !present.contains(root) { deadlines.missingRoots.add(root, .notFound) }
        if let interval = notifier?.watchdogInterval {
            deadlines.watchdog = WatchdogSchedule(interval: interval, startingAt: MonotonicClock.now())
        }
        for root in present { attach(root, trigger: .startup) }
        guard !projects.isEmpty else {
            logger.log(
                .error, "shutdown", "no root left to serve: each is served by another plansync",
                [("status", .status(.config))])
            return .config
        }
        logReady(event: "ready")
        notifier?.ready(status: statusLine)
        return nil
    }

    /// Spec folders moved out of the tree are dropped; a rescan also looks for missing roots.
    private func doHousekeeping(_ due: Deadlines.Housekeeping) {
        for key in due.expiredMoves {
            unwatch { $0 == .spec(key.root, key.folder) }
            forgetSpec(key)
        }
        if let reason = due.rescan {
            rescan(reason: reason)
        } else if due.lookForMissingRoots {
            lookForMissingRoots()
        }
        if due.poll { pollRoots() }
    }

    /// WATCHDOG=1 once it is due: from the loop, and between the chunks of a long batch, so that
    /// systemd does not take a fan-out to thousands of plans for a hung daemon.
    func answerWatchdog() {
        if deadlines.takeWatchdog(at: MonotonicClock.now()) { notifier?.watchdog() }
    }

    var specCount: Int { projects.keys.reduce(0) { $0 + table.specFolders(of: $1).count } }

    func logReady(event: String) {
        let missing = deadlines.missingRoots.roots
        let waiting =
            missing.isEmpty
            ? ""
            : "; \(missing.count) root(s) missing, waiting for them to come back: \(missing.joined(separator: ", "))"
        let polled = table.folders { poller.polls($0.root) }.count
        let polling = polled == 0 ? "" : ", \(polled) folder(s) polled every \(config.pollIntervalMs) ms"
        logger.log(
            missing.isEmpty ? .info : .warning, event,
            "\(projects.count) root(s), \(specCount) spec folder(s), \(table.count - polled) watch(es)\(polling)\(waiting)",
            [
                ("roots", .int(projects.count)), ("specs", .int(specCount)), ("watches", .int(table.count - polled)),
                ("polled", .int(polled)), ("missing", .strings(missing)),
            ])
    }

    /// What `systemctl status` shows: "watching 14 specs in 2 projects; last update 001-auth at 09:30:01".
    var statusLine: String {
        let specs = specCount == 1 ? "1 spec" : "\(specCount) specs"
        let roots = projects.count == 1 ? "1 project" : "\(projects.count) projects"
        let last = lastUpdate.map { "last update \($0.folder) at \($0.at)" } ?? "no plan written yet"
        let missing = deadlines.missingRoots.isEmpty ? "" : "; \(deadlines.missingRoots.roots.count) root(s) missing"
        return (statusNotes + ["watching \(specs) in \(roots)\(missing)", last]).joined(separator: "; ")
    }

    /// Blocks in poll(2) until an event, a signal, or the next deadline; says which descriptors
    /// have something to read (a deadline alone reads neither).
    private func waitForEvents() -> (inotify: Bool, signals: Bool) {
        let timeout = deadlines.next.map { $0 - MonotonicClock.now() }
        let readable = FileDescriptor.waitForInput(on: [inotify.fd, signals.fd], timeout: timeout)
        return (readable[0], readable[1])
    }

    /// Handles every queued event; returns how many there were.
    private func handleInotify() -> Int {
        let events: [InotifyEvent]
        do { events = try inotify.readEvents() } catch {
            // Events may be lost: recovered as from an overflow. Logged once per rescan, not per wake-up.
            if deadlines.rescan.request == nil {
                logger.log(.error, "error", "cannot read inotify events: \(error); every root is rescanned")
            }
            deadlines.rescan.request(reason: "inotify events could not be read", at: MonotonicClock.now())
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
            let pending = deadlines.takeAllPending()
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
