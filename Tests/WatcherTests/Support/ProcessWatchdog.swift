import Foundation
import Glibc

/// Stops the daemons and systemd user managers the tests start when the test process ends,
/// however it ends: a crash, `kill -9`, or an exit that skipped their deinit.
///
/// It is a shell of its own, started once per test process, that reads `PID START FOLDER` lines
/// from a socket whose other end only the test process holds (close-on-exec, so no child holds
/// it). When the test process ends, that end closes and the watchdog sends SIGTERM
/// (and SIGCONT, for a stopped daemon) to each process that still runs with the start time it was
/// given (a reused PID is never hit), SIGKILL to those left after 10 s, and removes the folders.
/// It ignores the terminal's signals, so that Ctrl-C on `swift test` reaches it only as that end.
final class ProcessWatchdog: Sendable {
    static let shared = ProcessWatchdog()

    /// The test process's end of the socket; -1 when the watchdog could not be started (the tests run on).
    private let writer: Int32

    private static let script = #"""
        trap '' INT HUP TERM QUIT PIPE
        entries=
        while IFS= read -r line; do entries="$entries$line
        "; done
        # The start time of a process that runs (not a zombie), from field 22 of /proc/PID/stat.
        started() {
            s=$(cat "/proc/$1/stat" 2>/dev/null) || return 1
            s=${s##*) }
            set -- $s
            [ "$1" != Z ] && echo "${20}"
        }
        alive() { [ "$(started "$1")" = "$2" ]; }
        live=
        while read -r pid start folder; do
            [ -n "$pid" ] || continue
            if alive "$pid" "$start"; then
                kill -TERM "$pid" 2>/dev/null; kill -CONT "$pid" 2>/dev/null
                live="$live $pid:$start"
            fi
        done <<EOF
        $entries
        EOF
        tries=0
        while [ -n "$live" ] && [ $tries -lt 100 ]; do
            left=
            for entry in $live; do alive "${entry%%:*}" "${entry#*:}" && left="$left $entry"; done
            live=$left
            [ -n "$live" ] && sleep 0.1
            tries=$((tries + 1))
        done
        for entry in $live; do alive "${entry%%:*}" "${entry#*:}" && kill -KILL "${entry%%:*}" 2>/dev/null; done
        while read -r pid start folder; do
            [ -n "$folder" ] && rm -rf -- "$folder"
        done <<EOF
        $entries
        EOF
        """#

    private init() {
        // A socket rather than a pipe: a write after the watchdog died fails with EPIPE
        // (MSG_NOSIGNAL) instead of killing the test process with SIGPIPE.
        var ends: [Int32] = [-1, -1]
        guard socketpair(AF_UNIX, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0, &ends) == 0 else {
            writer = -1
            return
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", Self.script]
        process.standardInput = FileHandle(fileDescriptor: ends[0], closeOnDealloc: false)
        // Not the test's output: `swift test` would wait for the watchdog to close it.
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        do {
            try process.run()
            writer = ends[1]
        } catch {
            close(ends[1])
            writer = -1
        }
        close(ends[0])
    }

    /// Has `pid` stopped when the test process ends (if it still runs then), and `folder` removed.
    func watch(_ pid: pid_t, removing folder: URL? = nil) {
        guard writer >= 0, let start = Self.startTime(of: pid) else { return }
        // One short send per line: lines from tests running at the same time never interleave.
        let line = Array("\(pid) \(start) \(folder?.path ?? "")\n".utf8)
        _ = line.withUnsafeBytes { send(writer, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
    }

    /// Field 22 of /proc/PID/stat: when the process started, in clock ticks since boot.
    static func startTime(of pid: pid_t) -> String? {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
            let close = stat.lastIndex(of: ")")
        else { return nil }
        let fields = stat[stat.index(after: close)...].split(separator: " ")
        return fields.count > 19 ? String(fields[19]) : nil
    }
}
