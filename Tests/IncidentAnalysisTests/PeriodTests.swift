import ForebygCore
import Testing
@testable import IncidentAnalysis

/// Analyses of other periods than the log's own, and independence of the incidents' order.
@Suite struct PeriodTests {
    private static func date(_ text: String) -> CalendarDate { CalendarDate(isoString: text)! }

    @Test func aPeriodAcrossTheNewYear() {
        let period = AnalysisPeriod(start: Self.date("2025-12-15"), end: Self.date("2026-01-20"))
        let analysis = IncidentExamples.month.analysis(of: period)
        #expect(analysis.previousPeriod == AnalysisPeriod(start: Self.date("2025-11-08"), end: Self.date("2025-12-14")))
        #expect(analysis.total == 7)
        #expect(analysis.byMonth == [Tally(Self.date("2025-12-01"), 0), Tally(Self.date("2026-01-01"), 7)])
        #expect(analysis.byWeek.map(\.key) == ["2025-12-15", "2025-12-22", "2025-12-29", "2026-01-05", "2026-01-12", "2026-01-19"].map(Self.date))
        #expect(analysis.byWeek.map(\.key.isoWeek) == [51, 52, 1, 2, 3, 4])
        #expect(analysis.byWeek.map(\.count) == [0, 0, 2, 3, 1, 1])
        #expect(analysis.categoryChanges.last == CategoryChange(category: nil, count: 7, previousCount: 0))
        #expect(analysis.repeats.first == RepeatFinding(
            subject: .citizen("borger-A"), count: 7, firstDate: Self.date("2026-01-03"), lastDate: Self.date("2026-01-20")))
    }

    @Test func aSingleDay() {
        let day = Self.date("2026-02-12")
        let analysis = IncidentExamples.month.analysis(of: AnalysisPeriod(start: day, end: day))
        #expect(analysis.total == 1)
        #expect(analysis.previousPeriod == AnalysisPeriod(start: Self.date("2026-02-11"), end: Self.date("2026-02-11")))
        #expect(analysis.categoryChanges.last?.previousCount == 1)
        #expect(analysis.byShift.map(\.count) == [0, 0, 1])
        #expect(analysis.byWeek == [Tally(Self.date("2026-02-09"), 1)])
    }

    @Test func theOrderOfIncidentsDoesNotMatter() {
        var reversed = IncidentExamples.month
        reversed.incidents.reverse()
        let forward = IncidentExamples.month.analysis()
        var backward = reversed.analysis()
        #expect(backward.followUp.late == forward.followUp.late.reversed())
        backward.followUp.late.reverse()
        #expect(backward == forward)
    }
}
