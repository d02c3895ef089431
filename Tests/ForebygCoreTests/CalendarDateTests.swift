import DocumentTree
import ForebygCore
import Testing

@Suite struct CalendarDateTests {
    @Test func knownWeekdays() throws {
        #expect(try #require(CalendarDate(isoString: "1970-01-01")).weekday == .thursday)
        #expect(try #require(CalendarDate(isoString: "2026-02-17")).weekday == .tuesday)
        #expect(try #require(CalendarDate(isoString: "2024-02-29")).weekday == .thursday)
    }

    @Test func daysSinceEpochRoundTripsOverFourHundredYears() {
        let start = CalendarDate("1900-01-01").daysSinceEpoch
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
        let date = CalendarDate("2026-01-31")
        #expect(date.adding(months: 1) == CalendarDate("2026-02-28"))
        #expect(date.adding(months: 13) == CalendarDate("2027-02-28"))
    }

    @Test func formats() {
        let date = CalendarDate("2026-02-07")
        #expect(date.formatted(in: .danish) == "07.02.2026")
        #expect(date.formatted(in: .english) == "2026-02-07")
        #expect(date.monthName(in: .danish) == "februar")
    }

    @Test func nextWorkdaySkipsWeekends() {
        let saturday = CalendarDate("2026-11-28")
        #expect(saturday.weekday == .saturday)
        #expect(saturday.nextWorkday == CalendarDate("2026-11-30"))
        #expect(saturday.adding(days: 1).nextWorkday.weekday == .monday)
    }

    @Test func isoWeeks() {
        #expect(CalendarDate("2026-01-01").isoWeek == 1)
        #expect(CalendarDate("2027-01-01").isoWeek == 53)
        #expect(CalendarDate("2026-02-17").isoWeek == 8)
    }

    @Test func localDateTimeParsesAndRejects() throws {
        let time = try #require(LocalDateTime(isoString: "2026-02-17T07:05"))
        #expect(time.hour == 7 && time.minute == 5)
        #expect(time.formatted(in: .danish) == "17.02.2026 07:05")
        #expect(LocalDateTime(isoString: "2026-02-17T24:00") == nil)
        #expect(LocalDateTime(isoString: "2026-02-17 07:05") == nil)
    }
}
