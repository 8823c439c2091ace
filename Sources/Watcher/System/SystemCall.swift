import Glibc

/// Calls `body` until it does not fail with EINTR, and turns -1 into the errno as a typed error.
@discardableResult
func retryingInterrupts<I: FixedWidthInteger>(_ body: () -> I) throws(Errno) -> I {
    while true {
        let result = body()
        if result != -1 { return result }
        let error = Errno.current
        if error != .interrupted { throw error }
    }
}
