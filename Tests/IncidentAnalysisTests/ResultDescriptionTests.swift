import ForebygCore
import Testing
@testable import IncidentAnalysis

/// The analysis results print as one readable line each, not as `Optional(IncidentCategory…)`.
@Suite struct ResultDescriptionTests {
    let analysis = IncidentExamples.month.analysis()

    @Test func resultsPrintReadably() throws {
        #expect(String(describing: analysis) == "2026-02-01…2026-02-28: \(analysis.total) incidents, \(analysis.nearMisses) near misses, \(analysis.flags.count) flags")
        let change = try #require(analysis.categoryChanges.first { $0.category == .threatsAndVerbalAbuse })
        #expect("\(change)".hasPrefix("threatsAndVerbalAbuse: \(change.count) (previous period \(change.previousCount), "))
        #expect(!"\(change)".contains("Optional"))
        #expect("\(analysis.followUp)" == "learning talks: \(analysis.followUp.onTime) on time, \(analysis.followUp.pending) pending, 4 late")
        let late = try #require(analysis.followUp.late.first)
        #expect("\(late)" == "i-04 at 2026-02-05T23:30: due 2026-02-08, held 2026-02-12")
        #expect(analysis.flags.map(String.init(describing:)).allSatisfy { !$0.contains("IncidentAnalysis.") })
        #expect(analysis.byShift.map(String.init(describing:)).allSatisfy { !$0.contains("ClockTime(") })
    }
}
