import Glibc

/// A child process with its stderr (or stdout) read line by line through poll(2).
final class Spawned {
    let pid: pid_t
    private let readFD: Int32
    private var pending: [UInt8] = []
    private(set) var lines: [String] = []

    /// Starts `arguments` with `environment` added; reads its stderr, or its stdout when `stdout` is true.
    init(_ arguments: [String], environment: [String: String] = [:], readStdout: Bool = false) {
        var fds: [Int32] = [0, 0]
        pipe(&fds)
        _ = fcntl(fds[0], F_SETFD, FD_CLOEXEC)
        _ = fcntl(fds[1], F_SETFD, FD_CLOEXEC)
        readFD = fds[0]
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        posix_spawn_file_actions_adddup2(&actions, fds[1], readStdout ? 1 : 2)
        let devnull = open("/dev/null", O_WRONLY | O_CLOEXEC)
        posix_spawn_file_actions_adddup2(&actions, devnull, readStdout ? 2 : 1)
        var env = [String: String]()
        var index = 0
        while let entry = environ[index] {
            let text = String(cString: entry)
            if let eq = text.firstIndex(of: "=") { env[String(text[..<eq])] = String(text[text.index(after: eq)...]) }
            index += 1
        }
        env.removeValue(forKey: "NOTIFY_SOCKET")
        for (key, value) in environment { env[key] = value }
        let argv = arguments.map { strdup($0) } + [nil]
        let envp = env.map { strdup("\($0.key)=\($0.value)") } + [nil]
        var child: pid_t = 0
        let result = posix_spawnp(&child, arguments[0], &actions, nil, argv, envp)
        precondition(result == 0, "cannot start \(arguments[0]): \(String(cString: strerror(result)))")
        for pointer in argv { free(pointer) }
        for pointer in envp { free(pointer) }
        posix_spawn_file_actions_destroy(&actions)
        close(fds[1])
        close(devnull)
        pid = child
    }

    deinit {
        stop()
        close(readFD)
    }

    /// Reads what is available, waiting at most `timeout` ms for the first bytes. False at EOF.
    @discardableResult
    func pump(timeout: Int32) -> Bool {
        var descriptor = pollfd(fd: readFD, events: Int16(POLLIN), revents: 0)
        guard poll(&descriptor, 1, timeout) > 0 else { return true }
        var buffer = [UInt8](repeating: 0, count: 65536)
        let n = buffer.withUnsafeMutableBytes { read(readFD, $0.baseAddress, $0.count) }
        if n <= 0 { return false }
        pending += buffer[..<n]
        while let newline = pending.firstIndex(of: 10) {
            lines.append(String(decoding: pending[..<newline], as: UTF8.self))
            pending.removeSubrange(...newline)
        }
        return true
    }

    /// Reads lines until `matches` holds for one of those read from `start` on; returns its index.
    @discardableResult
    func waitForLine(from start: Int = 0, timeoutSeconds: Double = 120, _ matches: (String) -> Bool) -> Int? {
        let deadline = monotonicNanos() + UInt64(timeoutSeconds * 1e9)
        var checked = start
        while monotonicNanos() < deadline {
            while checked < lines.count {
                if matches(lines[checked]) { return checked }
                checked += 1
            }
            if !pump(timeout: 100) { break }
        }
        return nil
    }

    func signal(_ signal: Int32) { kill(pid, signal) }

    func stop() {
        guard kill(pid, 0) == 0 else { return }
        kill(pid, SIGTERM)
        var status: Int32 = 0
        waitpid(pid, &status, 0)
    }

    /// Resident memory in KiB, from /proc.
    var residentKiB: Int { Proc.field("/proc/\(pid)/status", "VmRSS:") ?? 0 }

    /// Context switches so far: each one is the process going to sleep or being woken.
    var contextSwitches: Int {
        (Proc.field("/proc/\(pid)/status", "voluntary_ctxt_switches:") ?? 0)
            + (Proc.field("/proc/\(pid)/status", "nonvoluntary_ctxt_switches:") ?? 0)
    }

    /// User plus system CPU time in milliseconds.
    var cpuMilliseconds: Double {
        guard let stat = Files.read("/proc/\(pid)/stat"), let close = stat.lastIndex(of: ")") else { return 0 }
        let fields = stat[stat.index(after: close)...].split(separator: " ")
        let ticks = (Double(fields[11]) ?? 0) + (Double(fields[12]) ?? 0)
        return ticks * 1000 / Double(sysconf(Int32(_SC_CLK_TCK)))
    }
}

enum Proc {
    static func field(_ path: String, _ name: String) -> Int? {
        guard let text = Files.read(path) else { return nil }
        for line in text.split(separator: "\n") where line.hasPrefix(name) {
            return Int(line.dropFirst(name.count).filter(\.isNumber))
        }
        return nil
    }
}
