import Glibc

/// A batch of independent work mapped on two threads: this one and one started for the batch
/// and joined before returning, so no thread outlives the batch and an idle daemon stays a single thread
/// blocked in poll(2). A thread started here inherits the blocked signals of its creator.
enum BatchThreads {
    /// malloc_trim(0), looked up with dlsym since Glibc's Swift module does not export it:
    /// the batch thread allocates from an arena of its own, and what it freed would otherwise
    /// stay resident while the daemon idles.
    static func returnFreedMemory() {
        typealias MallocTrim = @convention(c) (Int) -> Int32
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "malloc_trim") else { return }
        _ = unsafeBitCast(symbol, to: MallocTrim.self)(0)
    }

    /// Results written by index: each index is written by exactly one thread, and read only
    /// after the join.
    private final class Slots<Value>: @unchecked Sendable {
        let values: UnsafeMutableBufferPointer<Value?>
        init(count: Int) {
            values = .allocate(capacity: count)
            values.initialize(repeating: nil)
        }
        deinit {
            values.deinitialize()
            values.deallocate()
        }
    }

    private final class Job: @unchecked Sendable {
        let run: () -> Void
        init(_ run: @escaping () -> Void) { self.run = run }
    }

    /// `transform(i)` for every index, the odd ones on a second thread; the results in order.
    static func map<Value>(_ count: Int, _ transform: @escaping @Sendable (Int) -> Value) -> [Value] {
        let slots = Slots<Value>(count: count)
        guard count > 1 else { return (0..<count).map(transform) }
        let job = Job {
            for index in stride(from: 1, to: count, by: 2) { slots.values[index] = transform(index) }
        }
        var thread = pthread_t()
        let context = Unmanaged.passRetained(job).toOpaque()
        let started = pthread_create(
            &thread, nil,
            { context in
                guard let context else { return nil }
                Unmanaged<Job>.fromOpaque(context).takeRetainedValue().run()
                return nil
            }, context)
        if started != 0 {
            // No second thread to be had: do it all here.
            Unmanaged<Job>.fromOpaque(context).release()
            job.run()
        }
        for index in stride(from: 0, to: count, by: 2) { slots.values[index] = transform(index) }
        if started == 0 { pthread_join(thread, nil) }
        // Every slot is written by now: nothing is dropped.
        return slots.values.compactMap { $0 }
    }
}
