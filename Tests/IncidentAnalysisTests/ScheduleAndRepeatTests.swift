#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import ForebygCore
import Testing
@testable import IncidentAnalysis

/// Shifts cover the day; repeats need enough incidents inside one window.
@Suite struct ScheduleAndRepeatTests {
    @Test func standardShiftsCoverEveryMinute() {
        let schedule = ShiftSchedule.standard
        #expect(schedule.shifts.map(\.name) == ["dag", "aften", "nat"])
        let expected = (0..<1440).map { minute in minute < 7 * 60 ? 2 : minute < 15 * 60 ? 0 : minute < 23 * 60 ? 1 : 2 }
        #expect((0..<1440).map(schedule.shiftIndex(atMinute:)) == expected)
        #expect(schedule.end(ofShiftAt: 2) == ClockTime(hour: 7))
    }

    @Test func shiftsAreOrderedByStart() {
        let schedule = ShiftSchedule([Shift(name: "nat", start: ClockTime(hour: 22)!), Shift(name: "dag", start: ClockTime(hour: 8)!)])
        #expect(schedule?.shifts.map(\.name) == ["dag", "nat"])
        #expect(schedule?.shiftIndex(atMinute: 7 * 60 + 59) == 1)
        #expect(schedule?.shiftIndex(atMinute: 8 * 60) == 0)
        #expect(ShiftSchedule([]) == nil)
    }

    @Test func clockTimesParseStrictly() {
        #expect(ClockTime(text: "07:30")?.minuteOfDay == 450)
        #expect(ClockTime(text: "24:00") == nil)
        #expect(ClockTime(text: "7:30") == nil)
        #expect(ClockTime(hour: 23, minute: 5)?.text == "23:05")
    }

    @Test func previousPeriodHasTheSameLength() {
        let period = AnalysisPeriod(start: CalendarDate(isoString: "2026-03-01")!, end: CalendarDate(isoString: "2026-03-31")!)
        #expect(period.dayCount == 31)
        #expect(period.previous == AnalysisPeriod(start: CalendarDate(isoString: "2026-01-29")!, end: CalendarDate(isoString: "2026-02-28")!))
    }

    private let window = RepeatWindow(start: CalendarDate(isoString: "2026-02-01")!, count: 3, days: 14)

    @Test func threeWithinTheWindowRepeat() {
        let finding = window.finding(.location("Gang"), days: [20, 0, 13, 7])
        #expect(finding == RepeatFinding(
            subject: .location("Gang"), count: 3,
            firstDate: CalendarDate(isoString: "2026-02-01")!, lastDate: CalendarDate(isoString: "2026-02-14")!))
    }

    @Test func threeSpanningMoreThanTheWindowDoNot() {
        #expect(window.finding(.location("Gang"), days: [0, 7, 14]) == nil)
        #expect(window.finding(.location("Gang"), days: [0, 10]) == nil)
    }

    @Test func theBusiestWindowIsReported() {
        let finding = window.finding(.citizen("borger-A"), days: [0, 1, 2, 30, 31, 31, 32])
        #expect(finding?.count == 4)
        #expect(finding?.firstDate == CalendarDate(isoString: "2026-03-03"))
    }

    @Test func parametersDecodeWithDefaults() throws {
        let parameters = try JSONDecoder().decode(AnalysisParameters.self, from: Data(#"{"repeatCount": 4}"#.utf8))
        #expect(parameters == AnalysisParameters(nearMissShareThreshold: 0.2, repeatCount: 4, repeatWindowDays: 30, followUpDays: 3))
    }

    @Test func aShareAtTheThresholdIsNotFlagged() {
        var log = IncidentExamples.month
        log.parameters = AnalysisParameters(nearMissShareThreshold: 0.1, repeatCount: 50, repeatWindowDays: 30, followUpDays: 30)
        let analysis = log.analysis()
        #expect(analysis.nearMissShare == 0.1)
        #expect(analysis.followUp.late.isEmpty)
        #expect(analysis.followUp.pending == 4)
        #expect(analysis.flags.isEmpty)
    }
}
