import Glibc
import Testing

@testable import Watcher

/// The syscall layer: a failed call is a typed `Errno`, EINTR is made again in one place (close
/// excepted), and a descriptor is closed exactly once, its failed close reported.
@Suite struct SystemCallTests {
    @Test func aFailedCallThrowsItsErrnoAsATypedError() {
        #expect(throws: Errno.noEntry) {
            try SystemCall.retrying { open("/nonexistent-plansync-test/spec.md", O_RDONLY) }
        }
        #expect(throws: Errno.noEntry) { try SystemCall.pointer { opendir("/nonexistent-plansync-test") } }
    }

    @Test func anInterruptedCallIsMadeAgain() throws {
        var calls = 0
        let result = try SystemCall.retrying { () -> Int32 in
            calls += 1
            if calls < 3 {
                errno = EINTR
                return -1
            }
            return 7
        }
        #expect(result == 7)
        #expect(calls == 3, "EINTR is a signal arriving, not a failure")
    }

    @Test func aCallMadeOnceIsNotMadeAgainAfterAnInterruption() {
        var calls = 0
        #expect(throws: Errno.interrupted) {
            try SystemCall.once { () -> Int32 in
                calls += 1
                errno = EINTR
                return -1
            }
        }
        #expect(calls == 1, "close(2) made again after EINTR could close another thread's descriptor")
    }

    @Test func aDescriptorIsClosedExactlyOnceAndAFailedCloseIsReported() throws {
        // Far above the descriptors this process has open, so that no other test is given it meanwhile.
        var limit = rlimit()
        getrlimit(__rlimit_resource_t(RLIMIT_NOFILE.rawValue), &limit)
        let number = Int32(min(900, Int(limit.rlim_cur) - 1))
        var fd: FileDescriptor? = try FileDescriptor.adopting { dup2(STDERR_FILENO, number) }
        close(number)  // behind its owner's back: the owner's close fails
        #expect(throws: Errno(rawValue: EBADF)) { try fd?.close() }
        // The number is someone else's now: neither a second close nor the owner letting go may close it.
        #expect(dup2(STDERR_FILENO, number) == number)
        defer { close(number) }
        try fd?.close()
        fd = nil
        #expect(fcntl(number, F_GETFD) != -1, "a descriptor closed twice closed another file opened since")
    }

    @Test func aFailedReadNamesTheFileAndItsError() throws {
        // Write-only: read(2) fails with EBADF, which must reach the message as it is.
        let fd = try FileDescriptor.open("/dev/null", O_WRONLY)
        let failure = #expect(throws: FileSystem.Failure.self) {
            try FileSystem.read(fd, size: 0, limit: 10, path: "spec.md")
        }
        #expect(failure?.path == "spec.md")
        #expect(failure?.code == Errno(rawValue: EBADF))
    }

    @Test func anEmptyInotifyQueueIsNoEventsAndAReadErrorIsAnError() throws {
        let inotify = try Inotify()
        #expect(try inotify.readEvents().isEmpty, "EAGAIN: the queue is empty")
        // A write-only file put at the inotify descriptor's number: read(2) fails with EBADF.
        let writeOnly = try FileDescriptor.open("/dev/null", O_WRONLY)
        #expect(dup2(writeOnly.rawValue, inotify.fd.rawValue) == inotify.fd.rawValue)
        #expect(throws: Errno(rawValue: EBADF), "a daemon that cannot read its events must say so, not wait for ever") {
            try inotify.readEvents()
        }
    }

    @Test func anEmptySignalQueueIsNoSignalsAndAReadErrorIsAnError() throws {
        let signals = try SignalDescriptor()
        #expect(try signals.read().isEmpty)
        let writeOnly = try FileDescriptor.open("/dev/null", O_WRONLY)
        #expect(dup2(writeOnly.rawValue, signals.fd.rawValue) == signals.fd.rawValue)
        #expect(throws: Errno(rawValue: EBADF)) { try signals.read() }
    }
}
