/// How the daemon sees changes in a root: config.json's `"watch"`.
enum WatchMode: String, CaseIterable, Sendable {
    /// inotify, except on a file system it cannot see into (NFS, SMB, 9p, FUSE…): polled there.
    case auto
    /// inotify everywhere, even where a change made on another machine is never an event.
    case inotify
    /// Every root polled, every `pollIntervalMs`.
    case poll
}
