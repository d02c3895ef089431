import Synchronization
import Testing
@testable import ForebygCommandLine

/// Results are reported in input order as soon as they and the ones before them are done.
@Suite struct ParallelMapTests {
    @Test(arguments: [1, 2, 4])
    func emitsEveryResultOnceInIndexOrder(jobs: Int) {
        let emitted = Mutex<[Int]>([])
        let results = ParallelMap.map(count: 200, jobs: jobs, emit: { index, value in
            emitted.withLock { $0.append(index) }
            #expect(value == index * 2)
        }) { index in (index * 2, false) }
        #expect(emitted.withLock { $0 } == Array(0..<200))
        #expect(results == (0..<200).map { Optional($0 * 2) })
    }

    @Test func aStoppedBatchEmitsTheResultsBeforeTheStop() {
        let emitted = Mutex<[Int]>([])
        _ = ParallelMap.map(count: 50, jobs: 1, emit: { index, _ in emitted.withLock { $0.append(index) } }) { index in (index, index == 9) }
        #expect(emitted.withLock { $0 } == Array(0...9))
    }
}
