public import ForebygCore

extension Mestringsskema {
    /// The BVC scorings known for the citizen: the schema's own and a series', if given.
    public func knownAssessments(bvc: BVCSeries? = nil) -> [BVCAssessment] {
        (bvcAssessments ?? []) + (bvc?.assessments.filter { $0.citizen == citizen } ?? [])
    }

    /// The shift dates on which the citizen has a BVC scoring, by the BVC series' date rule: a
    /// night scoring after midnight belongs to the date its shift started. The schema's own
    /// scorings are dated by its ``bvcConfiguration``, a series' by the series' settings.
    public func scoredShiftDates(bvc: BVCSeries? = nil) -> Set<CalendarDate> {
        let own = (bvcAssessments ?? []).map { $0.shiftDate(in: bvcConfiguration ?? .standard) }
        let series = bvc.map { series in
            series.assessments.filter { $0.citizen == citizen }.map { $0.shiftDate(in: series.settings) }
        }
        return Set(own + (series ?? []))
    }

    /// Log days at a level without a BVC scoring on that shift date, in date order.
    public func days(at level: CopingLevel, withoutBVC bvc: BVCSeries? = nil) -> [CalendarDate] {
        let scored = scoredShiftDates(bvc: bvc)
        return log.filter { $0.level == level && !scored.contains($0.date) }.map(\.date).sorted()
    }

    /// Log entries in the red fields (levels 1 and 2) without a BVC scoring on that shift date,
    /// with their index in ``log``, in date order.
    ///
    /// Seed 002: "Når borgeren er i de røde felter, suppleres Mestringsskemaet med scoringer i
    /// BVC", and the BVC "kobles på, når borgeren er i de røde felter": both red levels call for it.
    public func redDaysWithoutBVC(bvc: BVCSeries? = nil) -> [(index: Int, entry: CopingLevelEntry)] {
        let scored = scoredShiftDates(bvc: bvc)
        return log.enumerated()
            .filter { $0.element.level.colour == .red && !scored.contains($0.element.date) }
            .sorted { $0.element.date < $1.element.date }
            .map { (index: $0.offset, entry: $0.element) }
    }

    /// The day the next review is due: the current revision's date plus the review interval.
    public var reviewDue: CalendarDate? {
        currentRevision.map { $0.date.adding(days: effectiveReviewIntervalDays) }
    }

    /// The method's findings as of a day, as warnings: every day on or before it in the red
    /// fields without a BVC scoring (`finding.mestringsskema.redLevelWithoutBVC`, at the log
    /// entry's level) and an overdue review (`finding.mestringsskema.reviewOverdue`, at the
    /// current revision's date). Findings never block rendering: the document shows them too.
    public func findings(asOf date: CalendarDate, bvc: BVCSeries? = nil) -> [Diagnostic] {
        var findings: [Diagnostic] = redDaysWithoutBVC(bvc: bvc).filter { $0.entry.date <= date }.map { index, entry in
            .warning(
                .findingMestringsskemaRedLevelWithoutBVC, at: FieldPath.root.key("log").index(index).key("level"),
                "level \(entry.level.number) (red) on \(entry.date) without a BVC scoring: in the red fields the Mestringsskema is supplemented with BVC scorings")
        }
        if let due = reviewDue, due < date {
            findings.append(
                .warning(
                    .findingMestringsskemaReviewOverdue, at: FieldPath.root.key("revisions").index(revisions.count - 1).key("date"),
                    "the review was due on \(due) and is \(due.days(until: date)) days overdue as of \(date)"))
        }
        return findings
    }

    /// The last day the schema speaks for: the latest log entry or revision. The rendered
    /// document and ``validate()`` measure the findings as of this day.
    public var lastRecordedDate: CalendarDate? {
        (log.map(\.date) + revisions.map(\.date)).max()
    }
}
