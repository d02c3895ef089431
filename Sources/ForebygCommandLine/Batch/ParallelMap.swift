import Dispatch
import Synchronization
#if canImport(Darwin)
import Darwin
#elseif canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// Runs a function over the indices `0..<count` on several threads and collects the results
/// in index order, so that output stays deterministic whatever the scheduling.
enum ParallelMap {
    /// Calls `body` for every index on up to `jobs` threads (`DispatchQueue.concurrentPerform`,
    /// each worker taking the next index). When `body` returns `stop == true` for an index, no
    /// further indices are started; indices never started are `nil` in the result.
    ///
    /// `emit`, if given, is called with each result in index order as soon as it and every result
    /// before it are done, so that a batch reports each file as it finishes and the report keeps
    /// the input order.
    static func map<Result: Sendable>(
        count: Int, jobs: Int, emit: (@Sendable (Int, Result) -> Void)? = nil,
        _ body: @Sendable (Int) -> (result: Result, stop: Bool)
    ) -> [Result?] {
        let next = Atomic<Int>(0)
        let stopped = Atomic<Bool>(false)
        let state = Mutex<(results: [Result?], emitted: Int)>((Array(repeating: nil, count: count), 0))
        DispatchQueue.concurrentPerform(iterations: max(1, min(jobs, count))) { _ in
            while !stopped.load(ordering: .relaxed) {
                let index = next.add(1, ordering: .relaxed).oldValue
                guard index < count else { return }
                let (result, stop) = body(index)
                state.withLock { state in
                    state.results[index] = result
                    while state.emitted < count, let ready = state.results[state.emitted] {
                        emit?(state.emitted, ready)
                        state.emitted += 1
                    }
                }
                if stop { stopped.store(true, ordering: .relaxed) }
            }
        }
        return state.withLock { $0.results }
    }

    /// The number of processors the system has online: the default number of jobs.
    static var processorCount: Int {
        max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))))
    }
}
