public import ForebygCore

/// A measure as the plan queries see it, whatever plan it comes from: a handleplan row, a
/// citizen plan's *tiltag* or a Trivselsgruppe activity.
public struct TrackedMeasure: Hashable, Sendable {
    /// The measure's identifier within its plan.
    public var id: MeasureID
    /// The measure's name as the plan shows it.
    public var title: String
    /// The people or roles responsible.
    public var responsible: [String]
    /// The day it should be done by, if it has one.
    public var deadline: CalendarDate?
    /// Its status entries in recorded order (dated and undated).
    public var statusHistory: [StatusEntry]

    /// Creates a tracked measure.
    public init(id: MeasureID, title: String, responsible: [String], deadline: CalendarDate?, statusHistory: [StatusEntry]) {
        self.id = id
        self.title = title
        self.responsible = responsible
        self.deadline = deadline
        self.statusHistory = statusHistory
    }

    /// The latest entry dated on or before `date` (the last one recorded when several share a day);
    /// undated entries are not considered.
    public func status(asOf date: CalendarDate) -> StatusEntry? {
        var latest: StatusEntry?
        for entry in statusHistory {
            guard let entryDate = entry.date, entryDate <= date else { continue }
            if let current = latest?.date, entryDate < current { continue }
            latest = entry
        }
        return latest
    }

    /// Whether the deadline has passed on `date` while the status as of that day is not settled
    /// (``MeasureStatus/isSettled``).
    public func isOverdue(at date: CalendarDate) -> Bool {
        guard let deadline, deadline < date else { return false }
        return status(asOf: date)?.status?.isSettled != true
    }
}
