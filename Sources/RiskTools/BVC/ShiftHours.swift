public import ForebygCore

/// When each shift starts, in the workplace's local time. Defaults: dag 07:00, aften 15:00, nat 23:00.
///
/// A shift lasts until the next one starts, so the three shifts cover the whole day. The night
/// shift runs past midnight and belongs to the date it starts on (its *shift date*): a score at
/// 02:00 on Tuesday is Monday's night score. In JSON: `{"day": "07:00", "evening": "15:00", "night": "23:00"}`.
public struct ShiftHours: Hashable, Sendable {
    /// Minutes after midnight at which the day shift starts.
    public var dayStart: Int
    /// Minutes after midnight at which the evening shift starts.
    public var eveningStart: Int
    /// Minutes after midnight at which the night shift starts.
    public var nightStart: Int

    /// The defaults: dag 07–15, aften 15–23, nat 23–07.
    public static let standard = ShiftHours(dayStart: 7 * 60, eveningStart: 15 * 60, nightStart: 23 * 60)

    /// Creates shift hours from start times in minutes after midnight.
    public init(dayStart: Int, eveningStart: Int, nightStart: Int) {
        self.dayStart = dayStart
        self.eveningStart = eveningStart
        self.nightStart = nightStart
    }

    /// Whether the start times are valid times of day and follow each other as day, evening, night.
    public var isConsistent: Bool {
        let starts = [dayStart, eveningStart, nightStart]
        guard starts.allSatisfy({ (0..<1440).contains($0) }) else { return false }
        return 0 < offset(eveningStart) && offset(eveningStart) < offset(nightStart)
    }

    /// The shift a time of day falls in.
    public func shift(atMinuteOfDay minute: Int) -> BVCShift {
        let relative = offset(minute)
        if relative < offset(eveningStart) { return .day }
        if relative < offset(nightStart) { return .evening }
        return .night
    }

    /// The shift a moment falls in.
    public func shift(at time: LocalDateTime) -> BVCShift {
        shift(atMinuteOfDay: time.minuteOfDay)
    }

    /// The date of the shift a moment falls in: the previous day for times after midnight but before the day shift starts.
    public func shiftDate(of time: LocalDateTime) -> CalendarDate {
        time.minuteOfDay >= dayStart ? time.date : time.date.adding(days: -1)
    }

    /// The start of a shift in minutes after midnight.
    public func start(of shift: BVCShift) -> Int {
        switch shift {
        case .day: dayStart
        case .evening: eveningStart
        case .night: nightStart
        }
    }

    /// The end of a shift (the next shift's start) in minutes after midnight.
    public func end(of shift: BVCShift) -> Int {
        switch shift {
        case .day: eveningStart
        case .evening: nightStart
        case .night: dayStart
        }
    }

    /// A shift's hours as text, for example `23:00–07:00`.
    public func hoursText(of shift: BVCShift) -> String {
        "\(Self.clock(start(of: shift)))–\(Self.clock(end(of: shift)))"
    }

    private func offset(_ minute: Int) -> Int {
        (minute % 1440 - dayStart % 1440 + 2880) % 1440
    }

    static func clock(_ minute: Int) -> String {
        let hours = String(minute / 60), minutes = String(minute % 60)
        return String(repeating: "0", count: max(0, 2 - hours.count)) + hours + ":"
            + String(repeating: "0", count: max(0, 2 - minutes.count)) + minutes
    }

    static func parseClock(_ text: String) -> Int? {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, parts.allSatisfy({ $0.count == 2 && $0.allSatisfy(\.isASCII) }),
            let hours = Int(parts[0]), let minutes = Int(parts[1]), (0..<24).contains(hours), (0..<60).contains(minutes)
        else { return nil }
        return hours * 60 + minutes
    }
}

extension ShiftHours: Codable {
    private enum CodingKeys: String, CodingKey {
        case day, evening, night
    }

    /// Decodes start times written `HH:MM`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        dayStart = try Self.decodeClock(.day, in: container)
        eveningStart = try Self.decodeClock(.evening, in: container)
        nightStart = try Self.decodeClock(.night, in: container)
    }

    /// Encodes start times as `HH:MM`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(Self.clock(dayStart), forKey: .day)
        try container.encode(Self.clock(eveningStart), forKey: .evening)
        try container.encode(Self.clock(nightStart), forKey: .night)
    }

    private static func decodeClock(_ key: CodingKeys, in container: KeyedDecodingContainer<CodingKeys>) throws -> Int {
        let text = try container.decode(String.self, forKey: key)
        guard let minute = parseClock(text) else {
            throw DecodingError.dataCorruptedError(forKey: key, in: container, debugDescription: "expected a time as HH:MM, found \"\(text)\"")
        }
        return minute
    }
}
