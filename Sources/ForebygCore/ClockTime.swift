/// A time of day to the minute, such as the start of a shift. In JSON a string `HH:MM`.
///
/// The one time-of-day type of the package: the BVC's `ShiftHours` (RiskTools) and the
/// incident log's shifts (IncidentAnalysis) are built on it, each with its own meaning of a
/// shift, and share its boundary arithmetic: ``minutes(since:)`` and ``isIn(from:to:)`` count
/// forward through midnight.
public struct ClockTime: Hashable, Comparable, Sendable {
    /// Minutes after midnight, 0–1439.
    public let minuteOfDay: Int

    /// 00:00.
    public static let midnight = ClockTime(validMinuteOfDay: 0)

    /// Creates a time from minutes after midnight, or returns `nil` outside 0–1439.
    public init?(minuteOfDay: Int) {
        guard (0..<1440).contains(minuteOfDay) else { return nil }
        self.minuteOfDay = minuteOfDay
    }

    private init(validMinuteOfDay: Int) {
        minuteOfDay = validMinuteOfDay
    }

    /// Creates a time, or returns `nil` if it does not exist.
    public init?(hour: Int, minute: Int = 0) {
        guard (0..<24).contains(hour), (0..<60).contains(minute) else { return nil }
        minuteOfDay = hour * 60 + minute
    }

    /// Parses `HH:MM`; returns `nil` for anything else.
    public init?(text: String) {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, parts.allSatisfy({ $0.count == 2 && $0.allSatisfy(\.isASCII) }),
            let hour = Int(parts[0]), let minute = Int(parts[1])
        else { return nil }
        self.init(hour: hour, minute: minute)
    }

    /// The time as `HH:MM`.
    public var text: String {
        PaddedDigits.string((minuteOfDay / 60, 2), (minuteOfDay % 60, 2), separators: ":")
    }

    /// Orders times through the day, from midnight.
    public static func < (lhs: ClockTime, rhs: ClockTime) -> Bool {
        lhs.minuteOfDay < rhs.minuteOfDay
    }

    /// The minutes from `start` forward to this time, through midnight if need be: 0–1439
    /// (`02:00` is 180 minutes since `23:00`).
    public func minutes(since start: ClockTime) -> Int {
        (minuteOfDay - start.minuteOfDay + 1440) % 1440
    }

    /// Whether this time falls in the span that starts at `start` and ends just before `end`,
    /// through midnight if `end` comes earlier in the day (`23:00`–`07:00` holds `02:00` and
    /// `23:00`, not `07:00`). A span that ends where it starts is the whole day.
    public func isIn(from start: ClockTime, to end: ClockTime) -> Bool {
        start == end || minutes(since: start) < end.minutes(since: start)
    }
}

extension ClockTime: CustomStringConvertible {
    /// `15:00`.
    public var description: String { text }
}

extension ClockTime: Codable {
    /// Decodes a time from an `HH:MM` string.
    public init(from decoder: any Decoder) throws {
        self = try decoder.decodeSingleValue(String.self, converting: ClockTime.init(text:)) { "expected a time as HH:MM, found \"\($0)\"" }
    }

    /// Encodes the time as an `HH:MM` string.
    public func encode(to encoder: any Encoder) throws {
        try encoder.encodeSingleValue(text)
    }
}
