import Glibc
import Testing

@testable import Watcher

/// The retry schedule of failed plan writes, with a clock moved by hand.
@Suite struct WriteRetriesTests {
    @Test func triesComeAfterOneTwoFourSecondsAndThenEveryMinute() {
        var retries = WriteRetries<String>()
        var now: Milliseconds = 0
        var delays: [Milliseconds] = []
        var firsts: [Bool] = []
        for _ in 1...9 {
            let (first, delay) = retries.failed("001-a", at: now)
            firsts.append(first)
            delays.append(delay)
            #expect(retries.nextDeadline() == now + delay)
            #expect(retries.takeDue(at: now + delay - 1).isEmpty)
            now += delay
            #expect(retries.takeDue(at: now) == ["001-a"])
            #expect(retries.nextDeadline() == nil, "no second try while one is being made")
        }
        #expect(delays == [1000, 2000, 4000, 8000, 16_000, 32_000, 60_000, 60_000, 60_000])
        #expect(firsts == [true] + Array(repeating: false, count: 8), "only the first failure of a streak is logged")
        #expect(retries.ended("001-a") == 9)
        #expect(retries.isEmpty && retries.nextDeadline() == nil, "nothing pending must mean no wake-up")
        #expect(retries.ended("001-a") == nil, "a streak ends once")
    }

    @Test func onlyWhatTimeCanClearIsRetried() {
        for code in [ENOSPC, EDQUOT, EACCES, EPERM, EROFS] {
            #expect(WriteRetries<String>.isRetryable(Errno(rawValue: code)))
        }
        for code in [ENOENT, EISDIR, EIO, ENAMETOOLONG] {
            #expect(!WriteRetries<String>.isRetryable(Errno(rawValue: code)))
        }
    }

    @Test func eachFolderHasItsOwnStreak() {
        var retries = WriteRetries<String>()
        _ = retries.failed("a", at: 0)
        _ = retries.failed("a", at: 1000)
        _ = retries.failed("b", at: 1500)
        #expect(retries.takeDue(at: 2500) == ["b"])
        #expect(retries.takeDue(at: 3000) == ["a"])
        retries.forget { $0 == "a" }
        #expect(retries.ended("a") == nil && retries.ended("b") == 1)
    }
}
