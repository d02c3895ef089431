/// A time of day to the minute, such as the start of a shift. In JSON a string `HH:MM`.
public struct ClockTime: Hashable, Comparable, Sendable {
    /// Minutes after midnight, 0–1439.
    public let minuteOfDay: Int

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
        let hour = minuteOfDay / 60
        let minute = minuteOfDay % 60
        return (hour < 10 ? "0" : "") + String(hour) + ":" + (minute < 10 ? "0" : "") + String(minute)
    }

    /// Orders times through the day.
    public static func < (lhs: ClockTime, rhs: ClockTime) -> Bool {
        lhs.minuteOfDay < rhs.minuteOfDay
    }
}

extension ClockTime: Codable {
    /// Decodes a time from an `HH:MM` string.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let time = ClockTime(text: text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "expected a time as HH:MM, found \"\(text)\"")
        }
        self = time
    }

    /// Encodes the time as an `HH:MM` string.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(text)
    }
}
