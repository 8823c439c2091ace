import Foundation
import Glibc
import Synchronization
import Testing

@testable import Watcher

@Suite struct BatchThreadsTests {
    @Test(arguments: [0, 1, 2, 3, 1000])
    func everyIndexIsTransformedOnceAndResultsKeepTheirOrder(count: Int) {
        let calls = Atomic<Int>(0)
        let results = BatchThreads.map(count) { index in
            calls.add(1, ordering: .relaxed)
            return index * index
        }
        #expect(results == (0..<count).map { $0 * $0 })
        #expect(calls.load(ordering: .relaxed) == count)
    }

    @Test func theSecondThreadIsGoneAfterwards() throws {
        func threads() -> Int {
            Int(
                (try? String(contentsOfFile: "/proc/self/status", encoding: .utf8))?.split(separator: "\n").first {
                    $0.hasPrefix("Threads:")
                }?.filter(\.isNumber) ?? "0") ?? 0
        }
        _ = BatchThreads.map(100) { $0 }
        // Other tests run in parallel in this process, so only check no thread of ours lingers by
        // running many batches: a leak would add a thread per batch.
        let before = threads()
        for _ in 0..<50 { _ = BatchThreads.map(10) { $0 } }
        #expect(threads() < before + 10, "batches leave threads behind")
    }
}
