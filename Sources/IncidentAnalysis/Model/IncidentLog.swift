public import ForebygCore

/// A workplace's registered incidents with what an analysis of them needs: the period to
/// analyse, the day of the analysis, and optionally the workplace's location labels, shifts
/// and thresholds. Its document is the analysis report.
///
/// One document type serves both registration and reporting: the log is the data, the report is
/// how it reads, so there is no second format to keep in step. Its JSON `type` is `incident-log`.
public struct IncidentLog: VersionedDocument, Hashable {
    /// `incident-log`.
    public static let documentType = "incident-log"
    /// 1.
    public static let formatVersion = 1

    /// The workplace's name (for example "Botilbuddet Engen").
    public var workplace: String
    /// The day the analysis is made: no incident may lie after it, and learning talks not yet
    /// due on it are pending rather than late.
    public var analysisDate: CalendarDate
    /// The period the report analyses; it is compared with the period of the same length before it.
    public var period: AnalysisPeriod
    /// The workplace's own location labels; when given, every incident's location should be one
    /// of them, and the report lists them even where nothing happened.
    public var locations: [String]?
    /// The workplace's shifts; ``ShiftSchedule/standard`` when absent.
    public var shifts: [Shift]?
    /// The analysis thresholds; ``AnalysisParameters/standard`` when absent.
    public var parameters: AnalysisParameters?
    /// The registered incidents, in any order.
    public var incidents: [Incident]

    /// Creates a log.
    public init(
        workplace: String,
        analysisDate: CalendarDate,
        period: AnalysisPeriod,
        locations: [String]? = nil,
        shifts: [Shift]? = nil,
        parameters: AnalysisParameters? = nil,
        incidents: [Incident]
    ) {
        self.workplace = workplace
        self.analysisDate = analysisDate
        self.period = period
        self.locations = locations
        self.shifts = shifts
        self.parameters = parameters
        self.incidents = incidents
    }

    /// The shift schedule the analysis uses: the log's own shifts, or the standard ones when
    /// there are none (or they are invalid, which ``validate()`` reports).
    public var shiftSchedule: ShiftSchedule {
        shifts.flatMap(ShiftSchedule.init) ?? .standard
    }

    /// The thresholds the analysis uses: the log's own, or the standard ones.
    public var effectiveParameters: AnalysisParameters {
        parameters ?? .standard
    }
}
