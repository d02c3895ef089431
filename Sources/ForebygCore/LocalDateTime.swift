/// A date and a time of day at the workplace, to the minute, without a time zone.
///
/// Scores and incidents are recorded in the workplace's local time. In JSON a value is a
/// string `YYYY-MM-DDTHH:MM` (ISO 8601 local date and time, no offset).
public struct LocalDateTime: Hashable, Comparable, Sendable {
    /// The day.
    public let date: CalendarDate
    /// Minutes after midnight, 0–1439.
    public let minuteOfDay: Int

    /// Creates a date and time, or returns `nil` if the time does not exist.
    public init?(date: CalendarDate, hour: Int, minute: Int) {
        guard (0..<24).contains(hour), (0..<60).contains(minute) else { return nil }
        self.date = date
        self.minuteOfDay = hour * 60 + minute
    }

    /// The hour, 0–23.
    public var hour: Int { minuteOfDay / 60 }
    /// The minute, 0–59.
    public var minute: Int { minuteOfDay % 60 }

    /// Minutes since 1 January 1970 00:00, for differences between times.
    public var minutesSinceEpoch: Int {
        date.daysSinceEpoch * 1440 + minuteOfDay
    }

    /// The time of day as `HH:MM`.
    public var timeString: String {
        "\(CalendarDate.pad(hour, 2)):\(CalendarDate.pad(minute, 2))"
    }

    /// The ISO 8601 form, `YYYY-MM-DDTHH:MM`.
    public var isoString: String {
        "\(date.isoString)T\(timeString)"
    }

    /// The date and time as written in a document of the given language (`17.02.2026 14:30` in Danish).
    public func formatted(in language: Language) -> String {
        "\(date.formatted(in: language)) \(timeString)"
    }

    /// Parses `YYYY-MM-DDTHH:MM`; returns `nil` for anything else.
    public init?(isoString: String) {
        var text = isoString
        let parts: (CalendarDate, Int, Int)? = text.withUTF8 { utf8 in
            guard utf8.count == 16, utf8[10] == UInt8(ascii: "T"), utf8[13] == UInt8(ascii: ":"),
                let (year, month, day) = CalendarDate.parts(UnsafeBufferPointer(rebasing: utf8[0..<10])),
                let date = CalendarDate(year: year, month: month, day: day),
                let hour = CalendarDate.number(utf8[11..<13]), let minute = CalendarDate.number(utf8[14..<16])
            else { return nil }
            return (date, hour, minute)
        }
        guard let (date, hour, minute) = parts else { return nil }
        self.init(date: date, hour: hour, minute: minute)
    }

    /// Orders chronologically.
    public static func < (lhs: LocalDateTime, rhs: LocalDateTime) -> Bool {
        (lhs.date, lhs.minuteOfDay) < (rhs.date, rhs.minuteOfDay)
    }
}

extension LocalDateTime: Codable {
    /// Decodes from a `YYYY-MM-DDTHH:MM` string.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let value = LocalDateTime(isoString: text) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "expected a local date and time as YYYY-MM-DDTHH:MM, found \"\(text)\"")
        }
        self = value
    }

    /// Encodes as a `YYYY-MM-DDTHH:MM` string.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(isoString)
    }
}

extension LocalDateTime: CustomStringConvertible {
    /// The ISO 8601 form, `YYYY-MM-DDTHH:MM`.
    public var description: String { isoString }
}
