public import ForebygCore

extension IncidentLog {
    /// The method's findings as of a day, as warnings: every incident of the report's
    /// ``period`` whose learning talk came after its deadline, or is not held and overdue on that
    /// day (`finding.incident.lateLearningTalk`, at the incident's `followUp`, or at the incident
    /// when no talk is recorded). The deadline is the incident's day plus
    /// ``AnalysisParameters/followUpDays`` (default 3: "senest tre dage efter episoden"). These
    /// are the late talks the rendered report lists.
    public func findings(asOf date: CalendarDate) -> [Diagnostic] {
        var asOfLog = self
        asOfLog.analysisDate = date
        let late = asOfLog.analysis().followUp.late
        guard !late.isEmpty else { return [] }
        var indexByID: [Incident.ID: Int] = [:]
        for (index, incident) in incidents.enumerated() where indexByID[incident.id] == nil {
            indexByID[incident.id] = index
        }
        return late.compactMap { talk in
            guard let index = indexByID[talk.incident] else { return nil }
            let path = FieldPath.root.key("incidents").index(index)
            let held = talk.heldOn.map { "was held on \($0)" } ?? "has not been held as of \(date)"
            return .warning(
                .findingIncidentLateLearningTalk, at: talk.heldOn == nil ? path : path.key("followUp").key("date"),
                "the learning talk after the incident of \(talk.time) was due by \(talk.dueDate) and \(held)")
        }
    }
}
