import DocumentTree
import CourseModel
import ForebygCore
import Testing
@testable import ForebygCommandLine

@Suite struct CourseCalendarTests {
    private let calendar = CourseCalendar(configuration: CourseExamples.courseConfiguration, language: .danish, startTime: 9 * 60)

    @Test func hasOneEventPerScheduledMeetingWithUniqueStableUIDs() {
        let events = calendar.events()
        let meetings = CourseSchedule(configuration: CourseExamples.courseConfiguration).meetings
        #expect(events.count == meetings.count)
        #expect(Set(events.map(\.uid)).count == events.count)
        #expect(events.map(\.uid) == calendar.events().map(\.uid))
        #expect(events.allSatisfy { $0.uid.hasSuffix("@forebyg") && $0.uid.contains("2026-03-02") })
    }

    @Test func startsAtTheChosenTimeAndLastsTheMeetingsDuration() throws {
        let meetings = CourseSchedule(configuration: CourseExamples.courseConfiguration).meetings
        for (event, meeting) in zip(calendar.events(), meetings) {
            #expect(event.start.date == meeting.date)
            #expect(event.start.timeString == "09:00")
            #expect(event.end.minutesSinceEpoch - event.start.minutesSinceEpoch == meeting.durationMinutes)
        }
    }

    @Test func namesRecurringMeetingsWithNumberAndGroupAndListsAgendaAndParticipants() throws {
        let story = try #require(calendar.events().first { $0.summary.hasPrefix("Praksisfortællingsmøde 1 – ") })
        #expect(story.summary == "Praksisfortællingsmøde 1 – Dagholdet, hus A og B")
        #expect(story.description.hasPrefix("Dagsorden:\n1. "))
        #expect(story.description.contains("Deltagere: Lene, Amir, Camilla, Dorte, Emil"))
        #expect(story.attendees.contains(.init(name: "Lene", id: "p-lene")))
        #expect(story.location == "Botilbuddet Lærkehøj")
        let planning = try #require(calendar.events().first { $0.summary.hasPrefix("Planlægningsmøde") })
        #expect(!planning.summary.contains(" 1"))
    }

    @Test func usesEnglishLabelsInEnglish() throws {
        let english = CourseCalendar(configuration: CourseExamples.courseConfiguration, language: .english, startTime: 600)
        let first = try #require(english.events().first)
        #expect(first.description.contains("Participants: "))
        #expect(first.start.timeString == "10:00")
        #expect(english.iCalendar().contains("X-WR-CALNAME:Prevention course – Botilbuddet Lærkehøj\r\n"))
    }

    @Test func hashesWorkplacesStablyWithFNV1a() {
        #expect(CourseCalendar.fnv1a("") == "cbf29ce484222325")
        #expect(CourseCalendar.fnv1a("a") == "af63dc4c8601ec8c")
    }
}
