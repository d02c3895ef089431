#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import ForebygCore
import Testing
@testable import ForebygCommandLine

@Suite struct ICalendarBuilderTests {
    private let day = CalendarDate("2026-03-02")

    private var event: CalendarEvent {
        CalendarEvent(
            uid: "kursus-engen-pf-1@forebyg",
            summary: "Praksisfortællingsmøde 1; alenearbejde, nat",
            start: LocalDateTime(startOf: day).adding(minutes: 9 * 60 + 30),
            end: LocalDateTime(startOf: day).adding(minutes: 12 * 60 + 30),
            description: "Dagsorden:\n1. Feedback fra IG (15 min)\n2. Hvem har et tema? (20 min)",
            location: "Mødelokale 2",
            attendees: [.init(name: "Tovholder, AG 1", id: "tovholder 1")]
        )
    }

    private var calendar: String {
        ICalendarBuilder(calendarName: "Forløb", timestamp: day).build([event])
    }

    @Test func endsEveryLineWithCRLFAndKeepsLinesShort() {
        let text = calendar
        #expect(text.hasPrefix("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"))
        #expect(text.hasSuffix("END:VCALENDAR\r\n"))
        #expect(!text.replacing("\r\n", with: "").contains("\n"))
        #expect(text.split(separator: "\r\n").allSatisfy { $0.utf8.count <= 75 })
    }

    @Test func writesZonedTimesADeterministicStampAndEscapedText() {
        let text = calendar.replacing("\r\n ", with: "")
        #expect(text.contains("DTSTART;TZID=Europe/Copenhagen:20260302T093000\r\n"))
        #expect(text.contains("DTEND;TZID=Europe/Copenhagen:20260302T123000\r\n"))
        #expect(text.contains("DTSTAMP:20260302T000000Z\r\n"))
        #expect(text.contains("UID:kursus-engen-pf-1@forebyg\r\n"))
        #expect(text.contains("SUMMARY:Praksisfortællingsmøde 1\\; alenearbejde\\, nat\r\n"))
        #expect(text.contains("DESCRIPTION:Dagsorden:\\n1. Feedback fra IG (15 min)\\n2. Hvem har et tema? (20 min)\r\n"))
        #expect(text.contains("ATTENDEE;CN=\"Tovholder, AG 1\":urn:forebyg:participant:tovholder%201\r\n"))
        #expect(text.contains("BEGIN:VTIMEZONE\r\nTZID:Europe/Copenhagen\r\n"))
        #expect(text.contains("X-WR-CALNAME:Forløb\r\n"))
    }

    @Test func isDeterministic() {
        #expect(calendar == calendar)
        #expect(calendar.components(separatedBy: "BEGIN:VEVENT").count == 2)
    }
}
