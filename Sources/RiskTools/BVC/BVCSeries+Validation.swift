public import ForebygCore

extension BVCSeries {
    /// Checks the settings, that every assessment is of this citizen and within its shift,
    /// and warns about two scorings of the same shift; then the method's findings
    /// (``findings(asOf:)``) as of the shift date of the latest assessment.
    public func validate() -> [Diagnostic] {
        structuralDiagnostics() + (latestAssessment.map { findings(asOf: $0.shiftDate(in: settings)) } ?? [])
    }

    /// The structural checks of ``validate()``, then the method's findings as of `date`.
    public func validate(asOf date: CalendarDate) -> [Diagnostic] {
        structuralDiagnostics() + findings(asOf: date)
    }

    /// The method's findings as of a day, as warnings: every scoring the schedule called for
    /// through that shift date that was not made (`finding.bvc.missedScoring`, at the schedule).
    public func findings(asOf date: CalendarDate) -> [Diagnostic] {
        missedScorings(through: date).map { missed in
            .warning(
                .findingBvcMissedScoring, at: FieldPath.root.key("schedule"),
                "no BVC scoring on the \(missed.shift.rawValue) shift of \(missed.date), which the schedule calls for")
        }
    }

    private func structuralDiagnostics() -> [Diagnostic] {
        var diagnostics = settings.validate(at: FieldPath.root.key("configuration"))
        var seen: Set<ScheduledScoring> = []
        for (index, assessment) in assessments.enumerated() {
            let path = FieldPath.root.key("assessments").index(index)
            if assessment.citizen != citizen {
                diagnostics.append(.error(.bvcOtherCitizen, at: path.key("citizen"), "the assessment is of \"\(assessment.citizen)\", not of the series' citizen \"\(citizen)\""))
            }
            diagnostics += assessment.validate(in: settings, at: path)
            let slot = ScheduledScoring(date: assessment.shiftDate(in: settings), shift: assessment.shift)
            if !seen.insert(slot).inserted {
                diagnostics.append(.warning(.bvcDuplicateShift, at: path, "a second scoring of the \(slot.shift.rawValue) shift on \(slot.date)"))
            }
        }
        if let schedule, schedule.shifts.isEmpty {
            diagnostics.append(.error(.bvcEmptySchedule, at: FieldPath.root.key("schedule"), "a schedule needs at least one shift"))
        }
        if let schedule, let error = BVCScoringSchedule.monthsBounds.check(schedule.months, at: FieldPath.root.key("schedule").key("months")) {
            diagnostics.append(error)
        }
        return diagnostics
    }
}
