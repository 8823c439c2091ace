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
        debouncer = Debouncer(quiet: Milliseconds(config.debounceMs), maxDelay: Milliseconds(config.maxDelayMs), group: \.root)
    }

    var roots: [String] { commandLineRoots ?? config.roots }

    /// Runs until SIGTERM or SIGINT; returns the exit status.
    func run() -> Int32 {
        logger.log(.info, "startup", "plansync \(plansyncVersion) watching \(roots.count) root(s)",
                   [("version", .string(plansyncVersion)), ("roots", .strings(roots))])
        let present = roots.filter { root in
            guard FileSystem.isDirectory(root) else {
                logger.log(.error, "error", "root \(root) does not exist or is not a folder; fix \"roots\" in \(config.path ?? "the command line")",
                           [("root", .string(root))])
                return false
            }
            return true
        }
        guard !present.isEmpty else {
            logger.log(.error, "shutdown", "no root to watch", [("status", .int(78))])
            return 78
        }
        for root in present { attach(root, trigger: "startup") }
        guard !projects.isEmpty else {
            logger.log(.error, "shutdown", "no root left to serve: each is served by another plansync", [("status", .int(78))])
            return 78
        }
        logReady(event: "ready")
        notifier?.ready(status: statusLine)
        if let interval = notifier?.watchdogInterval {
            notifier?.watchdog()
            nextWatchdog = MonotonicClock.now() + interval
        }
        while true {
            waitForEvents()
            if let status = handleSignals() { return status }
            handleInotify()
            let now = MonotonicClock.now()
            expireMoves(at: now)
            if let request = rescanRequest, request.due <= now { rescan(reason: request.reason) }
            if let due = nextWatchdog, let interval = notifier?.watchdogInterval, due <= now {
                notifier?.watchdog()
                nextWatchdog = now + interval
            }
            let due = debouncer.takeDue(at: now)
            if !due.isEmpty { regenerate(due) }
        }
    }

    var specCount: Int { projects.keys.reduce(0) { $0 + table.specFolders(of: $1).count } }

    func logReady(event: String) {
        logger.log(.info, event, "\(projects.count) root(s), \(specCount) spec folder(s), \(table.count) watch(es)",
                   [("roots", .int(projects.count)), ("specs", .int(specCount)), ("watches", .int(table.count))])
    }

    /// What `systemctl status` shows: "watching 14 specs in 2 projects; last update 001-auth at 09:30:01".
    var statusLine: String {
        let specs = specCount == 1 ? "1 spec" : "\(specCount) specs"
        let roots = projects.count == 1 ? "1 project" : "\(projects.count) projects"
        let last = lastUpdate.map { "last update \($0.folder) at \($0.at)" } ?? "no plan written yet"
        return "watching \(specs) in \(roots); \(last)"
    }

    /// Blocks in poll(2) until an event, a signal, or the next deadline.
    private func waitForEvents() {
        let deadlines = [debouncer.nextDeadline(), pendingMoves.values.map { $0.at + Daemon.movePairingWindow }.min(),
                         rescanRequest?.due, nextWatchdog].compactMap { $0 }
        let timeout: Int32 = deadlines.min().map { Int32(clamping: max(0, $0 - MonotonicClock.now())) } ?? -1
        var fds = [pollfd(fd: inotify.fd.rawValue, events: Int16(POLLIN), revents: 0),
                   pollfd(fd: signals.fd.rawValue, events: Int16(POLLIN), revents: 0)]
        _ = poll(&fds, 2, timeout) // EINTR: the loop checks everything anyway
    }

    private func handleInotify() {
        let events = inotify.readEvents()
        let own = WatchRouting.ownRenames(in: events)
        for event in events {
            let actions = WatchRouting.actions(for: event, in: table[event.wd], ownRenames: own)
            for action in actions { apply(action, event: event) }
        }
    }

    /// SIGTERM and SIGINT: write what is pending and stop. SIGHUP: reload the config.
    private func handleSignals() -> Int32? {
        for signal in signals.read() {
            if signal == SIGHUP {
                reload()
                continue
            }
            notifier?.stopping()
            let pending = debouncer.takeAll()
            regenerate(pending)
            logger.log(.info, "shutdown", "on \(signal == SIGTERM ? "SIGTERM" : "SIGINT"), \(pending.count) pending plan(s) written",
                       [("signal", .string(signal == SIGTERM ? "SIGTERM" : "SIGINT")), ("pending", .int(pending.count))])
            return 0
        }
        return nil
    }
}
