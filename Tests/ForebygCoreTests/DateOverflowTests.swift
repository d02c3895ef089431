import Testing
@testable import ForebygCore

/// Date arithmetic is total: numbers beyond the calendar's years 1–9999 give its first or last
/// day instead of overflowing, and never a date that cannot be written.
@Suite struct DateOverflowTests {
    static let start: CalendarDate = "2026-05-04"

    @Test(arguments: [Int.min, Int.min + 1, -1_000_000_000, 1_000_000_000, Int.max - 1, Int.max])
    func addingDaysStaysInTheCalendar(days: Int) {
        let date = Self.start.adding(days: days)
        #expect(date == (days > 0 ? CalendarDate.latest : CalendarDate.earliest))
    }

    @Test(arguments: [Int.min, -1_000_000_000, 1_000_000_000, Int.max])
    func addingMonthsStaysInTheCalendar(months: Int) {
        let date = Self.start.adding(months: months)
        #expect(date == (months > 0 ? CalendarDate.latest : CalendarDate.earliest))
    }

    @Test(arguments: [Int.min, Int.max])
    func daysSinceEpochStaysInTheCalendar(days: Int) {
        let date = CalendarDate(daysSinceEpoch: days)
        #expect(date == (days > 0 ? CalendarDate.latest : CalendarDate.earliest))
        #expect(CalendarDate(isoString: date.isoString) == date)
    }

    @Test(arguments: [Int.min, Int.max])
    func addingMinutesStaysInTheCalendar(minutes: Int) {
        let moment = LocalDateTime(startOf: Self.start).adding(minutes: minutes)
        #expect(moment.date == (minutes > 0 ? CalendarDate.latest : CalendarDate.earliest))
        #expect((0..<1440).contains(moment.minuteOfDay))
    }

    @Test func ordinaryArithmeticIsUnchanged() {
        #expect(Self.start.adding(days: 30) == "2026-06-03")
        #expect(CalendarDate("2026-01-31").adding(months: 1) == "2026-02-28")
        #expect(CalendarDate.latest.daysSinceEpoch - CalendarDate.earliest.daysSinceEpoch == 3_652_058)
        #expect(LocalDateTime(startOf: Self.start).adding(minutes: -1).date == "2026-05-03")
    }
}
