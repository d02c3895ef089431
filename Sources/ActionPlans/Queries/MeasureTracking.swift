public import ForebygCore

/// A plan whose measures have people responsible, deadlines and dated statuses, and so can be asked
/// what is overdue, who is responsible for what, where everything stood on a day and what changed.
public protocol MeasureTracking {
    /// The plan's measures in the plan's order.
    var trackedMeasures: [TrackedMeasure] { get }
}

/// The measures one person or role is responsible for.
public struct ResponsibilityGroup: Hashable, Sendable {
    /// The person or role.
    public var responsible: String
    /// Their measures, in the plan's order.
    public var measures: [TrackedMeasure]
}

/// Where a measure stood on a day.
public struct MeasureStanding: Hashable, Sendable {
    /// The measure.
    public var measure: TrackedMeasure
    /// Its latest status entry dated on or before the day, or `nil` if it had none yet.
    public var entry: StatusEntry?
}

/// A status entry recorded between two days, with the entry it replaced.
public struct StatusChange: Hashable, Sendable {
    /// The measure.
    public var measure: TrackedMeasure
    /// The status before (the latest entry dated before ``current``), if any.
    public var previous: StatusEntry?
    /// The new entry.
    public var current: StatusEntry
}

extension MeasureTracking {
    /// The measures whose deadline is before `date` and whose status as of `date` is not settled.
    public func overdueMeasures(at date: CalendarDate) -> [TrackedMeasure] {
        trackedMeasures.filter { $0.isOverdue(at: date) }
    }

    /// The measures per responsible person or role, in order of first appearance; a measure
    /// with two responsible appears under both.
    public func measuresByResponsible() -> [ResponsibilityGroup] {
        var groups: [ResponsibilityGroup] = []
        for measure in trackedMeasures {
            for person in measure.responsible {
                if let index = groups.firstIndex(where: { $0.responsible == person }) {
                    groups[index].measures.append(measure)
                } else {
                    groups.append(ResponsibilityGroup(responsible: person, measures: [measure]))
                }
            }
        }
        return groups
    }

    /// Where every measure stood on `date`.
    public func statuses(asOf date: CalendarDate) -> [MeasureStanding] {
        trackedMeasures.map { MeasureStanding(measure: $0, entry: $0.status(asOf: date)) }
    }

    /// The status entries dated after `start` and on or before `end`, each with the entry it
    /// replaced, in date order (plan order within a day).
    public func changes(from start: CalendarDate, to end: CalendarDate) -> [StatusChange] {
        let dated = trackedMeasures.flatMap { measure in
            measure.statusHistory.compactMap { entry -> (date: CalendarDate, change: StatusChange)? in
                guard let date = entry.date, start < date, date <= end else { return nil }
                let previous = measure.status(asOf: date.adding(days: -1))
                return (date, StatusChange(measure: measure, previous: previous, current: entry))
            }
        }
        return dated.enumerated()
            .sorted { ($0.element.date, $0.offset) < ($1.element.date, $1.offset) }
            .map(\.element.change)
    }
}

extension WorkplaceActionPlan: MeasureTracking {
    /// The rows as tracked measures, titled by focus area.
    public var trackedMeasures: [TrackedMeasure] {
        rows.map { row in
            TrackedMeasure(
                id: row.id, title: row.focusArea, responsible: row.responsible, deadline: row.deadline,
                statusHistory: row.statusHistory)
        }
    }
}
