/// How `plansync` exits: every status it returns is defined and explained here, once, and
/// `plansync --help` lists them from this table. The numbers past 2 follow sysexits(3), as
/// swift-argument-parser's usage error (64) does, so that a script or systemd can tell a mistake
/// in the command line or the config (fix it, do not retry) from a failure while running.
///
/// No status here stands for a signal: `run` reads SIGTERM and SIGINT and stops with `ok`; every
/// other command leaves them their default action, so the process ends by the signal and the
/// shell reports 128 + its number (130 for Ctrl-C).
enum ExitStatus: Int32, CaseIterable {
    /// Everything asked for was done: plans written or up to date, help shown, the daemon stopped
    /// on SIGTERM or SIGINT.
    case ok = 0
    /// A spec or the unit was skipped for an error, the others handled; for `check` and `diff`, a
    /// plan is out of date (the answer a CI job or a pre-commit hook waits for, as diff(1) and
    /// `git diff --exit-code` give it).
    case failure = 1
    /// `check` or `diff` could not read something, so their answer is incomplete: 2 as for
    /// diff(1) and cmp(1), which keep 1 for "differs".
    case trouble = 2
    /// EX_USAGE: the command line cannot be run; the message says what to type instead.
    case usage = 64
    /// EX_OSERR: `run` could not set up inotify; when the limit of instances is reached, the
    /// message names the sysctl to raise.
    case cannotWatch = 71
    /// EX_CONFIG: the config cannot be used, or none was found where one is needed
    /// (`install-service`); for `run`, no root exists or every root is served by another plansync.
    case config = 78

    /// What `plansync --help` says of the status, after its number.
    var meaning: String {
        switch self {
        case .ok: "success"
        case .failure: "a plan was skipped for an error (check, diff: a plan is out of date)"
        case .trouble: "check/diff could not read something"
        case .usage: "usage error"
        case .cannotWatch: "run could not start watching"
        case .config: "invalid config (or, for run, no root exists)"
        }
    }
}

extension Logger.Value {
    /// An exit status as a field of the log line that announces it.
    static func status(_ status: ExitStatus) -> Logger.Value { .int(Int(status.rawValue)) }
}
