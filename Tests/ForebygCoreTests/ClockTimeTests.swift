#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import ForebygCore
import Testing

/// The one time-of-day type: its text, its order and its arithmetic through midnight.
@Suite struct ClockTimeTests {
    @Test func parsesAndWritesHoursAndMinutes() throws {
        #expect(ClockTime(text: "07:30")?.minuteOfDay == 450)
        #expect(ClockTime(text: "24:00") == nil)
        #expect(ClockTime(text: "7:30") == nil)
        #expect(ClockTime(hour: 23, minute: 5)?.text == "23:05")
        #expect(ClockTime(minuteOfDay: 1439)?.text == "23:59")
        #expect(ClockTime(minuteOfDay: 1440) == nil && ClockTime(minuteOfDay: -1) == nil)
        #expect(ClockTime.midnight.text == "00:00")
        #expect(ClockTime.midnight < ClockTime(hour: 23, minute: 59)!)
    }

    @Test(arguments: [
        ("23:00", "23:00", 0), ("02:00", "23:00", 180), ("22:59", "23:00", 1439), ("07:00", "00:00", 420), ("00:00", "07:00", 1020),
    ])
    func countsMinutesForwardThroughMidnight(time: String, start: String, minutes: Int) throws {
        #expect(try #require(ClockTime(text: time)).minutes(since: try #require(ClockTime(text: start))) == minutes)
    }

    @Test(arguments: [
        ("23:00", true), ("23:59", true), ("00:00", true), ("06:59", true), ("07:00", false), ("22:59", false), ("12:00", false),
    ])
    func aSpanAcrossMidnightHoldsItsStartNotItsEnd(time: String, inside: Bool) throws {
        let night = (try #require(ClockTime(text: "23:00")), try #require(ClockTime(text: "07:00")))
        #expect(try #require(ClockTime(text: time)).isIn(from: night.0, to: night.1) == inside)
    }

    @Test func aSpanWithinTheDayAndTheWholeDay() throws {
        let day = (try #require(ClockTime(text: "07:00")), try #require(ClockTime(text: "15:00")))
        #expect(ClockTime(text: "07:00")!.isIn(from: day.0, to: day.1))
        #expect(ClockTime(text: "14:59")!.isIn(from: day.0, to: day.1))
        #expect(!ClockTime(text: "15:00")!.isIn(from: day.0, to: day.1))
        #expect(ClockTime(text: "03:00")!.isIn(from: day.0, to: day.0))
    }

    @Test func jsonIsTheHoursAndMinutesString() throws {
        let time = try #require(ClockTime(text: "06:05"))
        #expect(String(decoding: try JSONEncoder().encode([time]), as: UTF8.self) == #"["06:05"]"#)
        #expect(try JSONDecoder().decode([ClockTime].self, from: Data(#"["06:05"]"#.utf8)) == [time])
        #expect(throws: DecodingError.self) { try JSONDecoder().decode([ClockTime].self, from: Data(#"["6:05"]"#.utf8)) }
    }

    @Test func aMomentHasItsTimeOfDay() throws {
        #expect(try #require(LocalDateTime(isoString: "2026-03-29T02:30")).clockTime == ClockTime(hour: 2, minute: 30))
    }
}
