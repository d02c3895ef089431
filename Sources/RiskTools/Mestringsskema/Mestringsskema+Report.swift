public import ForebygCore

extension Mestringsskema {
    /// The BVC scorings known for the citizen: the schema's own and a series', if given.
    public func knownAssessments(bvc: BVCSeries? = nil) -> [BVCAssessment] {
        (bvcAssessments ?? []) + (bvc?.assessments.filter { $0.citizen == citizen } ?? [])
    }

    /// Log days at a level without a BVC scoring on that calendar day.
    public func days(at level: CopingLevel, withoutBVC bvc: BVCSeries? = nil) -> [CalendarDate] {
        let scored = Set(knownAssessments(bvc: bvc).map(\.time.date))
        return log.filter { $0.level == level && !scored.contains($0.date) }.map(\.date).sorted()
    }

    /// The day the next review is due: the current revision's date plus the review interval.
    public var reviewDue: CalendarDate? {
        currentRevision.map { $0.date.adding(days: effectiveReviewIntervalDays) }
    }

    /// The coupling and review findings as of a day: an error for every level-1 day without a BVC
    /// scoring ("i niveau 1 skal BVC være i brug") and a warning when the review is overdue.
    /// Level-2 days without a scoring are not findings (the BVC *may* be in use); see ``days(at:withoutBVC:)``.
    public func report(asOf date: CalendarDate, bvc: BVCSeries? = nil) -> [Diagnostic] {
        let missing = Set(days(at: .one, withoutBVC: bvc))
        var findings: [Diagnostic] = log.enumerated().compactMap { index, entry in
            guard entry.date <= date, missing.contains(entry.date) else { return nil }
            return .error(
                "mestringsskema.levelOneWithoutBVC", at: FieldPath.root.key("log").index(index).key("level"),
                "level 1 on \(entry.date) without a BVC scoring: at level 1 the BVC must be in use")
        }
        if let due = reviewDue, due < date {
            findings.append(
                .warning(
                    "mestringsskema.reviewOverdue", at: FieldPath.root.key("revisions").index(revisions.count - 1).key("date"),
                    "the review was due on \(due) and is \(due.days(until: date)) days overdue as of \(date)"))
        }
        return findings
    }

    /// The last day the schema speaks for: the latest log entry or revision.
    public var lastRecordedDate: CalendarDate? {
        (log.map(\.date) + revisions.map(\.date)).max()
    }
}
