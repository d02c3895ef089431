public import ForebygCore

extension IncidentLog {
    /// Checks what decoding cannot: dates in order, levels 1–10, unique identifiers, sound
    /// shifts and thresholds. Errors make the log unanalysable; warnings flag locations missing
    /// from the workplace's own list. Then the method's ``findings(asOf:)`` as of ``analysisDate``.
    public func validate() -> [Diagnostic] {
        validate(asOf: analysisDate)
    }

    /// The checks of ``validate()``, with the findings measured as of `date`. A log with errors
    /// is not analysed, so it has no findings.
    public func validate(asOf date: CalendarDate) -> [Diagnostic] {
        let diagnostics = structuralDiagnostics()
        return diagnostics.containsErrors ? diagnostics : diagnostics + findings(asOf: date)
    }

    private func structuralDiagnostics() -> [Diagnostic] {
        var diagnostics = validateHeader()
        var seen = Set<Incident.ID>()
        let knownLocations = locations.map(Set.init)
        for (index, incident) in incidents.enumerated() {
            let path = FieldPath.root.key("incidents").index(index)
            diagnostics += incident.validate(at: path, analysisDate: analysisDate, knownLocations: knownLocations)
            if !seen.insert(incident.id).inserted {
                diagnostics.append(.error("incident.duplicateID", at: path.key("id"), "the identifier \"\(incident.id)\" is used by an earlier incident"))
            }
        }
        return diagnostics
    }

    private func validateHeader() -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        if workplace.isBlank {
            diagnostics.append(.error("incidentLog.noWorkplace", at: "workplace", "the workplace has no name"))
        }
        if period.end < period.start {
            diagnostics.append(.error("incidentLog.periodReversed", at: "period.end", "the period ends (\(period.end)) before it starts (\(period.start))"))
        }
        if let shifts, ShiftSchedule(shifts) == nil {
            diagnostics.append(.error("incidentLog.invalidShifts", at: "shifts", "the shifts must be 1 to 255 with different start times"))
        }
        if let parameters {
            diagnostics += parameters.validate(at: FieldPath.root.key("parameters"))
        }
        return diagnostics
    }
}

extension AnalysisParameters {
    /// Checks that every threshold is in its range.
    func validate(at path: FieldPath) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        if !(0...1).contains(nearMissShareThreshold) {
            diagnostics.append(.error("parameters.nearMissShareOutOfRange", at: path.key("nearMissShareThreshold"), "the near-miss share threshold must be between 0 and 1, found \(nearMissShareThreshold)"))
        }
        if repeatCount < 2 {
            diagnostics.append(.error("parameters.repeatCountTooSmall", at: path.key("repeatCount"), "a repeat needs at least 2 incidents, found \(repeatCount)"))
        }
        if repeatWindowDays < 1 {
            diagnostics.append(.error("parameters.repeatWindowTooSmall", at: path.key("repeatWindowDays"), "the repeat window must be at least 1 day, found \(repeatWindowDays)"))
        }
        if followUpDays < 0 {
            diagnostics.append(.error("parameters.negativeFollowUpDays", at: path.key("followUpDays"), "the follow-up deadline cannot be negative, found \(followUpDays)"))
        }
        return diagnostics
    }
}

extension Incident {
    /// The problems of one incident, with paths under `path`.
    func validate(at path: FieldPath, analysisDate: CalendarDate, knownLocations: Set<String>?) -> [Diagnostic] {
        var diagnostics = validateDates(at: path, analysisDate: analysisDate)
        if !(1...10).contains(affectedLevel) {
            diagnostics.append(.error("incident.affectedLevelOutOfRange", at: path.key("affectedLevel"), "how affected the employee is must be 1 to 10, found \(affectedLevel)"))
        }
        if location.isBlank {
            diagnostics.append(.error("incident.noLocation", at: path.key("location"), "the incident has no location"))
        } else if let knownLocations, !knownLocations.contains(location) {
            diagnostics.append(.warning("incident.unknownLocation", at: path.key("location"), "\"\(location)\" is not one of the workplace's locations"))
        }
        if otherForm != nil, !forms.contains(.other) {
            diagnostics.append(.warning("incident.otherFormWithoutOther", at: path.key("otherForm"), "otherForm is given but forms does not include \"other\""))
        }
        return diagnostics
    }

    /// The incident and its learning talk must lie on or before the analysis date, the talk not before the incident.
    private func validateDates(at path: FieldPath, analysisDate: CalendarDate) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        if time.date > analysisDate {
            diagnostics.append(.error("incident.timeInFuture", at: path.key("time"), "the incident (\(time)) lies after the analysis date \(analysisDate)"))
        }
        guard let followUp else { return diagnostics }
        let followUpPath = path.key("followUp").key("date")
        if followUp.date < time.date {
            diagnostics.append(.error("incident.followUpBeforeIncident", at: followUpPath, "the learning talk (\(followUp.date)) lies before the incident (\(time.date))"))
        } else if followUp.date > analysisDate {
            diagnostics.append(.error("incident.followUpInFuture", at: followUpPath, "the learning talk (\(followUp.date)) lies after the analysis date \(analysisDate)"))
        }
        return diagnostics
    }
}

extension String {
    /// Whether the string has no characters other than spaces, tabs and newlines.
    var isBlank: Bool {
        allSatisfy(\.isWhitespace)
    }
}
