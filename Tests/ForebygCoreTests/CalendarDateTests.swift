import ForebygCore
import Testing

@Suite struct CalendarDateTests {
    @Test func knownWeekdays() throws {
        #expect(try #require(CalendarDate(isoString: "1970-01-01")).weekday == .thursday)
        #expect(try #require(CalendarDate(isoString: "2026-02-17")).weekday == .tuesday)
        #expect(try #require(CalendarDate(isoString: "2024-02-29")).weekday == .thursday)
    }

    @Test func daysSinceEpochRoundTripsOverFourHundredYears() {
        let start = CalendarDate(year: 1900, month: 1, day: 1)!.daysSinceEpoch
        var previous: CalendarDate?
        for offset in 0..<(146_097 + 10) {
            let date = CalendarDate(daysSinceEpoch: start + offset)
            #expect(date.daysSinceEpoch == start + offset)
            if let previous { #expect(previous < date) }
            previous = date
        }
    }

    @Test(arguments: ["2026-02-30", "2025-02-29", "2026-13-01", "26-01-01", "2026-1-01", "17.02.2026", ""])
    func rejectsDatesThatDoNotExist(text: String) {
        #expect(CalendarDate(isoString: text) == nil)
    }

    @Test func addingMonthsClampsToMonthEnd() {
        let date = CalendarDate(year: 2026, month: 1, day: 31)!
        #expect(date.adding(months: 1) == CalendarDate(year: 2026, month: 2, day: 28)!)
        #expect(date.adding(months: 13) == CalendarDate(year: 2027, month: 2, day: 28)!)
    }

    @Test func formats() {
        let date = CalendarDate(year: 2026, month: 2, day: 7)!
        #expect(date.formatted(in: .danish) == "07.02.2026")
        #expect(date.formatted(in: .english) == "2026-02-07")
        #expect(date.monthName(in: .danish) == "februar")
    }

    @Test func nextWorkdaySkipsWeekends() {
        let saturday = CalendarDate(year: 2026, month: 11, day: 28)!
        #expect(saturday.weekday == .saturday)
        #expect(saturday.nextWorkday == CalendarDate(year: 2026, month: 11, day: 30)!)
        #expect(saturday.adding(days: 1).nextWorkday.weekday == .monday)
    }

    @Test func isoWeeks() {
        #expect(CalendarDate(year: 2026, month: 1, day: 1)!.isoWeek == 1)
        #expect(CalendarDate(year: 2027, month: 1, day: 1)!.isoWeek == 53)
        #expect(CalendarDate(year: 2026, month: 2, day: 17)!.isoWeek == 8)
    }

    @Test func localDateTimeParsesAndRejects() throws {
        let time = try #require(LocalDateTime(isoString: "2026-02-17T07:05"))
        #expect(time.hour == 7 && time.minute == 5)
        #expect(time.formatted(in: .danish) == "17.02.2026 07:05")
        #expect(LocalDateTime(isoString: "2026-02-17T24:00") == nil)
        #expect(LocalDateTime(isoString: "2026-02-17 07:05") == nil)
    }
}
