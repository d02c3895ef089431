public import ForebygCore

/// The same citizen, place or time slot recurring at least ``AnalysisParameters/repeatCount``
/// times within ``AnalysisParameters/repeatWindowDays`` days: seed 002's "Er der mønstre,
/// gentagelser?".
public struct RepeatFinding: Hashable, Sendable {
    /// What recurs.
    public enum Subject: Hashable, Sendable {
        /// The same citizen.
        case citizen(PseudonymousReference)
        /// The same location.
        case location(String)
        /// The same weekday and shift, for example Tuesday evenings.
        case timeSlot(Weekday, Shift)
    }

    /// What recurs.
    public var subject: Subject
    /// The most incidents found within one window.
    public var count: Int
    /// The day of the first incident in that window.
    public var firstDate: CalendarDate
    /// The day of the last incident in that window.
    public var lastDate: CalendarDate

    /// Creates a finding.
    public init(subject: Subject, count: Int, firstDate: CalendarDate, lastDate: CalendarDate) {
        self.subject = subject
        self.count = count
        self.firstDate = firstDate
        self.lastDate = lastDate
    }
}
