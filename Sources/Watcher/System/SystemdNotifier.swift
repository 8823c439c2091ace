import Glibc

/// The sd_notify protocol, by hand: datagrams to the socket systemd names in `NOTIFY_SOCKET`.
///
/// `READY=1` once every watch is in place, `STATUS=` lines for `systemctl status`,
/// `RELOADING=1`/`READY=1` around a reload, `STOPPING=1`, and `WATCHDOG=1` at half the
/// interval systemd asks for. Without `NOTIFY_SOCKET` there is no notifier and no watchdog timer.
final class SystemdNotifier {
    let socketPath: String
    /// Half of `WATCHDOG_USEC`, or nil when the watchdog is off (or meant for another PID).
    let watchdogInterval: Milliseconds?
    private let fd: FileDescriptor?

    init(socketPath: String, watchdogInterval: Milliseconds?) {
        self.socketPath = socketPath
        self.watchdogInterval = watchdogInterval
        fd = try? FileDescriptor.adopting {
            socket(AF_UNIX, Int32(SOCK_DGRAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        }
    }

    /// Reads `NOTIFY_SOCKET`, `WATCHDOG_USEC` and `WATCHDOG_PID`, and removes them from the
    /// environment so that no child process inherits them.
    static func fromEnvironment() -> SystemdNotifier? {
        let socket = Environment.value("NOTIFY_SOCKET")
        let watchdog = watchdogInterval(
            usec: Environment.value("WATCHDOG_USEC"), pid: Environment.value("WATCHDOG_PID"), ownPID: CurrentProcess.id)
        for name in ["NOTIFY_SOCKET", "WATCHDOG_USEC", "WATCHDOG_PID"] { Environment.remove(name) }
        guard let socket, socket.hasPrefix("/") || socket.hasPrefix("@") else { return nil }
        return SystemdNotifier(socketPath: socket, watchdogInterval: watchdog)
    }

    /// Half the watchdog timeout, as sd_watchdog_enabled(3) advises; nil when it is off or for another process.
    static func watchdogInterval(usec: String?, pid: String?, ownPID: pid_t) -> Milliseconds? {
        guard let usec, let value = Int64(usec), value > 0 else { return nil }
        if let pid, Int32(pid) != ownPID { return nil }
        return max(1, value / 2 / 1000)
    }

    /// The status names the last spec folder updated: escaped, so that a folder named with a line
    /// break cannot add a field (`READY=1`, `MAINPID=`) of its own to the message.
    func ready(status: String) { send("READY=1\nSTATUS=\(ControlCharacters.escaped(status))") }
    func status(_ status: String) { send("STATUS=\(ControlCharacters.escaped(status))") }
    func stopping() { send("STOPPING=1") }
    func watchdog() { send("WATCHDOG=1") }

    /// systemd 252 wants the reload's start time with RELOADING=1.
    func reloading() {
        send("RELOADING=1\nMONOTONIC_USEC=\(MonotonicClock.microseconds())")
    }

    /// Sends one datagram; a notify socket that went away is not worth failing over.
    func send(_ message: String) {
        guard let fd else { return }
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        var path = Array(socketPath.utf8)
        let abstract = path.first == UInt8(ascii: "@")
        if abstract { path[0] = 0 }
        let capacity = MemoryLayout.size(ofValue: address.sun_path)
        guard path.count < capacity else { return }
        withUnsafeMutableBytes(of: &address.sun_path) { raw in
            raw.copyBytes(from: path)
        }
        // An abstract name is exactly its bytes; passing sizeof(sockaddr_un) would name another socket.
        guard let pathOffset = MemoryLayout<sockaddr_un>.offset(of: \.sun_path) else { return }
        let length = pathOffset + path.count + (abstract ? 0 : 1)
        let bytes = Array(message.utf8)
        withUnsafePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { socketAddress in
                bytes.withUnsafeBytes { raw in
                    _ = try? SystemCall.retrying {
                        sendto(
                            fd.rawValue, raw.baseAddress, raw.count, Int32(MSG_NOSIGNAL), socketAddress,
                            socklen_t(length))
                    }
                }
            }
        }
    }
}
