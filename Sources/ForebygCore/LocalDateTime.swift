public import DocumentTree

/// A date and a time of day at the workplace, to the minute, without a time zone.
///
/// Scores and incidents are recorded in the workplace's local time. In JSON a value is a
/// string `YYYY-MM-DDTHH:MM` (ISO 8601 local date and time, no offset).
public struct LocalDateTime: Hashable, Comparable, Sendable {
    /// The day.
    public let date: CalendarDate
    /// Minutes after midnight, 0–1439.
    public let minuteOfDay: Int

    /// Creates a date and time, or throws if the time of day does not exist. For a time written
    /// in code, a literal is shorter: `let time: LocalDateTime = "2026-05-04T14:30"`.
    public init(date: CalendarDate, hour: Int, minute: Int) throws(InvalidDateError) {
        guard (0..<24).contains(hour), (0..<60).contains(minute) else {
            throw InvalidDateError("\(hour):\(minute) is not a time of day (00:00–23:59)")
        }
        self.init(date: date, minuteOfDay: hour * 60 + minute)
    }

    /// Creates a date and time from a minute of the day the caller knows is 0–1439.
    init(date: CalendarDate, minuteOfDay: Int) {
        self.date = date
        self.minuteOfDay = minuteOfDay
    }

    /// Midnight at the start of a day.
    public init(startOf date: CalendarDate) {
        self.init(date: date, minuteOfDay: 0)
    }

    /// The moment a number of minutes later (or earlier, for a negative number), across days.
    public func adding(minutes: Int) -> LocalDateTime {
        let wholeDays = minutes.floorDivided(by: 1440)
        let total = minuteOfDay + (minutes % 1440 + 1440) % 1440
        let days = total.floorDivided(by: 1440)
        return LocalDateTime(date: date.adding(days: wholeDays).adding(days: days), minuteOfDay: total - days * 1440)
    }

    /// The hour, 0–23.
    public var hour: Int { minuteOfDay / 60 }
    /// The minute, 0–59.
    public var minute: Int { minuteOfDay % 60 }
    /// The time of day (``minuteOfDay`` is always 0–1439).
    public var clockTime: ClockTime { ClockTime(minuteOfDay: minuteOfDay)! }

    /// Minutes since 1 January 1970 00:00, for differences between times.
    public var minutesSinceEpoch: Int {
        date.daysSinceEpoch * 1440 + minuteOfDay
    }

    /// The time of day as `HH:MM`.
    public var timeString: String {
        PaddedDigits.string((hour, 2), (minute, 2), separators: ":")
    }

    /// The ISO 8601 form, `YYYY-MM-DDTHH:MM`.
    public var isoString: String {
        PaddedDigits.string((date.year, 4), (date.month, 2), (date.day, 2), (hour, 2), (minute, 2), separators: "--T:")
    }

    /// The date and time as written in a document of the given language (`17.02.2026 14:30` in Danish).
    public func formatted(in language: Language) -> String {
        switch language {
        case .danish: PaddedDigits.string((date.day, 2), (date.month, 2), (date.year, 4), (hour, 2), (minute, 2), separators: ".. :")
        case .english: PaddedDigits.string((date.year, 4), (date.month, 2), (date.day, 2), (hour, 2), (minute, 2), separators: "-- :")
        }
    }

    /// Parses `YYYY-MM-DDTHH:MM`; returns `nil` for anything else.
    public init?(isoString: String) {
        var text = isoString
        guard let value = text.withUTF8(Self.init(isoUTF8:)) else { return nil }
        self = value
    }

    /// Parses `YYYY-MM-DDTHH:MM` in UTF-8; returns `nil` for anything else.
    init?(isoUTF8 utf8: UnsafeBufferPointer<UInt8>) {
        guard utf8.count == 16, utf8[10] == UInt8(ascii: "T"), utf8[13] == UInt8(ascii: ":"),
            let (year, month, day) = CalendarDate.parts(UnsafeBufferPointer(rebasing: utf8[0..<10])),
            let date = try? CalendarDate(year: year, month: month, day: day),
            let hour = CalendarDate.number(utf8[11..<13]), let minute = CalendarDate.number(utf8[14..<16]),
            (0..<24).contains(hour), (0..<60).contains(minute)
        else { return nil }
        self.init(date: date, minuteOfDay: hour * 60 + minute)
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
        self = try Self(decoded: try container.decode(String.self), at: container.codingPath)
    }

    /// The date and time a decoded string names, or the decoding error at `codingPath`; shared
    /// with the package's fast path of decoding (`JSONObjectReader`).
    init(decoded text: String, at codingPath: @autoclosure () -> [any CodingKey]) throws {
        guard let value = LocalDateTime(isoString: text) else {
            throw DecodingError.dataCorrupted(.init(
                codingPath: codingPath(), debugDescription: "expected a local date and time as YYYY-MM-DDTHH:MM, found \"\(text)\""))
        }
        self = value
    }

    /// Encodes as a `YYYY-MM-DDTHH:MM` string.
    public func encode(to encoder: any Encoder) throws {
        try encoder.encodeSingleValue(isoString)
    }
}

extension LocalDateTime: CustomStringConvertible {
    /// The ISO 8601 form, `YYYY-MM-DDTHH:MM`.
    public var description: String { isoString }
}
