public import ForebygCore

/// The days an analysis covers, first and last day included.
public struct AnalysisPeriod: Codable, Sendable, Hashable {
    /// The first day.
    public var start: CalendarDate
    /// The last day, included.
    public var end: CalendarDate

    /// Creates a period.
    public init(start: CalendarDate, end: CalendarDate) {
        self.start = start
        self.end = end
    }

    /// The number of days, first and last included.
    public var dayCount: Int {
        start.days(until: end) + 1
    }

    /// The period of the same length that ends the day before this one starts: what the
    /// analysis compares with.
    public var previous: AnalysisPeriod {
        AnalysisPeriod(start: start.adding(days: -dayCount), end: start.adding(days: -1))
    }

    /// Whether a day lies in the period.
    public func contains(_ date: CalendarDate) -> Bool {
        start <= date && date <= end
    }
}
