import DocumentTree
import ForebygCore

extension MeasureTracking {
    /// The method's findings as of a day, as warnings: every measure whose deadline has passed
    /// while its status as of that day is not settled (`finding.plan.measureOverdue`), at the
    /// path of its deadline. `path` gives the JSON path of the tracked measure at an index, in
    /// the order of ``trackedMeasures``; it is asked only for the overdue ones.
    func overdueFindings(asOf date: CalendarDate, path: (Int) -> FieldPath) -> [Diagnostic] {
        trackedMeasures.enumerated().compactMap { index, measure in
            guard measure.isOverdue(at: date), let deadline = measure.deadline else { return nil }
            let path = path(index)
            let status = measure.status(asOf: date)?.status.map { "its status is \"\($0.rawValue)\"" } ?? "it has no status"
            return .warning(
                .findingPlanMeasureOverdue, at: path.key("deadline"),
                "the deadline \(deadline) of \"\(measure.id)\" has passed as of \(date) and \(status)")
        }
    }

    /// The measures overdue as of the plan's day, as a heading and a table (columns `id`,
    /// `measure`, `deadline`, `status`); nothing when no day is known or nothing is overdue.
    func overdueBlocks(asOf date: CalendarDate?, _ strings: ActionPlansStrings, _ language: Language) -> [Block] {
        guard let date else { return [] }
        let overdue = overdueMeasures(at: date)
        guard !overdue.isEmpty else { return [] }
        let rows = overdue.map { measure in
            [
                InlineText(measure.id.rawValue), InlineText(measure.title), InlineText(measure.deadline?.formatted(in: language) ?? ""),
                InlineText(measure.status(asOf: date)?.status?.label(in: language) ?? ""),
            ]
        }
        let columns: [Table.Column] = [
            .init(title: strings.measureID, key: "id"), .init(title: strings.measure, key: "measure"),
            .init(title: strings.deadline, key: "deadline"), .init(title: strings.status, key: "status"),
        ]
        return [
            .heading(strings.overdueHeading(date.formatted(in: language))),
            .table(Table(name: "overdue-measures", columns: columns, rows: rows)),
        ]
    }
}
