public import ForebygCore

extension DiagnosticCode {
    /// The incident log names no workplace.
    public static let incidentLogNoWorkplace = DiagnosticCode(rawValue: "incidentLog.noWorkplace")
    /// The analysis period ends before it starts.
    public static let incidentLogPeriodReversed = DiagnosticCode(rawValue: "incidentLog.periodReversed")
    /// The analysis period is longer than 731 days.
    public static let incidentLogPeriodOutOfBounds = DiagnosticCode(rawValue: "incidentLog.periodOutOfBounds")
    /// A location without a name.
    public static let incidentLogEmptyLocation = DiagnosticCode(rawValue: "incidentLog.emptyLocation")
    /// Shifts that are not 1 to 255 with different start times.
    public static let incidentLogInvalidShifts = DiagnosticCode(rawValue: "incidentLog.invalidShifts")
    /// The near-miss share threshold is outside 0–1.
    public static let parametersNearMissShareOutOfRange = DiagnosticCode(rawValue: "parameters.nearMissShareOutOfRange")
    /// The incidents that make a repeat are outside 2–100.
    public static let parametersRepeatCountOutOfBounds = DiagnosticCode(rawValue: "parameters.repeatCountOutOfBounds")
    /// The repeat window is outside 1–366 days.
    public static let parametersRepeatWindowOutOfBounds = DiagnosticCode(rawValue: "parameters.repeatWindowOutOfBounds")
    /// The follow-up deadline is outside 0–365 days.
    public static let parametersFollowUpDaysOutOfBounds = DiagnosticCode(rawValue: "parameters.followUpDaysOutOfBounds")
    /// An incident's affected level outside 1–10.
    public static let incidentAffectedLevelOutOfRange = DiagnosticCode(rawValue: "incident.affectedLevelOutOfRange")
    /// An incident after the analysis date.
    public static let incidentTimeInFuture = DiagnosticCode(rawValue: "incident.timeInFuture")
    /// A learning talk dated before its incident.
    public static let incidentFollowUpBeforeIncident = DiagnosticCode(rawValue: "incident.followUpBeforeIncident")
    /// A learning talk dated after the analysis date.
    public static let incidentFollowUpInFuture = DiagnosticCode(rawValue: "incident.followUpInFuture")
    /// An incident identifier used by an earlier incident.
    public static let incidentDuplicateID = DiagnosticCode(rawValue: "incident.duplicateID")
    /// An incident with an empty or blank identifier.
    public static let incidentEmptyID = DiagnosticCode(rawValue: "incident.emptyID")
    /// An incident whose affected employee has an empty pseudonym.
    public static let incidentEmptyStaff = DiagnosticCode(rawValue: "incident.emptyStaff")
    /// An incident whose citizen has an empty pseudonym.
    public static let incidentEmptyCitizen = DiagnosticCode(rawValue: "incident.emptyCitizen")
    /// An incident without a location.
    public static let incidentNoLocation = DiagnosticCode(rawValue: "incident.noLocation")
    /// An incident at a location the workplace does not list (a warning).
    public static let incidentUnknownLocation = DiagnosticCode(rawValue: "incident.unknownLocation")
    /// `otherForm` given while the forms do not include "other" (a warning).
    public static let incidentOtherFormWithoutOther = DiagnosticCode(rawValue: "incident.otherFormWithoutOther")
    /// A finding: an incident's learning talk came late or is overdue.
    public static let findingIncidentLateLearningTalk = DiagnosticCode(rawValue: "finding.incident.lateLearningTalk")

    /// Every code IncidentAnalysis reports.
    public static let allIncidentAnalysisCodes: [DiagnosticCode] = [
        .incidentLogNoWorkplace, .incidentLogPeriodReversed, .incidentLogPeriodOutOfBounds, .incidentLogEmptyLocation,
        .incidentLogInvalidShifts, .parametersNearMissShareOutOfRange, .parametersRepeatCountOutOfBounds,
        .parametersRepeatWindowOutOfBounds, .parametersFollowUpDaysOutOfBounds, .incidentAffectedLevelOutOfRange,
        .incidentTimeInFuture, .incidentFollowUpBeforeIncident, .incidentFollowUpInFuture, .incidentDuplicateID,
        .incidentEmptyID, .incidentEmptyStaff, .incidentEmptyCitizen, .incidentNoLocation, .incidentUnknownLocation,
        .incidentOtherFormWithoutOther, .findingIncidentLateLearningTalk,
    ]
}
