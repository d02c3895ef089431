import DocumentTree
import ForebygCore

/// What an incident report takes from its log besides the analysis: the header's workplace and
/// analysis date, and whether shift names are translated. Small, so that a report can be laid
/// out after the log's incidents are let go.
struct IncidentReportFrame: Sendable {
    /// The workplace's name.
    let workplace: String
    /// The day of the analysis.
    let analysisDate: CalendarDate
    /// Whether the log uses the standard shifts, whose names are translated.
    let translatesShiftNames: Bool

    /// The frame of a log's reports.
    init(_ log: IncidentLog) {
        workplace = log.workplace
        analysisDate = log.analysisDate
        translatesShiftNames = log.shifts == nil
    }

    /// The report of an analysis of the log, with the header first.
    func document(for analysis: IncidentAnalysisResult, in language: Language) -> Document {
        let format = ReportFormat(language: language, translatesShiftNames: translatesShiftNames)
        let report = IncidentReport(analysis: analysis, format: format)
        return Document(
            metadata: DocumentMetadata(
                title: format.strings.reportTitle,
                subject: "\(workplace), \(format.period(analysis.period))",
                date: format.date(analysisDate),
                language: language,
                slug: "incident-report"),
            blocks: [header(analysis, format)] + report.blocks)
    }

    private func header(_ analysis: IncidentAnalysisResult, _ format: ReportFormat) -> Block {
        let strings = format.strings
        return .descriptionList([
            (strings.workplace, workplace),
            (strings.period, format.period(analysis.period)),
            (strings.previousPeriod, format.period(analysis.previousPeriod)),
            (strings.analysisDate, format.date(analysisDate)),
        ])
    }
}
