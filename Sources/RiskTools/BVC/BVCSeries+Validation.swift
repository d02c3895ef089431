public import ForebygCore

extension BVCSeries {
    /// Checks the settings, that every assessment is of this citizen and within its shift,
    /// and warns about two scorings of the same shift.
    public func validate() -> [Diagnostic] {
        var diagnostics = settings.validate(at: FieldPath.root.key("configuration"))
        var seen: Set<ScheduledScoring> = []
        for (index, assessment) in assessments.enumerated() {
            let path = FieldPath.root.key("assessments").index(index)
            if assessment.citizen != citizen {
                diagnostics.append(.error("bvc.otherCitizen", at: path.key("citizen"), "the assessment is of \"\(assessment.citizen)\", not of the series' citizen \"\(citizen)\""))
            }
            diagnostics += assessment.validate(in: settings, at: path)
            let slot = ScheduledScoring(date: assessment.shiftDate(in: settings), shift: assessment.shift)
            if !seen.insert(slot).inserted {
                diagnostics.append(.warning("bvc.duplicateShift", at: path, "a second scoring of the \(slot.shift.rawValue) shift on \(slot.date)"))
            }
        }
        if let schedule, schedule.months < 1 || schedule.shifts.isEmpty {
            diagnostics.append(.error("bvc.emptySchedule", at: FieldPath.root.key("schedule"), "a schedule needs at least one month and one shift"))
        }
        return diagnostics
    }
}
