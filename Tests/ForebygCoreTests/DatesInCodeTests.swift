import Foundation
import Testing
@testable import ForebygCore

/// Dates and times built in code: throwing initialisers, literals, and the bridge to
/// Foundation's `Date` across the daylight-saving changes in Europe/Copenhagen.
@Suite struct DatesInCodeTests {
    @Test func throwingInitialisersSayWhatIsWrong() throws {
        #expect(try CalendarDate(year: 2028, month: 2, day: 29) == "2028-02-29")
        #expect(throws: InvalidDateError("2026-2-30 is not a day of the calendar (years 1–9999)")) { try CalendarDate(year: 2026, month: 2, day: 30) }
        #expect(throws: InvalidDateError.self) { try CalendarDate(year: 0, month: 1, day: 1) }
        #expect(throws: InvalidDateError.self) { try CalendarDate(year: 10_000, month: 1, day: 1) }
        #expect(throws: InvalidDateError("24:10 is not a time of day (00:00–23:59)")) { try LocalDateTime(date: "2026-05-04", hour: 24, minute: 10) }
        #expect(try LocalDateTime(date: "2026-05-04", hour: 23, minute: 59) == "2026-05-04T23:59")
    }

    @Test func literalsAreDatesWrittenInCode() {
        let start: CalendarDate = "2026-05-04"
        #expect(start.year == 2026 && start.month == 5 && start.day == 4)
        let time: LocalDateTime = "2026-05-04T14:30"
        #expect(time.date == start && time.minuteOfDay == 870)
        #expect(CalendarDate("2026-12-31").adding(days: 1) == "2027-01-01")
    }

    @Test func addingMinutesCrossesDays() {
        let late: LocalDateTime = "2026-12-31T23:30"
        #expect(late.adding(minutes: 45) == "2027-01-01T00:15")
        #expect(LocalDateTime(startOf: "2026-03-01").adding(minutes: -1) == "2026-02-28T23:59")
    }

    static func utc(_ text: String) -> Date {
        let time = LocalDateTime(stringLiteral: text)
        return Date(timeIntervalSince1970: TimeInterval(time.minutesSinceEpoch * 60))
    }

    @Test("round trips across the change to summer time on 29 March 2026")
    func springForward() throws {
        // 01:59 CET is 00:59 UTC; 03:00 CEST is 01:00 UTC; 02:00–02:59 does not exist.
        #expect(LocalDateTime("2026-03-29T01:59").instant() == Self.utc("2026-03-29T00:59"))
        #expect(LocalDateTime("2026-03-29T03:00").instant() == Self.utc("2026-03-29T01:00"))
        #expect(LocalDateTime("2026-03-29T02:30").instant() == Self.utc("2026-03-29T01:30"), "moved forward by the jump")
        #expect(try LocalDateTime(Self.utc("2026-03-29T00:59")) == "2026-03-29T01:59")
        #expect(try LocalDateTime(Self.utc("2026-03-29T01:00")) == "2026-03-29T03:00")
        for text in ["2026-03-28T12:00", "2026-03-29T01:59", "2026-03-29T03:00", "2026-03-30T12:00"] {
            let time = LocalDateTime(stringLiteral: text)
            #expect(try LocalDateTime(time.instant()) == time, "\(text)")
        }
    }

    @Test("round trips across the change back on 25 October 2026; the repeated hour names its first occurrence")
    func fallBack() throws {
        #expect(LocalDateTime("2026-10-25T01:59").instant() == Self.utc("2026-10-24T23:59"))
        #expect(LocalDateTime("2026-10-25T02:30").instant() == Self.utc("2026-10-25T00:30"), "the first 02:30, in summer time")
        #expect(LocalDateTime("2026-10-25T03:00").instant() == Self.utc("2026-10-25T02:00"))
        #expect(try LocalDateTime(Self.utc("2026-10-25T00:30")) == "2026-10-25T02:30")
        #expect(try LocalDateTime(Self.utc("2026-10-25T01:30")) == "2026-10-25T02:30", "the second 02:30, in standard time")
        #expect(try CalendarDate(Self.utc("2026-10-24T22:30")) == "2026-10-25", "00:30 local is already the next day")
        #expect(CalendarDate("2026-10-25").start() == Self.utc("2026-10-24T22:00"))
    }

    @Test("the built-in Copenhagen rules agree with the time-zone database hour by hour, 2024–2027")
    func agreesWithTheTimeZoneDatabase() throws {
        let database = try #require(TimeZone(identifier: "Europe/Copenhagen"))
        let start = Self.utc("2024-01-01T00:00").timeIntervalSince1970
        for hour in stride(from: 0, to: 4 * 366 * 24, by: 1) {
            let seconds = Int(start) + hour * 3600
            let expected = database.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(seconds)))
            #expect(WorkplaceTimeZone.copenhagen.secondsFromUTC(atSecondsSince1970: seconds) == expected, "at \(seconds)")
            if WorkplaceTimeZone.copenhagen.secondsFromUTC(atSecondsSince1970: seconds) != expected { break }
        }
        let viaFoundation = WorkplaceTimeZone(database)
        #expect(LocalDateTime("2026-10-25T02:30").instant(in: viaFoundation) == LocalDateTime("2026-10-25T02:30").instant())
    }

    @Test func instantsOutsideTheCalendarThrow() {
        #expect(throws: InvalidDateError.self) { try LocalDateTime(Date(timeIntervalSince1970: 1e13)) }
        #expect(throws: InvalidDateError.self) { try LocalDateTime(Date(timeIntervalSince1970: -1e12)) }
    }
}
