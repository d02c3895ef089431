import ForebygCore

/// One meeting as an iCalendar `VEVENT`, in the workplace's local time.
struct CalendarEvent: Hashable, Sendable {
    /// Someone taking part, known by a display name and a stable id (no e-mail address is known).
    struct Attendee: Hashable, Sendable {
        /// The name shown in calendars, for example `Tovholder` or a pseudonym.
        let name: String
        /// A stable id; it becomes the attendee's URI `urn:forebyg:participant:<id>`.
        let id: String
    }

    /// A stable, unique id, so that importing the file again updates the same events.
    let uid: String
    /// The title.
    let summary: String
    /// The start, in Europe/Copenhagen local time.
    let start: LocalDateTime
    /// The end, in Europe/Copenhagen local time.
    let end: LocalDateTime
    /// The longer text: agenda and participants; may span lines.
    let description: String
    /// Where the meeting is held, if known.
    let location: String?
    /// Who takes part.
    let attendees: [Attendee]
}
