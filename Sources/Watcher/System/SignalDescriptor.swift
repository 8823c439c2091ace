import Glibc

/// SIGTERM, SIGINT and SIGHUP as readable events on a descriptor, so the event loop waits for
/// them in the same poll(2) as inotify.
///
/// The signals are blocked first, before any thread exists, so that no thread takes them
/// asynchronously; signalfd(2) then hands them over one at a time. Glibc's Swift module does
/// not export signalfd, so it is looked up once with dlsym.
final class SignalDescriptor {
    let fd: FileDescriptor
    static let handled: [Int32] = [SIGTERM, SIGINT, SIGHUP]

    private typealias SignalFD = @convention(c) (Int32, UnsafePointer<sigset_t>, Int32) -> Int32

    /// `run` only: blocks the handled signals for this thread and the threads it starts, so that
    /// the signalfd is the only way they arrive. Called before any thread exists.
    static func blockHandledSignals() {
        var set = handledSet()
        pthread_sigmask(SIG_BLOCK, &set, nil)
    }

    /// Every other command: the signals keep their default action, so Ctrl-C and `timeout` stop
    /// `generate`, `check` and `diff` at once and the process ends by the signal (a shell reports
    /// 130 for SIGINT, 143 for SIGTERM, and a script looping over plansync stops too). Unblocked
    /// in case the parent left them blocked; a signal the parent set to be ignored stays ignored.
    static func unblockHandledSignals() {
        var set = handledSet()
        pthread_sigmask(SIG_UNBLOCK, &set, nil)
    }

    /// Runs `body` with the handled signals held back, and lets a signal that came meanwhile
    /// act once `body` is done: around a write, so that a command stopped by a signal never
    /// leaves a temporary file behind (it is renamed into place or removed first). A no-op for
    /// `run`, whose signals are blocked for good.
    static func deferring<T, E: Error>(_ body: () throws(E) -> T) throws(E) -> T {
        var set = handledSet()
        var previous = sigset_t()
        pthread_sigmask(SIG_BLOCK, &set, &previous)
        defer { pthread_sigmask(SIG_SETMASK, &previous, nil) }
        return try body()
    }

    private static func handledSet() -> sigset_t {
        var set = sigset_t()
        sigemptyset(&set)
        for signal in handled { sigaddset(&set, signal) }
        return set
    }

    init() throws(Errno) {
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "signalfd") else { throw .notImplemented }
        let signalfd = unsafeBitCast(symbol, to: SignalFD.self)
        var set = SignalDescriptor.handledSet()
        fd = try FileDescriptor.adopting { signalfd(-1, &set, O_NONBLOCK | O_CLOEXEC) }
    }

    /// The signals received since the last call, in order: read until none is left (EAGAIN).
    /// Any other error is thrown once the signals read before it are returned, as `Inotify` does.
    func read() throws(Errno) -> [Int32] {
        var signals: [Int32] = []
        var info = [UInt8](repeating: 0, count: 128)  // sizeof(struct signalfd_siginfo)
        while true {
            let count: Int
            do { count = try fd.read(into: &info) } catch {
                if error == .wouldBlock || !signals.isEmpty { break }
                throw error
            }
            guard count == 128 else { break }
            signals.append(Int32(info.withUnsafeBytes { $0.loadUnaligned(as: UInt32.self) }))
        }
        return signals
    }
}
