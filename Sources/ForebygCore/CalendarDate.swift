public import DocumentTree

/// A day in the proleptic Gregorian calendar, without time or time zone.
///
/// Meetings, deadlines and status entries are days at the workplace, not instants, so the
/// library counts days without a time zone. In JSON a date is a string `YYYY-MM-DD`
/// (ISO 8601's calendar date).
public struct CalendarDate: Hashable, Comparable, Sendable {
    /// The year, for example 2026.
    public let year: Int
    /// The month, 1–12.
    public let month: Int
    /// The day of the month, 1–31.
    public let day: Int

    /// Creates a date, or throws if the day does not exist (for example 30 February) or the
    /// year is outside 1–9999. For a date written in code, a literal is shorter:
    /// `let start: CalendarDate = "2026-05-04"`.
    public init(year: Int, month: Int, day: Int) throws(InvalidDateError) {
        guard Self.exists(year: year, month: month, day: day) else {
            throw InvalidDateError("\(year)-\(month)-\(day) is not a day of the calendar (years 1–9999)")
        }
        self.init(uncheckedYear: year, month: month, day: day)
    }

    /// Creates a date the caller knows exists.
    init(uncheckedYear year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// Whether the day exists, in years 1–9999.
    static func exists(year: Int, month: Int, day: Int) -> Bool {
        (1...9999).contains(year) && (1...12).contains(month) && (1...daysIn(month: month, year: year)).contains(day)
    }

    /// The first day of the calendar's years: 1 January of year 1.
    public static let earliest = CalendarDate(uncheckedYear: 1, month: 1, day: 1)
    /// The last day of the calendar's years: 31 December 9999.
    public static let latest = CalendarDate(uncheckedYear: 9999, month: 12, day: 31)

    /// Creates the date a number of days after 1 January 1970 (negative numbers count back).
    /// The calendar holds years 1–9999: a number beyond them gives ``earliest`` or ``latest``,
    /// so that date arithmetic never traps and never makes a date that cannot be written.
    public init(daysSinceEpoch: Int) {
        let clamped = min(max(daysSinceEpoch, Self.earliest.daysSinceEpoch), Self.latest.daysSinceEpoch)
        self.init(clampedDaysSinceEpoch: clamped)
    }

    /// Howard Hinnant's civil_from_days algorithm, for a number of days within years 1–9999.
    private init(clampedDaysSinceEpoch: Int) {
        let z = clampedDaysSinceEpoch + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
        month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
    }

    /// The number of days from 1 January 1970 to this date.
    public var daysSinceEpoch: Int {
        // Howard Hinnant's days_from_civil algorithm.
        let shiftedYear = month <= 2 ? year - 1 : year
        let era = (shiftedYear >= 0 ? shiftedYear : shiftedYear - 399) / 400
        let yearOfEra = shiftedYear - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The date a number of days later (or earlier, for a negative number), at most ``latest``
    /// and at least ``earliest``.
    public func adding(days: Int) -> CalendarDate {
        let (sum, overflow) = daysSinceEpoch.addingReportingOverflow(days)
        guard !overflow else { return days > 0 ? .latest : .earliest }
        return CalendarDate(daysSinceEpoch: sum)
    }

    /// The number of days from this date to `other` (negative if `other` is earlier).
    public func days(until other: CalendarDate) -> Int {
        other.daysSinceEpoch - daysSinceEpoch
    }

    /// The same day a number of months later, clamped to the month's last day (31 January + 1
    /// month is 28 or 29 February), and to ``earliest`` and ``latest``.
    public func adding(months: Int) -> CalendarDate {
        let span = 10_000 * 12
        let monthIndex = year * 12 + (month - 1) + min(max(months, -span), span)
        guard monthIndex >= 12 else { return .earliest }
        guard monthIndex < 10_000 * 12 else { return .latest }
        let newYear = monthIndex / 12
        let newMonth = monthIndex % 12 + 1
        let newDay = min(day, Self.daysIn(month: newMonth, year: newYear))
        return CalendarDate(uncheckedYear: newYear, month: newMonth, day: newDay)
    }

    /// The day of the week.
    public var weekday: Weekday {
        // 1 January 1970 was a Thursday.
        let index = ((daysSinceEpoch % 7) + 7 + 3) % 7
        return Weekday.allCases[index]
    }

    /// Whether the date falls on a Saturday or a Sunday.
    public var isWeekend: Bool {
        weekday == .saturday || weekday == .sunday
    }

    /// The date itself if it is a weekday, else the following Monday.
    public var nextWorkday: CalendarDate {
        switch weekday {
        case .saturday: adding(days: 2)
        case .sunday: adding(days: 1)
        default: self
        }
    }

    /// The ISO 8601 week number (1–53), as used in Danish calendars.
    public var isoWeek: Int {
        let thursday = adding(days: 3 - weekday.isoIndex)
        let firstOfYear = CalendarDate(uncheckedYear: thursday.year, month: 1, day: 1)
        return firstOfYear.days(until: thursday) / 7 + 1
    }

    /// The ISO 8601 form, `YYYY-MM-DD`.
    public var isoString: String {
        PaddedDigits.string((year, 4), (month, 2), (day, 2), separators: "--")
    }

    /// The Danish numeric form, `DD.MM.YYYY`, as the seeds write dates.
    public var danishString: String {
        PaddedDigits.string((day, 2), (month, 2), (year, 4), separators: "..")
    }

    /// The date as written in a document of the given language: `17.02.2026` in Danish, `2026-02-17` in English.
    public func formatted(in language: Language) -> String {
        switch language {
        case .danish: danishString
        case .english: isoString
        }
    }

    /// Parses `YYYY-MM-DD`; returns `nil` for anything else or a day that does not exist.
    public init?(isoString: String) {
        var text = isoString
        guard let value = text.withUTF8(Self.init(isoUTF8:)) else { return nil }
        self = value
    }

    /// Parses `YYYY-MM-DD` in UTF-8; returns `nil` for anything else, or a day that does not exist.
    init?(isoUTF8 utf8: UnsafeBufferPointer<UInt8>) {
        guard let (year, month, day) = Self.parts(utf8), Self.exists(year: year, month: month, day: day) else { return nil }
        self.init(uncheckedYear: year, month: month, day: day)
    }

    /// The year, month and day of `YYYY-MM-DD` in UTF-8.
    static func parts(_ utf8: UnsafeBufferPointer<UInt8>) -> (Int, Int, Int)? {
        guard utf8.count == 10, utf8[4] == UInt8(ascii: "-"), utf8[7] == UInt8(ascii: "-"),
            let year = number(utf8[0..<4]), let month = number(utf8[5..<7]), let day = number(utf8[8..<10])
        else { return nil }
        return (year, month, day)
    }

    /// The value of ASCII decimal digits, or `nil` if any byte is not one.
    static func number(_ digits: Slice<UnsafeBufferPointer<UInt8>>) -> Int? {
        var value = 0
        for byte in digits {
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
        }
        return value
    }

    /// Orders dates chronologically.
    public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    static func isLeap(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }
}

extension CalendarDate: Codable {
    /// Decodes a date from a `YYYY-MM-DD` string.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        self = try Self(decoded: try container.decode(String.self), at: container.codingPath)
    }

    /// The date a decoded string names, or the decoding error at `codingPath`; shared with the
    /// package's fast path of decoding (`JSONObjectReader`), so that both report the same.
    init(decoded text: String, at codingPath: @autoclosure () -> [any CodingKey]) throws {
        guard let date = CalendarDate(isoString: text) else {
            throw DecodingError.dataCorrupted(
                .init(codingPath: codingPath(), debugDescription: "expected a date as YYYY-MM-DD, found \"\(text)\""))
        }
        self = date
    }

    /// Encodes the date as a `YYYY-MM-DD` string.
    public func encode(to encoder: any Encoder) throws {
        try encoder.encodeSingleValue(isoString)
    }
}

extension CalendarDate: CustomStringConvertible {
    /// The ISO 8601 form, `YYYY-MM-DD`.
    public var description: String { isoString }
}
