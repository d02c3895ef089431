public import ForebygCore

/// A scoring the schedule calls for: a shift on a date.
public struct ScheduledScoring: Hashable, Sendable, Comparable {
    /// The shift date.
    public var date: CalendarDate
    /// The shift.
    public var shift: BVCShift

    /// Creates a scheduled scoring.
    public init(date: CalendarDate, shift: BVCShift) {
        self.date = date
        self.shift = shift
    }

    /// Orders by date, then shift.
    public static func < (lhs: ScheduledScoring, rhs: ScheduledScoring) -> Bool {
        (lhs.date, lhs.shift) < (rhs.date, rhs.shift)
    }
}
