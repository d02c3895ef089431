#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import ForebygCore
import Testing
@testable import IncidentAnalysis

#if canImport(Glibc)
import Glibc
#endif

/// The synthetic generator is deterministic and its logs are valid; the benchmark runs on request.
@Suite struct SyntheticIncidentsTests {
    @Test func sameSeedSameLog() {
        #expect(SyntheticIncidents.log(count: 500, seed: 7) == SyntheticIncidents.log(count: 500, seed: 7))
        #expect(SyntheticIncidents.log(count: 500, seed: 7) != SyntheticIncidents.log(count: 500, seed: 8))
    }

    @Test func logsAreValidAndSplitBetweenThePeriods() {
        let log = SyntheticIncidents.log(count: 10_000, seed: 1)
        #expect(log.incidents.count == 10_000)
        #expect(!log.validate().containsErrors)
        let analysis = log.analysis()
        let previous = analysis.categoryChanges.last!.previousCount
        #expect(analysis.total + previous == log.incidents.filter { $0.time.date >= analysis.previousPeriod.start }.count)
        #expect(abs(analysis.total - 5_000) < 100)
        #expect(analysis.byHour.reduce(0) { $0 + $1.count } == analysis.total)
        #expect(analysis.byMonth.count == 12)
    }

    /// Analyses a million incidents when `FOREBYG_BENCH=1`; run it in release:
    /// `FOREBYG_BENCH=1 swift test -c release --filter SyntheticIncidentsTests`.
    @Test(.enabled(if: ProcessInfo.processInfo.environment["FOREBYG_BENCH"] == "1"))
    func benchmarkAMillionIncidents() {
        let clock = ContinuousClock()
        var log: IncidentLog?
        let generation = clock.measure { log = SyntheticIncidents.log(count: 1_000_000, seed: 42) }
        let residentAfterGeneration = Self.peakResidentMegabytes()
        var analysis: IncidentAnalysisResult?
        let analysing = clock.measure { analysis = log!.analysis() }
        print("generation: \(generation), analysis: \(analysing), peak RSS after generation: \(residentAfterGeneration) MB, after analysis: \(Self.peakResidentMegabytes()) MB, incidents in period: \(analysis!.total)")
        #expect(analysis!.total > 400_000)
    }

    /// The process's peak resident memory so far (Linux only; 0 elsewhere).
    private static func peakResidentMegabytes() -> Int {
        #if canImport(Glibc)
        var usage = rusage()
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
        return usage.ru_maxrss / 1024
        #else
        return 0
        #endif
    }
}
