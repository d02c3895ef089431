import DocumentTree
import ForebygCore
import Testing

/// The written forms of dates and times, against a reference built the plain way: each field
/// `String(value)` zero-padded on the left, joined by its separators.
@Suite struct DateFormattingTests {
    private func padded(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }

    @Test func datesOverFourHundredYearsAndTheCalendarsEnds() {
        let start = CalendarDate("1900-01-01").daysSinceEpoch
        let days = Array(start..<(start + 146_097)) + [CalendarDate("0001-01-01").daysSinceEpoch, CalendarDate("9999-12-31").daysSinceEpoch]
        for day in days {
            let date = CalendarDate(daysSinceEpoch: day)
            #expect(date.isoString == "\(padded(date.year, 4))-\(padded(date.month, 2))-\(padded(date.day, 2))")
            #expect(date.danishString == "\(padded(date.day, 2)).\(padded(date.month, 2)).\(padded(date.year, 4))")
        }
    }

    @Test func everyMinuteOfADay() throws {
        let date = CalendarDate("0987-06-05")
        for minute in 0..<1440 {
            let time = try LocalDateTime(date: date, hour: minute / 60, minute: minute % 60)
            let clock = "\(padded(minute / 60, 2)):\(padded(minute % 60, 2))"
            #expect(time.timeString == clock)
            #expect(try #require(ClockTime(minuteOfDay: minute)).text == clock)
            #expect(time.isoString == "0987-06-05T\(clock)")
            #expect(time.formatted(in: .danish) == "05.06.0987 \(clock)")
            #expect(time.formatted(in: .english) == "0987-06-05 \(clock)")
        }
    }
}
