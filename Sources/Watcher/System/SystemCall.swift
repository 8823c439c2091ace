import Glibc

/// The one place where a system call's result is checked, as swift-system's `valueOrErrno` does:
/// -1 (or a nil pointer) becomes the `errno` it left, as a typed `Errno`, and a call interrupted
/// by a signal (EINTR) is made again. Every call in System/ goes through here.
enum SystemCall {
    /// `call`'s result; made again while it fails with EINTR.
    @discardableResult
    static func retrying<I: FixedWidthInteger>(_ call: () -> I) throws(Errno) -> I {
        while true {
            let result = call()
            if result != -1 { return result }
            let error = Errno.current
            if error != .interrupted { throw error }
        }
    }

    /// `call`'s result, made once: for close(2), whose descriptor is gone even after EINTR (made
    /// again, it could close another thread's new one), and poll(2), whose caller recomputes the
    /// timeout.
    @discardableResult
    static func once<I: FixedWidthInteger>(_ call: () -> I) throws(Errno) -> I {
        let result = call()
        if result != -1 { return result }
        throw Errno.current
    }

    /// The pointer `call` returns, nil meaning failure (opendir, realpath); made again on EINTR.
    static func pointer<P>(_ call: () -> P?) throws(Errno) -> P {
        while true {
            if let result = call() { return result }
            let error = Errno.current
            if error != .interrupted { throw error }
        }
    }
}
