import DocumentTree
import CourseModel
import ForebygCore

/// A course's schedule as calendar events: one `VEVENT` per scheduled meeting.
///
/// The schedule gives days, not times, so every meeting starts at ``startTime`` (09:00 by
/// default) and lasts its duration. The UID is built from what identifies a meeting in its
/// course (kind, number, working group), the course's start date and a hash of the workplace,
/// so it stays the same when the file is generated again, even after the dates are moved.
struct CourseCalendar: Sendable {
    /// The course.
    let configuration: CourseConfiguration
    /// The language of the meeting names and labels.
    let language: Language
    /// When every meeting starts, as minutes after midnight.
    let startTime: Int

    /// The calendar file.
    func iCalendar() -> String {
        let strings = ForebygCommandLineStrings.for(language)
        let name = [strings.calendarName, configuration.workplace].compactMap { $0 }.joined(separator: " – ")
        let builder = ICalendarBuilder(calendarName: name, timestamp: configuration.startDate)
        return builder.build(events())
    }

    /// Every meeting of the schedule as an event, in date order.
    func events() -> [CalendarEvent] {
        let meetings = CourseSchedule(configuration: configuration).meetings
        let series = Dictionary(grouping: meetings) { SeriesKey(kind: $0.kind, group: $0.workingGroup) }
        return meetings.map { event(for: $0, numbered: series[SeriesKey(kind: $0.kind, group: $0.workingGroup), default: []].count > 1) }
    }

    /// Meetings of one kind for one working group (or for all).
    private struct SeriesKey: Hashable {
        let kind: MeetingKind
        let group: WorkingGroupID?
    }

    /// One meeting as an event; `numbered` when its kind recurs, so its title carries its number.
    private func event(for meeting: ScheduledMeeting, numbered: Bool) -> CalendarEvent {
        let start = LocalDateTime(startOf: meeting.date).adding(minutes: startTime)
        let end = start.adding(minutes: meeting.durationMinutes)
        let attendees = meeting.participants.map { id in
            CalendarEvent.Attendee(name: configuration.people.first { $0.id == id }?.label ?? id.rawValue, id: id.rawValue)
        }
        return CalendarEvent(
            uid: uid(for: meeting), summary: summary(of: meeting, numbered: numbered), start: start, end: end,
            description: description(of: meeting, attendees: attendees), location: configuration.workplace, attendees: attendees)
    }

    /// `Praksisfortællingsmøde 2 – Dagholdet, hus A og B`.
    private func summary(of meeting: ScheduledMeeting, numbered: Bool) -> String {
        var title = meeting.kind.label(in: language)
        if numbered { title += " \(meeting.number)" }
        if let group = meeting.workingGroup, let name = configuration.workingGroups.first(where: { $0.id == group })?.name {
            title += " – \(name)"
        }
        return title
    }

    /// The agenda, one line per point, then the participants.
    private func description(of meeting: ScheduledMeeting, attendees: [CalendarEvent.Attendee]) -> String {
        let strings = ForebygCommandLineStrings.for(language)
        var lines: [String] = []
        if !meeting.agenda.isEmpty {
            lines.append("\(strings.agenda):")
            lines += meeting.agenda.map { item in
                "\(item.step). \(item.title)" + (item.minutes.map { " (\(strings.minutesText($0)))" } ?? "")
            }
            lines.append("")
        }
        lines.append("\(strings.participants): \(attendees.map(\.name).joined(separator: ", "))")
        return lines.joined(separator: "\n")
    }

    /// `storyMeeting-2-ag-dag-2026-03-02-1a2b3c4d5e6f7a8b@forebyg`.
    private func uid(for meeting: ScheduledMeeting) -> String {
        let group = meeting.workingGroup?.rawValue ?? "all"
        let workplace = Self.fnv1a(configuration.workplace ?? "")
        return "\(meeting.kind.rawValue)-\(meeting.number)-\(group)-\(configuration.startDate.isoString)-\(workplace)@forebyg"
    }

    /// The 64-bit FNV-1a hash of the text's UTF-8 bytes, in hexadecimal: short, stable across runs and platforms.
    static func fnv1a(_ text: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        return String(hash, radix: 16)
    }
}
