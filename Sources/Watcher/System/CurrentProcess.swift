import Glibc

/// This process: its ids, for lock files, file owners and the watchdog's pid check, and its end.
enum CurrentProcess {
    static var id: pid_t { getpid() }
    static var userID: uid_t { getuid() }
    /// The user whose permissions the process has (root: may give files away).
    static var effectiveUserID: uid_t { geteuid() }

    /// Ends the process with `status`.
    static func exit(_ status: Int32) -> Never {
        Glibc.exit(status)
    }
}
