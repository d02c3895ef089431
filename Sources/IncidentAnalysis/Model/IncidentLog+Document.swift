public import DocumentTree
public import ForebygCore

extension IncidentLog {
    /// The analysis report of the log's period: key figures, points for attention as callouts,
    /// and every aggregate as a chart or a table with stable column keys. Free text (descriptions,
    /// consequences in words, names) never appears in the report.
    public func document(in language: Language) -> Document {
        let format = ReportFormat(language: language, translatesShiftNames: shifts == nil)
        let report = IncidentReport(analysis: analysis(), format: format)
        return Document(
            metadata: DocumentMetadata(
                title: format.strings.reportTitle,
                subject: "\(workplace), \(format.period(period))",
                date: format.date(analysisDate),
                languageTag: language.tag,
                slug: "incident-report"),
            blocks: [header(format)] + report.blocks)
    }

    private func header(_ format: ReportFormat) -> Block {
        let strings = format.strings
        return .descriptionList(DescriptionList(items: [
            .init(label: strings.workplace, value: InlineText(workplace)),
            .init(label: strings.period, value: InlineText(format.period(period))),
            .init(label: strings.previousPeriod, value: InlineText(format.period(period.previous))),
            .init(label: strings.analysisDate, value: InlineText(format.date(analysisDate))),
        ]))
    }
}
