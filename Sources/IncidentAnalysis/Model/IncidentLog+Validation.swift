public import ForebygCore

extension IncidentLog {
    /// The analysis period's length, 1–731 days: a month, a quarter or a year compared with the
    /// one before; two years at most (the report has a row per week).
    public static let periodDaysBounds = IntegerBounds(
        "the period's length in days", 1...731, because: "a month, a quarter or a year; two years at most",
        code: .incidentLogPeriodOutOfBounds)

    /// Checks what decoding cannot: dates in order, levels 1–10, unique and non-empty identifiers
    /// and pseudonyms, named locations, sound shifts and thresholds within their bounds. Errors make the log unanalysable; warnings flag locations missing
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
        var seen = Set<Incident.ID>(minimumCapacity: incidents.count)
        let knownLocations = locations.map(Set.init)
        // A path is built only for a diagnostic: a log holds incidents by the million.
        for index in incidents.indices {
            let path = { FieldPath.root.key("incidents").index(index) }
            incidents[index].validate(at: path(), analysisDate: analysisDate, knownLocations: knownLocations, into: &diagnostics)
            if !seen.insert(incidents[index].id).inserted {
                diagnostics.append(.error(.incidentDuplicateID, at: path().key("id"), "the identifier \"\(incidents[index].id)\" is used by an earlier incident"))
            }
        }
        return diagnostics
    }

    private func validateHeader() -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        if workplace.isBlank {
            diagnostics.append(.error(.incidentLogNoWorkplace, at: "workplace", "the workplace has no name"))
        }
        if period.end < period.start {
            diagnostics.append(.error(.incidentLogPeriodReversed, at: "period.end", "the period ends (\(period.end)) before it starts (\(period.start))"))
        } else if let error = Self.periodDaysBounds.check(period.dayCount, at: "period.end") {
            diagnostics.append(error)
        }
        for (index, location) in (locations ?? []).enumerated() where location.isBlank {
            diagnostics.append(.error(.incidentLogEmptyLocation, at: FieldPath.root.key("locations").index(index), "a location has no name"))
        }
        if let shifts, ShiftSchedule(shifts) == nil {
            diagnostics.append(.error(.incidentLogInvalidShifts, at: "shifts", "the shifts must be 1 to 255 with different start times"))
        }
        if let parameters {
            diagnostics += parameters.validate(at: FieldPath.root.key("parameters"))
        }
        return diagnostics
    }
}

extension AnalysisParameters {
    /// The near-miss share, 0–1: a share of all incidents.
    public static let nearMissShareBounds = NumberBounds(
        "nearMissShareThreshold", 0...1, because: "a share of all incidents", code: .parametersNearMissShareOutOfRange)
    /// Incidents that make a repeat, 2–100: a repeat is at least two; a hundred in one window is no longer a pattern to find.
    public static let repeatCountBounds = IntegerBounds(
        "repeatCount", 2...100, because: "a repeat is at least two incidents", code: .parametersRepeatCountOutOfBounds)
    /// The repeat window, 1–366 days: a year at most.
    public static let repeatWindowDaysBounds = IntegerBounds(
        "repeatWindowDays", 1...366, because: "a window of days, a year at most", code: .parametersRepeatWindowOutOfBounds)
    /// The follow-up deadline, 0–365 days: a follow-up within days, a year at most.
    public static let followUpDaysBounds = IntegerBounds(
        "followUpDays", 0...365, because: "a follow-up within days, a year at most", code: .parametersFollowUpDaysOutOfBounds)

    /// Checks that every threshold is within its bounds.
    func validate(at path: FieldPath) -> [Diagnostic] {
        [
            Self.nearMissShareBounds.check(nearMissShareThreshold, at: path.key("nearMissShareThreshold")),
            Self.repeatCountBounds.check(repeatCount, at: path.key("repeatCount")),
            Self.repeatWindowDaysBounds.check(repeatWindowDays, at: path.key("repeatWindowDays")),
            Self.followUpDaysBounds.check(followUpDays, at: path.key("followUpDays")),
        ].compactMap { $0 }
    }
}

extension Incident {
    /// How affected the employee is, 1–10: the registration form's scale.
    public static let affectedLevelBounds = IntegerBounds(
        "affectedLevel", 1...10, because: "the registration form's scale", code: .incidentAffectedLevelOutOfRange)

    /// Appends the problems of one incident to `diagnostics`, with paths under `path` (built
    /// only for a diagnostic).
    func validate(
        at path: @autoclosure () -> FieldPath, analysisDate: CalendarDate, knownLocations: Set<String>?, into diagnostics: inout [Diagnostic]
    ) {
        validateDates(at: path(), analysisDate: analysisDate, into: &diagnostics)
        if let error = Self.affectedLevelBounds.check(affectedLevel, at: path().key("affectedLevel")) {
            diagnostics.append(error)
        }
        if id.rawValue.isBlank {
            diagnostics.append(.error(.incidentEmptyID, at: path().key("id"), "the incident has no identifier"))
        }
        if affected.staff.rawValue.isBlank {
            diagnostics.append(.error(.incidentEmptyStaff, at: path().key("affected").key("staff"), "the affected employee has no pseudonym"))
        }
        if let citizen, citizen.rawValue.isBlank {
            diagnostics.append(.error(.incidentEmptyCitizen, at: path().key("citizen"), "leave the citizen out, or name them by pseudonym"))
        }
        if location.isBlank {
            diagnostics.append(.error(.incidentNoLocation, at: path().key("location"), "the incident has no location"))
        } else if let knownLocations, !knownLocations.contains(location) {
            diagnostics.append(.warning(.incidentUnknownLocation, at: path().key("location"), "\"\(location)\" is not one of the workplace's locations"))
        }
        if otherForm != nil, !forms.contains(.other) {
            diagnostics.append(.warning(.incidentOtherFormWithoutOther, at: path().key("otherForm"), "otherForm is given but forms does not include \"other\""))
        }
    }

    /// The incident and its learning talk must lie on or before the analysis date, the talk not before the incident.
    private func validateDates(at path: @autoclosure () -> FieldPath, analysisDate: CalendarDate, into diagnostics: inout [Diagnostic]) {
        if time.date > analysisDate {
            diagnostics.append(.error(.incidentTimeInFuture, at: path().key("time"), "the incident (\(time)) lies after the analysis date \(analysisDate)"))
        }
        guard let followUp else { return }
        func followUpPath() -> FieldPath { path().key("followUp").key("date") }
        if followUp.date < time.date {
            diagnostics.append(.error(.incidentFollowUpBeforeIncident, at: followUpPath(), "the learning talk (\(followUp.date)) lies before the incident (\(time.date))"))
        } else if followUp.date > analysisDate {
            diagnostics.append(.error(.incidentFollowUpInFuture, at: followUpPath(), "the learning talk (\(followUp.date)) lies after the analysis date \(analysisDate)"))
        }
    }
}

extension String {
    /// Whether the string has no characters other than spaces, tabs and newlines.
    var isBlank: Bool {
        // A character is whitespace by its first scalar, so a first byte that is ASCII and not
        // whitespace decides without looking up Unicode properties (most names start so).
        if let first = utf8.first, first < 0x80, first != 0x20, !(0x09...0x0D).contains(first) { return false }
        return allSatisfy(\.isWhitespace)
    }
}
