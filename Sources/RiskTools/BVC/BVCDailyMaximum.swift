public import ForebygCore

/// The highest BVC score of one shift date.
public struct BVCDailyMaximum: Hashable, Sendable {
    /// The shift date.
    public var date: CalendarDate
    /// The highest score that day, 0–6.
    public var maximum: Int
    /// How many scorings that day.
    public var count: Int

    /// Creates a daily maximum.
    public init(date: CalendarDate, maximum: Int, count: Int) {
        self.date = date
        self.maximum = maximum
        self.count = count
    }
}
