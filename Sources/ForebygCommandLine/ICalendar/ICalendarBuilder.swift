import ForebygCore

/// Writes events as an iCalendar file (RFC 5545) that calendar programs import.
///
/// Decisions, so that the same input always gives the same bytes:
/// - Times carry `TZID=Europe/Copenhagen`, and the file holds that zone's `VTIMEZONE`
///   (CET/CEST with the EU's last-Sunday rules), so a meeting at 09:00 stays at 09:00 in
///   Danish time whichever zone the reader's calendar is in.
/// - `DTSTAMP` is not the clock's time but ``timestamp`` at 00:00 UTC, a date the caller
///   derives from its input (the course's start date), so output is reproducible.
/// - Attendees have no e-mail address: each is `ATTENDEE;CN=<name>:urn:forebyg:participant:<id>`.
/// - Lines end in CRLF and are folded at 75 octets; TEXT values are escaped.
struct ICalendarBuilder: Sendable {
    /// The `PRODID` value.
    var productIdentifier = "-//Forebyg//forebyg \(ForebygCommandLine.version)//DA"
    /// The calendar's name (`X-WR-CALNAME`, which most programs show), if any.
    var calendarName: String?
    /// The date used for every event's `DTSTAMP`, at 00:00 UTC.
    var timestamp: CalendarDate

    /// The time zone every time is given in.
    static let timeZone = "Europe/Copenhagen"

    /// The whole calendar file.
    func build(_ events: [CalendarEvent]) -> String {
        var lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:\(ICalendarText.escape(productIdentifier))", "CALSCALE:GREGORIAN"]
        if let calendarName { lines.append("X-WR-CALNAME:\(ICalendarText.escape(calendarName))") }
        lines += Self.timeZoneLines
        for event in events { lines += eventLines(event) }
        lines.append("END:VCALENDAR")
        return lines.map { ICalendarText.fold($0) }.joined()
    }

    /// One `VEVENT`'s content lines, unfolded.
    func eventLines(_ event: CalendarEvent) -> [String] {
        var lines = [
            "BEGIN:VEVENT",
            "UID:\(ICalendarText.escape(event.uid))",
            "DTSTAMP:\(Self.basicDate(timestamp))T000000Z",
            "DTSTART;TZID=\(Self.timeZone):\(Self.basicDateTime(event.start))",
            "DTEND;TZID=\(Self.timeZone):\(Self.basicDateTime(event.end))",
            "SUMMARY:\(ICalendarText.escape(event.summary))",
            "DESCRIPTION:\(ICalendarText.escape(event.description))",
        ]
        if let location = event.location { lines.append("LOCATION:\(ICalendarText.escape(location))") }
        for attendee in event.attendees {
            lines.append("ATTENDEE;CN=\(ICalendarText.parameterValue(attendee.name)):urn:forebyg:participant:\(Self.uriSafe(attendee.id))")
        }
        lines.append("END:VEVENT")
        return lines
    }

    /// `20260217`.
    static func basicDate(_ date: CalendarDate) -> String {
        date.isoString.replacing("-", with: "")
    }

    /// `20260217T093000`, a local time without zone designator.
    static func basicDateTime(_ time: LocalDateTime) -> String {
        "\(basicDate(time.date))T\(time.timeString.replacing(":", with: ""))00"
    }

    /// The id with anything but letters, digits and `-._~` percent-encoded, so the URI stays valid.
    static func uriSafe(_ id: String) -> String {
        id.utf8.map { byte in
            let scalar = Unicode.Scalar(byte)
            return byte < 0x80 && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || "-._~".unicodeScalars.contains(scalar))
                ? String(scalar) : "%" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2)
        }.joined()
    }

    /// Europe/Copenhagen since 1996: CET (+01:00) and CEST (+02:00), changing on the last
    /// Sundays of March and October.
    static let timeZoneLines = [
        "BEGIN:VTIMEZONE", "TZID:\(timeZone)",
        "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200", "TZNAME:CEST",
        "DTSTART:19960331T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
        "BEGIN:STANDARD", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "TZNAME:CET",
        "DTSTART:19961027T030000", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD",
        "END:VTIMEZONE",
    ]
}
