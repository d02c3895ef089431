public import ForebygCore

/// One day's assessed coping level in the daily log ("borgerens mestringsniveau vurderes dagligt").
public struct CopingLevelEntry: Hashable, Sendable, Codable {
    /// The day.
    public var date: CalendarDate
    /// The level assessed that day.
    public var level: CopingLevel
    /// Who assessed it, by pseudonym, if recorded.
    public var staff: PseudonymousReference?
    /// A note, if any.
    public var note: String?

    /// Creates a log entry.
    public init(date: CalendarDate, level: CopingLevel, staff: PseudonymousReference? = nil, note: String? = nil) {
        self.date = date
        self.level = level
        self.staff = staff
        self.note = note
    }
}
