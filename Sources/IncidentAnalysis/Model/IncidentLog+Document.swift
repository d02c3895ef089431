public import DocumentTree
import ForebygCore

extension IncidentLog {
    /// The analysis report of the log's ``period``: key figures, points for attention as
    /// callouts, and every aggregate as a chart or a table with stable column keys. Free text
    /// (descriptions, consequences in words, names) never appears in the report.
    public func document(in language: Language) -> Document {
        document(of: period, in: language)
    }

    /// The analysis report of any period, for example one month of a year-long log, compared
    /// with the period of the same length before it.
    public func document(of period: AnalysisPeriod, in language: Language) -> Document {
        document(for: analysis(of: period), in: language)
    }

    /// The report of an analysis of this log (``analysis(of:)``), with the log's workplace,
    /// shifts and analysis date in its header.
    public func document(for analysis: IncidentAnalysisResult, in language: Language) -> Document {
        let format = ReportFormat(language: language, translatesShiftNames: shifts == nil)
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
