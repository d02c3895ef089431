public import ForebygCore

/// When each shift starts, in the workplace's local time. Defaults: dag 07:00, aften 15:00, nat 23:00.
///
/// A shift lasts until the next one starts, so the three shifts cover the whole day. The night
/// shift runs past midnight and belongs to the date it starts on (its *shift date*): a score at
/// 02:00 on Tuesday is Monday's night score. In JSON: `{"day": "07:00", "evening": "15:00", "night": "23:00"}`.
/// The times are `ClockTime`s (ForebygCore), the time-of-day type the incident log's shifts use too.
public struct ShiftHours: Hashable, Sendable {
    /// When the day shift starts.
    public var dayStart: ClockTime
    /// When the evening shift starts.
    public var eveningStart: ClockTime
    /// When the night shift starts.
    public var nightStart: ClockTime

    /// The defaults: dag 07–15, aften 15–23, nat 23–07.
    public static let standard = ShiftHours(
        dayStart: ClockTime(hour: 7)!, eveningStart: ClockTime(hour: 15)!, nightStart: ClockTime(hour: 23)!)

    /// Creates shift hours from the shifts' start times.
    public init(dayStart: ClockTime, eveningStart: ClockTime, nightStart: ClockTime) {
        self.dayStart = dayStart
        self.eveningStart = eveningStart
        self.nightStart = nightStart
    }

    /// Whether the shifts start in the order day, evening, night through the day, each at its own time.
    public var isConsistent: Bool {
        let evening = eveningStart.minutes(since: dayStart)
        return 0 < evening && evening < nightStart.minutes(since: dayStart)
    }

    /// The shift a time of day falls in: the one whose start it is at or after and whose end
    /// (the next start) it is before, through midnight for the night shift.
    public func shift(at time: ClockTime) -> BVCShift {
        let sinceDay = time.minutes(since: dayStart)
        if sinceDay < eveningStart.minutes(since: dayStart) { return .day }
        if sinceDay < nightStart.minutes(since: dayStart) { return .evening }
        return .night
    }

    /// The shift a moment falls in.
    public func shift(at time: LocalDateTime) -> BVCShift {
        shift(at: time.clockTime)
    }

    /// The date of the shift a moment falls in: the previous day for times after midnight but before the day shift starts.
    public func shiftDate(of time: LocalDateTime) -> CalendarDate {
        time.clockTime >= dayStart ? time.date : time.date.adding(days: -1)
    }

    /// When a shift starts.
    public func start(of shift: BVCShift) -> ClockTime {
        switch shift {
        case .day: dayStart
        case .evening: eveningStart
        case .night: nightStart
        }
    }

    /// When a shift ends: when the next shift starts.
    public func end(of shift: BVCShift) -> ClockTime {
        switch shift {
        case .day: eveningStart
        case .evening: nightStart
        case .night: dayStart
        }
    }

    /// A shift's hours as text, for example `23:00–07:00`.
    public func hoursText(of shift: BVCShift) -> String {
        "\(start(of: shift).text)–\(end(of: shift).text)"
    }
}

extension ShiftHours: Codable {
    /// Decodes start times written `HH:MM`, one member per shift, named by the shift's raw value.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: JSONCodingKey.self)
        func start(_ shift: BVCShift) throws -> ClockTime {
            try container.decode(ClockTime.self, forKey: JSONCodingKey(shift.rawValue))
        }
        self.init(dayStart: try start(.day), eveningStart: try start(.evening), nightStart: try start(.night))
    }

    /// Encodes start times as `HH:MM`, in the order day, evening, night.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: JSONCodingKey.self)
        for shift in BVCShift.allCases {
            try container.encode(start(of: shift), forKey: JSONCodingKey(shift.rawValue))
        }
    }
}
