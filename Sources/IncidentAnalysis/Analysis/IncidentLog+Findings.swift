public import ForebygCore

extension IncidentLog {
    /// The method's findings as of a day, as warnings: every incident of the report's
    /// ``period`` whose learning talk came after its deadline, or is not held and overdue on that
    /// day (`finding.incident.lateLearningTalk`, at the incident's `followUp`, or at the incident
    /// when no talk is recorded). The deadline is the incident's day plus
    /// ``AnalysisParameters/followUpDays`` (default 3: "senest tre dage efter episoden"). These
    /// are the late talks the rendered report lists.
    ///
    /// One pass over the incidents that decides each talk by the same rule as the analysis,
    /// without the rest of the analysis: validation does not analyse the log a second time.
    public func findings(asOf date: CalendarDate) -> [Diagnostic] {
        let deadlineDays = effectiveParameters.followUpDays
        var findings: [Diagnostic] = []
        for index in incidents.indices where period.contains(incidents[index].time.date) {
            guard case .late(let talk) = FollowUpStatus(of: incidents[index], deadlineDays: deadlineDays, asOfDay: date.daysSinceEpoch) else {
                continue
            }
            let path = FieldPath.root.key("incidents").index(index)
            let held = talk.heldOn.map { "was held on \($0)" } ?? "has not been held as of \(date)"
            findings.append(.warning(
                .findingIncidentLateLearningTalk, at: talk.heldOn == nil ? path : path.key("followUp").key("date"),
                "the learning talk after the incident of \(talk.time) was due by \(talk.dueDate) and \(held)"))
        }
        return findings
    }
}
