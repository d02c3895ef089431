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
        IncidentReportFrame(self).document(for: analysis, in: language)
    }

    /// The analysis of the log's ``period`` and the function that lays it out as
    /// ``document(in:)``, holding the analysis and the header but none of the incidents.
    public func documentBuilder(in language: Language) -> @Sendable () -> Document {
        let analysis = analysis(of: period), frame = IncidentReportFrame(self)
        return { frame.document(for: analysis, in: language) }
    }
}
